package org.hearth.it;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.hearth.application.account.AccountService;
import org.hearth.application.catalog.CourseCatalog;
import org.hearth.application.catalog.CourseView;
import org.hearth.domain.account.Account;
import org.hearth.domain.account.Role;
import org.hearth.infrastructure.persistence.AccountRepository;

/**
 * Test-only help for {@link AuthorizationMatrixIT}, deployed in the shared test WAR and never in
 * Hearth: the two things the HTTP surface deliberately cannot do.
 *
 * <ul>
 *   <li>{@code POST /matrix-fixture/course-instructor?course=slug}: makes sure the first instructor
 *       a course names (by email, in course.yaml) has an account with the instructor role and the
 *       password {@link #INSTRUCTOR_PASSWORD}. Registering that email through the form is not
 *       enough: on the embedded database a demo account already holds it, and tests must not depend
 *       on demo accounts. Answers the email.
 *   <li>{@code GET /matrix-fixture/account-id?email=…}: an account's id, which Hearth never shows,
 *       so a test can "guess" another learner's id correctly.
 * </ul>
 */
@WebServlet("/matrix-fixture/*")
public class MatrixFixtureServlet extends HttpServlet {

  public static final String INSTRUCTOR_PASSWORD = "matrix course instructor password";

  @Inject AccountService accounts;
  @Inject AccountRepository accountRows;
  @Inject CourseCatalog catalog;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!"/course-instructor".equals(request.getPathInfo())) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Optional<String> instructor =
        catalog
            .course(request.getParameter("course"))
            .map(CourseView::instructors)
            .flatMap(emails -> emails.stream().findFirst());
    if (instructor.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Account account =
        accounts.ensureAccount(
            instructor.get(), "Course instructor", INSTRUCTOR_PASSWORD, Role.INSTRUCTOR, true);
    answer(response, account.getEmail());
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String email = request.getParameter("email");
    if (!"/account-id".equals(request.getPathInfo()) || email == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Optional<Account> account = accountRows.findByEmail(email);
    if (account.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    answer(response, String.valueOf(account.get().getId()));
  }

  private static void answer(HttpServletResponse response, String text) throws IOException {
    response.setContentType("text/plain;charset=UTF-8");
    response.getWriter().write(text);
  }
}
