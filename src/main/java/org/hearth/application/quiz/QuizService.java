package org.hearth.application.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.hearth.application.account.SignedInUser;
import org.hearth.application.catalog.CourseView;
import org.hearth.application.catalog.LessonView;
import org.hearth.application.progress.CourseProgress;
import org.hearth.application.progress.ProgressService;
import org.hearth.application.shared.Retry;
import org.hearth.domain.quiz.QuizAnswers;
import org.hearth.domain.quiz.QuizAttempt;
import org.hearth.domain.quiz.QuizDefinition;
import org.hearth.domain.quiz.QuizDraft;
import org.hearth.domain.quiz.QuizGrade;
import org.hearth.domain.quiz.QuizGrader;
import org.hearth.infrastructure.persistence.QuizRepository;

/**
 * Takes quizzes: saves answers in progress, grades submissions on the server, keeps the attempt
 * limit, and counts a pass (or a submitted self-check) as the item's completion.
 */
@ApplicationScoped
public class QuizService {

  private static final Logger LOG = Logger.getLogger(QuizService.class.getName());
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{16,64}");

  @Inject QuizRepository quizzes;
  @Inject QuizWrites writes;
  @Inject ProgressService progress;
  @Inject Clock clock;

  private final QuizGrader grader = new QuizGrader();

  /** A stored attempt, and whether this request repeated one already stored (a double submit). */
  public record Submission(QuizAttempt attempt, QuizGrade grade, boolean repeated) {}

  /** An attempt shown back to its learner: stored score, with today's feedback per question. */
  public record AttemptReview(
      AttemptSummary summary,
      QuizGrade feedback,
      Map<String, Double> credits,
      QuizAnswers answers) {}

  @Transactional(Transactional.TxType.SUPPORTS)
  public QuizState state(SignedInUser learner, CourseProgress courseProgress, LessonView item) {
    QuizDefinition quiz = quizOf(item);
    List<AttemptSummary> attempts =
        quizzes.attempts(learner.id(), item.id()).stream().map(QuizService::summary).toList();
    QuizAnswers draft =
        quizzes.draft(learner.id(), item.id()).map(QuizDraft::getAnswers).orElse(QuizAnswers.NONE);
    return new QuizState(quiz, attempts, draft, courseProgress.enrolled());
  }

  /** One of the learner's own attempts, by its number; empty for anyone else's. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<AttemptReview> review(SignedInUser learner, LessonView item, int number) {
    QuizDefinition quiz = quizOf(item);
    return quizzes.attempts(learner.id(), item.id()).stream()
        .filter(a -> a.getNumber() == number)
        .findFirst()
        .map(
            a ->
                new AttemptReview(
                    summary(a),
                    grader.grade(quiz, a.getAnswers()),
                    quizzes.credits(a.getId()),
                    a.getAnswers()));
  }

  /** Saves answers in progress for an enrolled learner; the last save wins. */
  public void saveDraft(
      SignedInUser learner, CourseView course, LessonView item, QuizAnswers answers) {
    CourseProgress current = progress.of(Optional.of(learner), course);
    checkMayAnswer(current, item);
    Retry.write(() -> writes.saveDraft(learner.id(), item.id(), answers, clock.instant()));
  }

  /**
   * Grades and stores a submission. The same token twice stores one attempt; the attempt limit
   * holds however many submissions race. A pass of a graded quiz, or any submitted self-check,
   * completes the item before this returns.
   */
  public Submission submit(
      SignedInUser learner, CourseView course, LessonView item, String token, QuizAnswers answers) {
    QuizDefinition quiz = quizOf(item);
    if (token == null || !TOKEN.matcher(token).matches()) {
      throw new QuizProblem(
          "This quiz page is out of date. Reload it, and your saved answers will still be there.");
    }
    CourseProgress current = progress.of(Optional.of(learner), course);
    checkMayAnswer(current, item);
    QuizGrade grade = grader.grade(quiz, answers);
    Submission submission = store(learner, course, item, quiz, token, grade, answers);
    if (submission.grade() == null) {
      submission = repeated(learner, submission.attempt(), quiz);
    }
    if (submission.attempt().getAccountId() != learner.id()) {
      throw new QuizProblem(
          "This quiz page is out of date. Reload it, and your saved answers will still be there.");
    }
    if (submission.attempt().isPassed() || !quiz.graded()) {
      progress.complete(learner, course, item);
    }
    if (!submission.repeated()) {
      LOG.fine(() -> "Account " + learner.id() + " submitted attempt on item " + item.id());
    }
    return submission;
  }

  /**
   * Records the attempt, trying again when a write fails; a failure that turns out to be the same
   * token stored by a racing request is that request's attempt, repeated.
   */
  private Submission store(
      SignedInUser learner,
      CourseView course,
      LessonView item,
      QuizDefinition quiz,
      String token,
      QuizGrade grade,
      QuizAnswers answers) {
    Submission submission = null;
    RuntimeException last = null;
    for (int tryNumber = 0; tryNumber < Retry.TRIES && submission == null; tryNumber++) {
      try {
        submission =
            writes.record(
                learner.id(),
                course.id(),
                item.id(),
                quiz.maxAttempts(),
                token,
                grade,
                answers,
                clock.instant());
      } catch (QuizProblem e) {
        throw e;
      } catch (RuntimeException e) {
        last = e; // most likely a racing insert on the unique constraints: look again
        Optional<QuizAttempt> same = writes.byToken(token);
        if (same.isPresent()) {
          submission = repeated(learner, same.get(), quiz);
        }
      }
    }
    if (submission == null) {
      throw last;
    }
    return submission;
  }

  /** Completes a quiz passed earlier whose completion did not get written (a crash in between). */
  public void reconcile(
      SignedInUser learner,
      CourseView course,
      CourseProgress current,
      LessonView item,
      QuizState state) {
    if (current.enrolled()
        && !current.isDone(item)
        && current.isUnlocked(item)
        && (state.passed() || (!state.quiz().graded() && !state.attempts().isEmpty()))) {
      progress.complete(learner, course, item);
    }
  }

  private Submission repeated(SignedInUser learner, QuizAttempt attempt, QuizDefinition quiz) {
    return new Submission(attempt, grader.grade(quiz, attempt.getAnswers()), true);
  }

  private static void checkMayAnswer(CourseProgress current, LessonView item) {
    if (!current.enrolled()) {
      throw new QuizProblem("Enrol in the course to take its quizzes.");
    }
    if (!current.isUnlocked(item)) {
      throw new QuizProblem("This quiz opens once the item before it is complete.");
    }
  }

  private static QuizDefinition quizOf(LessonView item) {
    if (!item.isQuiz()) {
      throw new IllegalArgumentException("item " + item.id() + " is not a quiz");
    }
    return item.quiz();
  }

  static AttemptSummary summary(QuizAttempt a) {
    return new AttemptSummary(
        a.getNumber(),
        a.getSubmittedAt(),
        a.getScore(),
        a.getMaxScore(),
        a.getPercent(),
        a.isPassed());
  }
}
