package org.hearth.application.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.hearth.application.quiz.QuizService.Submission;
import org.hearth.domain.quiz.QuizAnswers;
import org.hearth.domain.quiz.QuizAttempt;
import org.hearth.domain.quiz.QuizDraft;
import org.hearth.domain.quiz.QuizGrade;
import org.hearth.infrastructure.persistence.QuizRepository;

/** The transactional writes, in their own bean so each runs in a fresh transaction. */
@ApplicationScoped
public class QuizWrites {

  @Inject QuizRepository quizzes;

  /**
   * Under a lock on the learner's enrolment: returns the attempt already stored for this token, or
   * refuses when no attempts are left, or stores the next one and clears the draft.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Submission record(
      long accountId,
      long courseId,
      long lessonId,
      int maxAttempts,
      String token,
      QuizGrade grade,
      QuizAnswers answers,
      java.time.Instant now) {
    if (quizzes.lockEnrolment(accountId, courseId).filter(e -> e.isActive()).isEmpty()) {
      throw new QuizProblem("Enrol in the course to take its quizzes.");
    }
    Optional<QuizAttempt> same = quizzes.byToken(token);
    if (same.isPresent()) {
      return new Submission(same.get(), null, true);
    }
    List<QuizAttempt> prior = quizzes.attempts(accountId, lessonId);
    if (maxAttempts > 0 && prior.size() >= maxAttempts) {
      throw new QuizProblem(
          "You have used all "
              + maxAttempts
              + " attempts at this quiz. Your best score is the one that counts.");
    }
    QuizAttempt attempt =
        new QuizAttempt(
            accountId, courseId, lessonId, prior.size() + 1, token, now, grade, answers);
    quizzes.add(attempt, grade.results());
    quizzes.removeDraft(accountId, lessonId);
    return new Submission(attempt, grade, false);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<QuizAttempt> byToken(String token) {
    return quizzes.byToken(token);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void saveDraft(long accountId, long lessonId, QuizAnswers answers, java.time.Instant now) {
    Optional<QuizDraft> draft = quizzes.draft(accountId, lessonId);
    if (draft.isPresent()) {
      draft.get().save(answers, now);
    } else {
      quizzes.add(new QuizDraft(accountId, lessonId, answers, now));
    }
  }
}
