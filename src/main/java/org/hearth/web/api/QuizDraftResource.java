package org.hearth.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.Optional;
import org.hearth.application.account.SignedInUser;
import org.hearth.application.catalog.CourseCatalog;
import org.hearth.application.catalog.CourseView;
import org.hearth.application.catalog.LessonView;
import org.hearth.application.enrolment.EnrolmentService;
import org.hearth.application.enrolment.LessonAccess;
import org.hearth.application.progress.ProgressService;
import org.hearth.application.quiz.QuizProblem;
import org.hearth.application.quiz.QuizService;
import org.hearth.web.account.CurrentUser;
import org.hearth.web.learn.QuizForm;

/**
 * Saves a learner's quiz answers in progress, as the quiz page's script posts them. The answer says
 * when they were saved and nothing else. A quiz the learner may not open is a 404, like a missing
 * one.
 */
@Path("me/quizzes/{course}/{item}/draft")
@RequestScoped
@RolesAllowed("learner")
public class QuizDraftResource {

  @Inject CourseCatalog catalog;
  @Inject EnrolmentService enrolments;
  @Inject ProgressService progress;
  @Inject QuizService quizzes;
  @Inject CurrentUser viewer;
  @Inject Clock clock;
  @Context HttpServletRequest request;

  @POST
  @Produces(MediaType.APPLICATION_JSON)
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response save(@PathParam("course") String courseSlug, @PathParam("item") String itemSlug) {
    SignedInUser learner = viewer.require();
    Optional<CourseView> course = catalog.course(courseSlug);
    Optional<LessonView> item = course.flatMap(c -> c.lesson(itemSlug)).filter(LessonView::isQuiz);
    if (item.isEmpty()
        || enrolments.access(
                Optional.of(learner),
                course.get(),
                item.get(),
                progress.of(Optional.of(learner), course.get()))
            != LessonAccess.OPEN) {
      return JsonAnswers.problem(
          Response.Status.NOT_FOUND, "There is no quiz at this address that you can answer.");
    }
    try {
      // Form fields are read through the servlet request: the CSRF filter has already parsed them.
      quizzes.saveDraft(
          learner,
          course.get(),
          item.get(),
          QuizForm.read(item.get().quiz(), request.getParameterMap()));
    } catch (QuizProblem e) {
      return JsonAnswers.problem(Response.Status.CONFLICT, e.getMessage());
    }
    return JsonAnswers.saved(clock.instant());
  }
}
