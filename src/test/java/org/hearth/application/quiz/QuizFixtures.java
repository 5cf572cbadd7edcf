package org.hearth.application.quiz;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hearth.application.account.SignedInUser;
import org.hearth.application.catalog.CourseView;
import org.hearth.application.catalog.LessonView;
import org.hearth.application.catalog.ModuleView;
import org.hearth.domain.account.Role;
import org.hearth.domain.catalog.ItemKind;
import org.hearth.domain.enrolment.EnrolmentMode;
import org.hearth.domain.quiz.Choice;
import org.hearth.domain.quiz.Question;
import org.hearth.domain.quiz.QuestionType;
import org.hearth.domain.quiz.QuizAnswers;
import org.hearth.domain.quiz.QuizDefinition;
import org.hearth.domain.quiz.QuizKind;

/**
 * A sequential course of a lesson, a graded quiz of three questions (first, middle and last, a
 * point each, 70 % to pass, 3 attempts), a self-check and an optional quiz with no attempt limit;
 * and two learners.
 */
final class QuizFixtures {

  static final Instant NOW = Instant.parse("2026-12-04T09:30:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  /** The middle question's accepted answer: a name with a tilde, a hook and a curly apostrophe. */
  static final String NAME = "Ngũgĩ wa Thiong’o";

  static final SignedInUser AMARA =
      new SignedInUser(7, "amara@example.org", "Amara Okafor", Set.of(Role.LEARNER), 0);
  static final SignedInUser SERGEI =
      new SignedInUser(8, "sergei@example.org", "Сергей Петрович Иванов", Set.of(Role.LEARNER), 0);

  static final QuizDefinition GRADED =
      new QuizDefinition(
          QuizKind.GRADED,
          70,
          3,
          false,
          false,
          List.of(
              new Question(
                  "q1",
                  QuestionType.SINGLE_CHOICE,
                  "<p>Which is a feeling?</p>",
                  1,
                  List.of(
                      new Choice("o1", "A chair", "A chair", 0, "<p>a thing</p>"),
                      new Choice("o2", "Grief", "Grief", 1, "<p>yes, grief</p>")),
                  null,
                  false,
                  null,
                  "<p>why q1</p>",
                  ""),
              new Question(
                  "q2",
                  QuestionType.SHORT_ANSWER,
                  "<p>Who wrote <em>Decolonising the Mind</em>?</p>",
                  1,
                  List.of(new Choice("o1", NAME, NAME, 1, "<p>right</p>")),
                  null,
                  false,
                  null,
                  "",
                  "<p>look again</p>"),
              new Question(
                  "q3",
                  QuestionType.TRUE_FALSE,
                  "<p>Breathing slowly can calm the body.</p>",
                  1,
                  List.of(
                      new Choice("true", "true", "True", 1, "<p>it can</p>"),
                      new Choice("false", "false", "False", 0, "<p>it can, though</p>")),
                  null,
                  false,
                  null,
                  "",
                  "")));

  static final QuizDefinition SELF_CHECK =
      new QuizDefinition(QuizKind.SELF_CHECK, 0, 0, false, false, GRADED.questions());

  static final QuizDefinition UNLIMITED =
      new QuizDefinition(QuizKind.GRADED, 70, 0, false, false, GRADED.questions());

  static final LessonView LESSON = item(1, ItemKind.LESSON, null, true);
  static final LessonView QUIZ = item(2, ItemKind.QUIZ, GRADED, true);
  static final LessonView CHECK = item(3, ItemKind.QUIZ, SELF_CHECK, true);
  static final LessonView PRACTICE = item(4, ItemKind.QUIZ, UNLIMITED, false);

  static final CourseView COURSE =
      new CourseView(
          10,
          "feelings",
          1,
          "Naming feelings",
          "",
          List.of(),
          "en",
          List.of(),
          30,
          null,
          Optional.empty(),
          true,
          false,
          "https://example.org",
          EnrolmentMode.OPEN,
          List.of(),
          List.of(
              new ModuleView("one", "One", null, 1, List.of(LESSON, QUIZ)),
              new ModuleView("two", "Two", null, 2, List.of(CHECK, PRACTICE))));

  private QuizFixtures() {}

  private static LessonView item(long id, ItemKind kind, QuizDefinition quiz, boolean required) {
    return new LessonView(
        id,
        "item-" + id,
        "Item " + id,
        5,
        List.of(),
        false,
        required,
        "<p>intro</p>",
        "One",
        (int) id,
        kind,
        quiz,
        null);
  }

  /** Every answer right. */
  static QuizAnswers right() {
    return answers("o2", NAME, "true");
  }

  static QuizAnswers answers(String first, String middle, String last) {
    return new QuizAnswers(
        Map.of("q1", List.of(first), "q2", List.of(middle), "q3", List.of(last)));
  }

  /** A token as the quiz page makes one: 16–64 letters, digits, '-' and '_'. */
  static String token(int n) {
    return "attempt-token_" + String.format("%04d", n);
  }
}
