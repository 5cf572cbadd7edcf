package org.hearth.it;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.hearth.application.account.SignedInUser;
import org.hearth.application.catalog.CourseView;
import org.hearth.application.catalog.LessonView;
import org.hearth.application.quiz.QuizService;
import org.hearth.domain.quiz.QuizAnswers;

/**
 * Calls {@link QuizService#submit} for {@link QuizIT}'s concurrency tests, one container invocation
 * per worker thread, as separate HTTP requests would (see {@link TestProgressCalls}).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TestQuizCalls {

  @Inject QuizService quizzes;

  public QuizService.Submission submit(
      SignedInUser learner, CourseView course, LessonView quiz, String token, QuizAnswers answers) {
    return quizzes.submit(learner, course, quiz, token, answers);
  }
}
