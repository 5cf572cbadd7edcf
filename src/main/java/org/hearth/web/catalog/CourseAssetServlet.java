package org.hearth.web.catalog;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.hearth.application.authoring.PublishedAssets;
import org.hearth.application.catalog.CourseCatalog;
import org.hearth.application.catalog.CourseView;
import org.hearth.application.enrolment.AssetAccess;
import org.hearth.domain.asset.CourseFileAddress;
import org.hearth.web.account.CurrentUser;

/**
 * Serves the images and downloads of a course's published version at /assets/{course}/{path}: the
 * files of its assets/ folder by their name there, and those elsewhere in the course folder by
 * their path in it ({@link CourseFileAddress}, the rule the import checks links against). Only
 * known file types are served, each with its own content type and {@code nosniff}; names are
 * checked part by part. Draft assets are not served here until they are published. A file only
 * members-only lessons show goes only to members ({@link AssetAccess}).
 */
@WebServlet(urlPatterns = "/assets/*")
public class CourseAssetServlet extends HttpServlet {

  @Inject PublishedAssets assets;
  @Inject CourseCatalog catalog;
  @Inject AssetAccess access;
  @Inject CurrentUser viewer;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<Asset> asset = resolve(pathInfo(request));
    Optional<CourseView> course = asset.flatMap(found -> catalog.course(found.course()));
    AssetAccess.Answer answer =
        course.isEmpty()
            ? AssetAccess.Answer.REFUSED
            : access.answer(viewer.user(), course.get(), asset.get().path());
    if (answer == AssetAccess.Answer.REFUSED) {
      response.sendError(
          HttpServletResponse.SC_NOT_FOUND); // the same answer as for a file that does not exist
      return;
    }
    response.setContentType(asset.get().type());
    response.setContentLength(asset.get().bytes().length);
    response.setHeader("X-Content-Type-Options", "nosniff");
    // A members-only image stays out of every cache (SecurityHeaders already says no-store to the
    // signed-in).
    if (answer == AssetAccess.Answer.PUBLIC && response.getHeader("Cache-Control") == null) {
      response.setHeader("Cache-Control", "public, max-age=3600");
    } else {
      response.setHeader("Cache-Control", "no-store");
    }
    response.getOutputStream().write(asset.get().bytes());
  }

  private record Asset(String course, String path, String type, byte[] bytes) {}

  /**
   * The path after {@code /assets}, decoded as UTF-8 from the address as sent. Over cleartext
   * HTTP/2 (which Java's and curl's clients upgrade to) Grizzly decodes {@code getPathInfo()}'s
   * bytes as Latin-1, so {@code %C3%A9motions.png} became "Ã©motions.png" and was never found.
   */
  private static String pathInfo(HttpServletRequest request) {
    String raw =
        request
            .getRequestURI()
            .substring(request.getContextPath().length() + request.getServletPath().length());
    int parameters = raw.indexOf(';');
    try {
      return URLDecoder.decode(
          (parameters < 0 ? raw : raw.substring(0, parameters)).replace("+", "%2B"),
          StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return null;
    }
  }

  private Optional<Asset> resolve(String pathInfo) {
    if (pathInfo == null) {
      return Optional.empty();
    }
    String[] segments = pathInfo.substring(1).split("/", 2);
    if (segments.length < 2
        || !CourseFileAddress.isValid(segments[0])
        || !CourseFileAddress.isValid(segments[1])) {
      return Optional.empty();
    }
    String course = segments[0];
    String path = segments[1];
    Optional<String> type = CourseFileAddress.contentType(path);
    if (type.isEmpty()) {
      return Optional.empty();
    }
    return assets.asset(course, path).map(bytes -> new Asset(course, path, type.get(), bytes));
  }
}
