package org.hearth.web.learn;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.hearth.application.account.SignedInUser;
import org.hearth.application.catalog.CourseView;
import org.hearth.application.catalog.LessonView;
import org.hearth.application.catalog.ModuleView;
import org.hearth.application.quiz.AttemptSummary;
import org.hearth.application.quiz.QuizProblem;
import org.hearth.application.quiz.QuizService;
import org.hearth.application.quiz.QuizService.AttemptReview;
import org.hearth.application.quiz.QuizService.Submission;
import org.hearth.application.quiz.QuizState;
import org.hearth.domain.quiz.QuizAnswers;
import org.hearth.domain.quiz.QuizDefinition;
import org.hearth.domain.quiz.QuizPaper;
import org.hearth.domain.quiz.QuizPaper.PaperQuestion;
import org.hearth.web.account.CurrentUser;
import org.hearth.web.shared.NextPageNotice;
import org.hearth.web.shared.Pages;
import org.hearth.web.shared.UtcMinute;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The quiz part of an item page (/learn/{course}/{quiz}): the questions of the next attempt, with
 * saved answers filled in; a submitted attempt's results (?attempt=N); and the attempt history. The
 * page is built from a {@link QuizPaper}, which holds no answer key, so nothing sent before
 * submission tells which answer is right.
 */
@Named
@RequestScoped
public class QuizPage {

  @Inject LessonPage lessonPage;
  @Inject CurrentUser viewer;
  @Inject QuizService quizzes;

  private QuizState state;
  private QuizPaper paper;
  private AttemptReview review;
  private String token;
  private List<ReviewedQuestions.ReviewedQuestion> reviewedQuestions;
  private QuizAnswers posted;
  private List<PaperQuestion> unanswered = List.of();
  private final AnswerFields answerFields = new AnswerFields(this::saved);

  /**
   * Called by the lesson page once it has checked access: the learner's state, and the attempt
   * asked for.
   */
  public void load() {
    if (Faces.getContext().getResponseComplete() || !isQuiz() || viewer.user().isEmpty()) {
      return;
    }
    SignedInUser learner = viewer.require();
    quizzes.reconcile(learner, course(), lessonPage.getProgress(), item(), getState());
    String attempt = Faces.getRequestParameter("attempt");
    if (attempt != null) {
      review =
          attempt.matches("\\d{1,4}")
              ? quizzes.review(learner, item(), Integer.parseInt(attempt)).orElse(null)
              : null;
      if (review == null) {
        Pages.notFound();
      }
    }
  }

  /**
   * Grades the answers on the server and shows the result; a double click stores one attempt. If
   * some questions have no answer yet, nothing is graded: the answers are saved, the page lists
   * those questions, and asks whether to submit anyway.
   */
  public void submit() throws IOException {
    submit(false);
  }

  /** "Submit anyway", pressed after the page listed the questions without an answer. */
  public void submitAnyway() throws IOException {
    submit(true);
  }

  private void submit(boolean evenIfUnanswered) throws IOException {
    if (!lessonPage.checkAccess() || !isQuiz()) {
      return;
    }
    if (viewer.user().isEmpty()) {
      Messages.addGlobalError("Sign in and enrol to take this quiz.");
      return;
    }
    QuizAnswers answers = QuizForm.read(item().quiz(), Faces.getRequestParameterValuesMap());
    try {
      if (!evenIfUnanswered && !getPaper().unanswered(answers).isEmpty()) {
        quizzes.saveDraft(viewer.require(), course(), item(), answers);
        posted = answers;
        unanswered = getPaper().unanswered(answers);
        return;
      }
      Submission submission =
          quizzes.submit(
              viewer.require(),
              course(),
              item(),
              Faces.getRequestParameter(AttemptToken.PARAMETER),
              answers);
      Faces.redirect(itemAddress() + "?attempt=" + submission.attempt().getNumber() + "#result");
    } catch (QuizProblem e) {
      Messages.addGlobalError(e.getMessage());
    }
  }

  /**
   * "Save and finish later", for browsers without scripts; with scripts, answers save as they
   * change.
   */
  public void save() throws IOException {
    if (!lessonPage.checkAccess() || !isQuiz() || viewer.user().isEmpty()) {
      return;
    }
    try {
      quizzes.saveDraft(
          viewer.require(),
          course(),
          item(),
          QuizForm.read(item().quiz(), Faces.getRequestParameterValuesMap()));
      NextPageNotice.info("Your answers are saved. You can come back to them any time.");
      Faces.redirect(itemAddress());
    } catch (QuizProblem e) {
      Messages.addGlobalError(e.getMessage());
    }
  }

  private String itemAddress() {
    return Faces.getRequestContextPath() + "/learn/" + course().slug() + "/" + item().slug();
  }

  private CourseView course() {
    return lessonPage.getCourse();
  }

  private LessonView item() {
    return lessonPage.getLesson();
  }

  public boolean isQuiz() {
    return item() != null && item().isQuiz();
  }

  public QuizDefinition getDefinition() {
    return item().quiz();
  }

  /**
   * The learner's attempts and saved answers, read on first use: on a postback the form's
   * components ask for it before any page event has run.
   */
  public QuizState getState() {
    if (state == null && isQuiz() && viewer.user().isPresent()) {
      state = quizzes.state(viewer.require(), lessonPage.getProgress(), item());
    }
    return state;
  }

  public boolean isGraded() {
    return getDefinition().graded();
  }

  /** Enrolled and with attempts left: the form is there to answer. */
  public boolean isAnswering() {
    return getState() != null && getState().mayAttempt() && review == null;
  }

  /** Instructors and administrators read the questions without answering them. */
  public boolean isPreviewing() {
    return getState() == null || !getState().enrolled();
  }

  public boolean isUsedUp() {
    return getState() != null && getState().enrolled() && !getState().mayAttempt();
  }

  public AttemptReview getReview() {
    return review;
  }

  public List<AttemptSummary> getAttempts() {
    if (getState() == null) {
      return List.of();
    }
    List<AttemptSummary> newestFirst = new ArrayList<>(getState().attempts());
    newestFirst.sort(Comparator.comparingInt(AttemptSummary::number).reversed());
    return newestFirst;
  }

  public AttemptSummary getBest() {
    return getState() == null ? null : getState().best().orElse(null);
  }

  public QuizPaper getPaper() {
    if (paper == null) {
      long accountId = viewer.user().map(SignedInUser::id).orElse(0L);
      int number = getState() == null ? 1 : getState().nextNumber();
      paper = QuizPaper.of(getDefinition(), Objects.hash(accountId, item().id(), number));
    }
    return paper;
  }

  /** A fresh token per page: submitting the same page twice stores one attempt. */
  public String getToken() {
    if (token == null) {
      token = AttemptToken.fresh();
    }
    return token;
  }

  public String getTokenParameter() {
    return AttemptToken.PARAMETER;
  }

  private QuizAnswers saved() {
    if (posted != null) {
      return posted;
    }
    return getState() == null ? QuizAnswers.NONE : getState().draft();
  }

  /** The questions the learner is asked about before submitting, in paper order; usually none. */
  public List<PaperQuestion> getUnanswered() {
    return unanswered;
  }

  public String getUnansweredHeading() {
    return unanswered.size() == 1
        ? "One question has no answer yet"
        : unanswered.size() + " questions have no answer yet";
  }

  /** The form's fields, named as {@link QuizForm} reads them and filled with saved answers. */
  public AnswerFields getAnswerFields() {
    return answerFields;
  }

  public String points(double points) {
    return QuizNumbers.points(points);
  }

  public String when(Instant instant) {
    return UtcMinute.format(instant);
  }

  public String percent(double value) {
    return QuizNumbers.percent(value);
  }

  /** Lessons of the quiz's module before it: where to read again. */
  public List<LessonView> getLessonsBefore() {
    ModuleView module = lessonPage.getModule();
    List<LessonView> before = new ArrayList<>();
    for (LessonView other : module.lessons()) {
      if (other.equals(item())) {
        break;
      }
      if (!other.isQuiz()) {
        before.add(other);
      }
    }
    return before;
  }

  /** Built once per request: ui:repeat asks for its value more than once. */
  public List<ReviewedQuestions.ReviewedQuestion> getReviewedQuestions() {
    if (reviewedQuestions == null) {
      reviewedQuestions =
          review == null ? List.of() : ReviewedQuestions.of(getDefinition(), review);
    }
    return reviewedQuestions;
  }

  public String inline(String html) {
    return Inline.of(html);
  }

  public Integer getAttemptsLeft() {
    return getState() == null ? null : getState().attemptsLeft().orElse(null);
  }
}
