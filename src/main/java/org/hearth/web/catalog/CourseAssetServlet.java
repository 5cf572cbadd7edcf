package org.hearth.web.catalog;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hearth.application.authoring.PublishedAssets;
import org.hearth.application.catalog.CourseCatalog;
import org.hearth.application.catalog.CourseView;
import org.hearth.application.enrolment.AssetAccess;
import org.hearth.web.account.CurrentUser;

/**
 * Serves files from the assets/ folder of a course's published version at /assets/{course}/{path},
 * for images lessons link to. Only known file types are served, each with its own content type and
 * {@code nosniff}; names are checked segment by segment. Draft assets are not served here until
 * they are published. A file only members-only lessons show goes only to members ({@link
 * AssetAccess}).
 */
@WebServlet(urlPatterns = "/assets/*")
public class CourseAssetServlet extends HttpServlet {

  private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,120}");
  private static final Map<String, String> TYPES =
      Map.of(
          "png", "image/png",
          "jpg", "image/jpeg",
          "jpeg", "image/jpeg",
          "gif", "image/gif",
          "webp", "image/webp",
          "pdf", "application/pdf",
          "mp3", "audio/mpeg",
          "txt", "text/plain; charset=UTF-8");

  @Inject PublishedAssets assets;
  @Inject CourseCatalog catalog;
  @Inject AssetAccess access;
  @Inject CurrentUser viewer;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<Asset> asset = resolve(request.getPathInfo());
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

  private Optional<Asset> resolve(String pathInfo) {
    if (pathInfo == null) {
      return Optional.empty();
    }
    String[] segments = pathInfo.substring(1).split("/", -1);
    if (segments.length < 2 || segments.length > 4) {
      return Optional.empty();
    }
    for (String segment : segments) {
      if (!SEGMENT.matcher(segment).matches() || segment.contains("..")) {
        return Optional.empty();
      }
    }
    String name = segments[segments.length - 1];
    int dot = name.lastIndexOf('.');
    String type = dot < 0 ? null : TYPES.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    if (type == null) {
      return Optional.empty();
    }
    String path = String.join("/", java.util.Arrays.copyOfRange(segments, 1, segments.length));
    return assets.asset(segments[0], path).map(bytes -> new Asset(segments[0], path, type, bytes));
  }
}
