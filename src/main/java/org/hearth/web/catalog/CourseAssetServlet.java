package org.hearth.web.catalog;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hearth.application.catalog.CourseCatalog;
import org.hearth.application.content.ContentSource;
import org.hearth.infrastructure.content.FileSystemContentSource;

/**
 * Serves files from a course's assets/ folder at /assets/{course}/{path}, for images lessons link
 * to. Only known file types are served, each with its own content type; names are checked segment
 * by segment, so no request can reach outside the folder.
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

  @Inject ContentSource contentSource;
  @Inject CourseCatalog catalog;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Optional<Path> file = resolve(request.getPathInfo());
    if (file.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String name = file.get().getFileName().toString();
    String type = TYPES.get(name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT));
    response.setContentType(type);
    response.setContentLengthLong(Files.size(file.get()));
    response.setHeader("Cache-Control", "public, max-age=3600");
    Files.copy(file.get(), response.getOutputStream());
  }

  private Optional<Path> resolve(String pathInfo) {
    if (pathInfo == null || !(contentSource instanceof FileSystemContentSource folder)) {
      return Optional.empty();
    }
    String[] segments = pathInfo.substring(1).split("/", -1);
    if (segments.length < 2) {
      return Optional.empty();
    }
    for (String segment : segments) {
      if (!SEGMENT.matcher(segment).matches() || segment.contains("..")) {
        return Optional.empty();
      }
    }
    String name = segments[segments.length - 1];
    int dot = name.lastIndexOf('.');
    if (dot < 0 || !TYPES.containsKey(name.substring(dot + 1).toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    if (catalog.course(segments[0]).isEmpty()) {
      return Optional.empty();
    }
    Path assets = folder.root().resolve("courses").resolve(segments[0]).resolve("assets").normalize();
    Path file = assets;
    for (int i = 1; i < segments.length; i++) {
      file = file.resolve(segments[i]);
      if (Files.isSymbolicLink(file)) {
        return Optional.empty();
      }
    }
    file = file.normalize();
    if (!file.startsWith(assets) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    return Optional.of(file);
  }
}
