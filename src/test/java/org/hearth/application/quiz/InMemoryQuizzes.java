package org.hearth.application.quiz;

import jakarta.persistence.PersistenceException;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hearth.domain.enrolment.Enrolment;
import org.hearth.domain.quiz.QuestionResult;
import org.hearth.domain.quiz.QuizAttempt;
import org.hearth.domain.quiz.QuizDraft;
import org.hearth.infrastructure.persistence.QuizRepository;

/**
 * Attempts, their per-question credits, drafts and enrolments in memory, with the database's two
 * unique constraints on attempts (the token; learner, quiz and number) and its assigned ids.
 */
final class InMemoryQuizzes extends QuizRepository {

  final List<QuizAttempt> stored = new ArrayList<>();
  final Map<Long, Map<String, Double>> credits = new HashMap<>();
  final Map<QuizDraft.Key, QuizDraft> drafts = new LinkedHashMap<>();
  final Map<List<Long>, Enrolment> enrolments = new HashMap<>();
  final List<List<Long>> locks = new ArrayList<>();

  Enrolment enrol(long accountId, long courseId) {
    Enrolment enrolment = new Enrolment(accountId, courseId, QuizFixtures.NOW);
    enrolments.put(List.of(accountId, courseId), enrolment);
    return enrolment;
  }

  @Override
  public List<QuizAttempt> attempts(long accountId, long lessonId) {
    return stored.stream()
        .filter(a -> a.getAccountId() == accountId && a.getLessonId() == lessonId)
        .sorted(Comparator.comparingInt(QuizAttempt::getNumber))
        .toList();
  }

  @Override
  public Optional<QuizAttempt> byToken(String token) {
    return stored.stream().filter(a -> a.getToken().equals(token)).findFirst();
  }

  @Override
  public Optional<Enrolment> lockEnrolment(long accountId, long courseId) {
    locks.add(List.of(accountId, courseId));
    return Optional.ofNullable(enrolments.get(List.of(accountId, courseId)));
  }

  @Override
  public void add(QuizAttempt attempt, List<QuestionResult> results) {
    if (byToken(attempt.getToken()).isPresent()) {
      throw new PersistenceException("duplicate key uk_quiz_attempt_token");
    }
    if (attempts(attempt.getAccountId(), attempt.getLessonId()).stream()
        .anyMatch(a -> a.getNumber() == attempt.getNumber())) {
      throw new PersistenceException("duplicate key uk_quiz_attempt_number");
    }
    long id = stored.size() + 100L;
    set(attempt, "id", id);
    stored.add(attempt);
    Map<String, Double> byKey = new LinkedHashMap<>();
    results.forEach(r -> byKey.put(r.key(), r.credit()));
    credits.put(id, byKey);
  }

  @Override
  public Map<String, Double> credits(long attemptId) {
    return new HashMap<>(credits.getOrDefault(attemptId, Map.of()));
  }

  @Override
  public Optional<QuizDraft> draft(long accountId, long lessonId) {
    return Optional.ofNullable(drafts.get(new QuizDraft.Key(accountId, lessonId)));
  }

  @Override
  public void add(QuizDraft draft) {
    drafts.put(new QuizDraft.Key((Long) get(draft, "accountId"), draft.getLessonId()), draft);
  }

  @Override
  public void removeDraft(long accountId, long lessonId) {
    drafts.remove(new QuizDraft.Key(accountId, lessonId));
  }

  private static void set(Object entity, String name, Object value) {
    try {
      Field field = entity.getClass().getDeclaredField(name);
      field.setAccessible(true);
      field.set(entity, value);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static Object get(Object entity, String name) {
    try {
      Field field = entity.getClass().getDeclaredField(name);
      field.setAccessible(true);
      return field.get(entity);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
