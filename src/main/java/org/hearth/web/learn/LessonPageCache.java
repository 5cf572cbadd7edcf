package org.hearth.web.learn;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hearth.application.account.SignedInUser;
import org.hearth.application.catalog.CourseCatalog;
import org.hearth.application.catalog.CourseView;
import org.hearth.application.catalog.LessonView;
import org.hearth.application.enrolment.EnrolmentService;
import org.hearth.application.enrolment.LessonAccess;
import org.hearth.application.notes.NoteService;
import org.hearth.application.progress.CourseProgress;
import org.hearth.application.progress.ProgressService;
import org.hearth.domain.notes.PrivateNote;
import org.hearth.infrastructure.security.ContentSecurityPolicy;
import org.hearth.web.account.CurrentUser;
import org.hearth.web.catalog.CourseRoute;
import org.hearth.web.shared.CapturedResponse;
import org.hearth.web.shared.CsrfToken;
import org.hearth.web.shared.DisplayCookie;
import org.hearth.web.shared.KeptPage;
import org.hearth.web.shared.NextPageNotice;

/**
 * Renders a signed-in reader's lesson page once per {@link LessonPageKey} instead of once per
 * request. The page differs between readers only by what the key holds and by their anti-forgery
 * token, so a page rendered by Faces for one reader is kept with the token and the response's
 * script nonce cut out ({@link KeptPage}) and served to every reader with the same key, their own
 * token put back.
 *
 * <p>Nothing is skipped that matters: every request still looks the course and the reader's
 * progress up, is refused or let through by {@link EnrolmentService#access} exactly as the page
 * would, and records the lesson as the last one viewed. The course and progress it looked up are
 * handed to the page ({@link CourseRoute#COURSE}, {@link LessonPage#PROGRESS}), so a page rendered
 * here always matches its key. Anything unusual is rendered by Faces every time (reusing what was
 * already looked up): anonymous readers (see AnonymousPageCacheFilter), refusals, quizzes and
 * worksheets (they show the reader's own answers), lessons the reader keeps a private note on,
 * lessons with a content note (shown until the reader passes it), query strings, requests carrying
 * a cookie besides the session's, and pages with a {@link NextPageNotice} to show ("Marked as
 * complete"). Publishing gives a course a new revision, so its pages are rendered afresh; at most
 * HEARTH_LESSON_PAGE_CACHE_ENTRIES pages are kept (0 turns this off), and all are dropped when
 * full.
 */
@WebFilter(urlPatterns = "/learn/*", asyncSupported = true)
public class LessonPageCache extends HttpFilter {

  @Inject
  @ConfigProperty(name = "hearth.lesson-page-cache.entries", defaultValue = "5000")
  int maxEntries;

  @Inject CurrentUser viewer;
  @Inject CourseCatalog catalog;
  @Inject EnrolmentService enrolments;
  @Inject ProgressService progressService;
  @Inject CsrfToken csrf;
  @Inject NoteService notes;

  private final Map<LessonPageKey, KeptPage> pages = new ConcurrentHashMap<>();

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Optional<Reading> reading =
        maxEntries > 0 && plainGet(request) ? reading(request) : Optional.empty();
    if (reading.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    Reading r = reading.get();
    LessonPageKey key =
        LessonPageKey.of(
            r.reader(), r.course(), r.lesson(), r.progress(), DisplayCookie.read(request));
    KeptPage page = pages.get(key);
    if (page != null) {
      progressService.viewed(r.reader(), r.progress(), r.lesson());
      List<String> values = List.of(csrf.getToken(), ContentSecurityPolicy.nonceOf(request));
      response.setContentType(page.contentType());
      response.setContentLength(page.length(values));
      page.writeTo(response.getOutputStream(), values);
      return;
    }
    CapturedResponse capture = new CapturedResponse(response);
    chain.doFilter(request, capture);
    byte[] body = capture.body();
    if (capture.getStatus() == HttpServletResponse.SC_OK
        && !capture.setsCookie()
        && body.length > 0
        && capture.getContentType() != null
        && capture.getContentType().startsWith("text/html")) {
      if (pages.size() >= maxEntries) {
        pages.clear();
      }
      List<String> values = List.of(csrf.getToken(), ContentSecurityPolicy.nonceOf(request));
      pages.put(key, KeptPage.of(capture.getContentType(), capture.charset(), body, values));
    }
    if (body.length > 0) {
      capture.sendBody(response, body);
    }
  }

  /** A signed-in reader's plain lesson, which they may read: what a kept page can answer. */
  private record Reading(
      SignedInUser reader, CourseView course, LessonView lesson, CourseProgress progress) {}

  /**
   * Looks the reader's lesson up. Whatever it reads is handed to the page too, also when the page
   * is then rendered by Faces (a quiz, a refusal), so no request reads the course or progress
   * twice.
   */
  private Optional<Reading> reading(HttpServletRequest request) {
    Optional<SignedInUser> reader = viewer.user();
    List<String> segments = segments(request);
    if (reader.isEmpty() || segments.size() != 2) {
      return Optional.empty();
    }
    Optional<CourseView> course = catalog.course(segments.get(0));
    course.ifPresent(found -> request.setAttribute(CourseRoute.COURSE, found));
    Optional<LessonView> lesson = course.flatMap(c -> c.lesson(segments.get(1)));
    if (lesson.isEmpty() || lesson.get().isQuiz() || lesson.get().isWorksheet()) {
      return Optional.empty();
    }
    CourseProgress progress = progressService.of(reader, course.get());
    request.setAttribute(LessonPage.PROGRESS, progress);
    if (enrolments.access(reader, course.get(), lesson.get(), progress) != LessonAccess.OPEN
        || lesson.get().hasContentNote()) {
      return Optional.empty();
    }
    String note =
        notes.of(reader.get(), course.get(), lesson.get()).map(PrivateNote::getBody).orElse("");
    request.setAttribute(LessonPage.NOTE, note);
    if (!note.isEmpty()) {
      // A reader's own note is on their page alone: such a page is never kept or shared.
      return Optional.empty();
    }
    return Optional.of(new Reading(reader.get(), course.get(), lesson.get(), progress));
  }

  /**
   * A GET with no query string, no cookie but the session's and no notice waiting: nothing one-off
   * to show. In a cluster the session is two cookies: the id, and Payara's JSESSIONIDVERSION, which
   * tells a member whether its copy of the session is current.
   */
  private static boolean plainGet(HttpServletRequest request) {
    if (!"GET".equals(request.getMethod())
        || request.getQueryString() != null
        || request.getHeader("Authorization") != null
        || NextPageNotice.isWaiting(request)) {
      return false;
    }
    String sessionCookie =
        Optional.ofNullable(request.getServletContext().getSessionCookieConfig().getName())
            .orElse("JSESSIONID");
    Cookie[] cookies = request.getCookies();
    return cookies != null
        && Arrays.stream(cookies)
            .allMatch(
                cookie ->
                    cookie.getName().equals(sessionCookie)
                        || cookie.getName().equals(sessionCookie + "VERSION"));
  }

  /**
   * The segments after /learn, from the address as sent (Faces views have rewritten the servlet
   * path by now). They are not decoded: an encoded slug finds no lesson here and goes to Faces.
   */
  private static List<String> segments(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!path.startsWith("/learn/")) {
      return List.of();
    }
    return Arrays.stream(path.substring("/learn/".length()).split("/"))
        .filter(segment -> !segment.isEmpty())
        .toList();
  }
}
