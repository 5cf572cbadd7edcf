package org.hearth.infrastructure.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hearth.application.content.ContentProblem;
import org.hearth.domain.catalog.ItemKind;
import org.hearth.domain.catalog.LessonOutline;
import org.hearth.domain.quiz.Choice;
import org.hearth.domain.quiz.MatchPair;
import org.hearth.domain.quiz.Question;
import org.hearth.domain.quiz.QuestionType;
import org.hearth.domain.quiz.QuizAnswers;
import org.hearth.domain.quiz.QuizDefinition;
import org.hearth.domain.quiz.QuizGrader;
import org.hearth.domain.quiz.QuizKind;
import org.hearth.domain.quiz.Scoring;
import org.hearth.infrastructure.markdown.MarkdownRenderer;
import org.junit.jupiter.api.Test;

class QuizYamlReaderTest {

  private static final String PATH = "courses/demo/01-intro/02-check.quiz.yaml";
  private static final String ONE_QUESTION =
      """
      questions:
        - type: single
          prompt: Pick one
          options:
            - text: Right
              correct: true
            - text: Wrong
      """;

  private final ProblemList problems = new ProblemList();

  /** Each link as "destination@file line", in the order the renderer met them. */
  private final List<String> links = new ArrayList<>();

  private final MarkdownRenderer renderer = new MarkdownRenderer();
  private final QuizMarkdown markdown =
      (text, firstLine) ->
          renderer.render(
              text,
              (destination, image, line) -> {
                links.add(destination + "@" + (line + firstLine - 1));
                return destination.endsWith(".md")
                    ? "lesson-" + destination.replace(".md", "")
                    : destination;
              });

  // ---------------------------------------------------------------------------------------------
  // Settings
  // ---------------------------------------------------------------------------------------------

  @Test
  void aMinimalQuizTakesEveryDefault() {
    LessonOutline item = readValid("title: Check\n" + ONE_QUESTION);

    assertEquals("check", item.slug());
    assertEquals("Check", item.title());
    assertEquals(ItemKind.QUIZ, item.kind());
    assertTrue(item.required(), "a quiz is required unless it says otherwise");
    assertEquals(1, item.minutes(), "one question still takes a minute");
    assertEquals("", item.html(), "no intro");
    assertEquals(List.of(), item.objectives());
    assertFalse(item.preview());
    QuizDefinition quiz = item.quiz();
    assertEquals(QuizKind.GRADED, quiz.kind());
    assertEquals(70, quiz.passMark());
    assertEquals(0, quiz.maxAttempts(), "unlimited attempts");
    assertTrue(quiz.unlimitedAttempts());
    assertFalse(quiz.shuffleQuestions());
    assertFalse(quiz.shuffleOptions());
    assertEquals(1, quiz.questions().size());
    assertEquals(1.0, quiz.questions().get(0).points(), "a question is worth one point by default");
  }

  @Test
  void readsEverySetting() {
    LessonOutline item =
        readValid(
            """
            title: "Check: part one"
            kind: self-check
            pass_mark: 80
            max_attempts: 3
            shuffle_questions: true
            shuffle_options: yes
            required: false
            minutes: 12
            intro: |
              A few questions about **safety**.
            """
                + ONE_QUESTION);

    assertEquals("Check: part one", item.title());
    assertEquals(12, item.minutes());
    assertFalse(item.required());
    assertEquals("<p>A few questions about <strong>safety</strong>.</p>\n", item.html());
    QuizDefinition quiz = item.quiz();
    assertEquals(QuizKind.SELF_CHECK, quiz.kind());
    assertEquals(80, quiz.passMark());
    assertEquals(3, quiz.maxAttempts());
    assertTrue(quiz.shuffleQuestions());
    assertTrue(quiz.shuffleOptions());
  }

  @Test
  void minutesDefaultToOneForEveryTwoQuestionsRoundedUp() {
    String three =
        "title: Check\nquestions:\n" + shortQuestion("a") + shortQuestion("b") + shortQuestion("c");

    assertEquals(2, readValid(three).minutes());
    assertEquals(2, readValid(three + shortQuestion("d")).minutes());
    assertEquals(3, readValid(three + shortQuestion("d") + shortQuestion("e")).minutes());
  }

  @Test
  void passMarkMayBeZeroOrAHundred() {
    assertEquals(0, readValid("title: Check\npass_mark: 0\n" + ONE_QUESTION).quiz().passMark());
    assertEquals(100, readValid("title: Check\npass_mark: 100\n" + ONE_QUESTION).quiz().passMark());
  }

  // ---------------------------------------------------------------------------------------------
  // Question types
  // ---------------------------------------------------------------------------------------------

  @Test
  void singleChoiceGivesTheCorrectOptionFullCredit() {
    Question question =
        readQuestion(
            """
            - type: single
              prompt: |
                Which of these is a **feeling**?
              points: 2.5
              explanation: Feelings are *felt*.
              options:
                - text: Anger
                  correct: true
                  feedback: Yes, anger is a feeling.
                - text: A chair
                  feedback: Not quite.
                - text: "`code`"
            """);

    assertEquals("q1", question.key());
    assertEquals(QuestionType.SINGLE_CHOICE, question.type());
    assertEquals("<p>Which of these is a <strong>feeling</strong>?</p>\n", question.promptHtml());
    assertEquals(2.5, question.points());
    assertEquals("<p>Feelings are <em>felt</em>.</p>\n", question.explanationHtml());
    assertEquals(List.of("o1", "o2", "o3"), keys(question));
    assertEquals(
        List.of("Anger", "A chair", "`code`"),
        question.choices().stream().map(Choice::text).toList());
    assertEquals(
        List.of("<p>Anger</p>\n", "<p>A chair</p>\n", "<p><code>code</code></p>\n"),
        htmls(question));
    assertEquals(List.of(1.0, 0.0, 0.0), credits(question));
    assertEquals("<p>Yes, anger is a feeling.</p>\n", question.choices().get(0).feedbackHtml());
    assertEquals("<p>Not quite.</p>\n", question.choices().get(1).feedbackHtml());
    assertEquals("", question.choices().get(2).feedbackHtml());
    assertTrue(question.hasCorrectAnswer());
  }

  @Test
  void multipleChoiceIsAllOrNothingByDefaultWithCreditSharedByTheCorrectOptions() {
    Question question =
        readQuestion(
            """
            - type: multiple
              prompt: Which are feelings?
              options:
                - text: Anger
                  correct: true
                - text: Grief
                  correct: true
                - text: A chair
            """);

    assertEquals(QuestionType.MULTIPLE_CHOICE, question.type());
    assertEquals(Scoring.ALL_OR_NOTHING, question.scoring());
    assertEquals(List.of(0.5, 0.5, 0.0), credits(question));
    assertEquals(1.0, grade(question, "o1", "o2"));
    assertEquals(0.0, grade(question, "o1"), "all or nothing: one of two right earns nothing");
    assertEquals(0.0, grade(question, "o1", "o2", "o3"));
  }

  @Test
  void multipleChoiceWithPartialScoringTakesOffForEachWrongOption() {
    Question question =
        readQuestion(
            """
            - type: multiple
              scoring: partial
              prompt: Which are feelings?
              options:
                - text: Anger
                  correct: true
                - text: Grief
                  correct: true
                - text: Joy
                  correct: true
                - text: A chair
            """);

    assertEquals(Scoring.PARTIAL, question.scoring());
    double third = 1.0 / 3;
    assertEquals(List.of(third, third, third, -third), credits(question));
    assertEquals(1.0, grade(question, "o1", "o2", "o3"));
    assertEquals(0.67, grade(question, "o1", "o2"), 0.01, "two of three right");
    assertEquals(
        0.67,
        grade(question, "o1", "o2", "o3", "o4"),
        0.01,
        "ticking everything does not earn full credit");
    assertEquals(0.0, grade(question, "o1", "o4"), "one right, one wrong");
    assertEquals(0.0, grade(question, "o4"), "never below zero");
  }

  @Test
  void trueFalseHasTwoFixedChoicesWithFeedbackForEachOutcome() {
    Question question =
        readQuestion(
            """
            - type: true-false
              prompt: Anger is always wrong.
              answer: false
              feedback_correct: Right, anger can be **useful**.
              feedback_incorrect: Anger is a signal, not a fault.
            """);

    assertEquals(QuestionType.TRUE_FALSE, question.type());
    assertEquals(List.of("true", "false"), keys(question));
    assertEquals(List.of("True", "False"), htmls(question));
    assertEquals(List.of(0.0, 1.0), credits(question));
    assertEquals(
        "<p>Anger is a signal, not a fault.</p>\n", question.choices().get(0).feedbackHtml());
    assertEquals(
        "<p>Right, anger can be <strong>useful</strong>.</p>\n",
        question.choices().get(1).feedbackHtml());
  }

  @Test
  void trueFalseWithAnswerTrueGivesTrueTheCredit() {
    Question question =
        readQuestion(
            """
            - type: true-false
              prompt: Breathing slowly can calm you.
              answer: yes
            """);

    assertEquals(List.of(1.0, 0.0), credits(question));
    assertEquals(List.of("", ""), question.choices().stream().map(Choice::feedbackHtml).toList());
  }

  @Test
  void shortAnswerAcceptsEveryListedAnswerAsPlainText() {
    Question question =
        readQuestion(
            """
            - type: short
              prompt: What does the vagus nerve help you do?
              answers: [regulate, regulation, "a<b & c"]
              feedback_correct: Yes!
              feedback_incorrect: Think of *calm*.
            """);

    assertEquals(QuestionType.SHORT_ANSWER, question.type());
    assertEquals(List.of("o1", "o2", "o3"), keys(question));
    assertEquals(
        List.of("regulate", "regulation", "a<b & c"),
        question.choices().stream().map(Choice::text).toList());
    assertEquals(
        List.of("regulate", "regulation", "a&lt;b &amp; c"),
        htmls(question),
        "answers are plain text, escaped");
    assertEquals(List.of(1.0, 1.0, 1.0), credits(question));
    assertEquals("<p>Yes!</p>\n", question.choices().get(0).feedbackHtml());
    assertEquals("<p>Think of <em>calm</em>.</p>\n", question.incorrectFeedbackHtml());
    assertFalse(question.caseSensitive());
    assertEquals(
        1.0, grade(question, "  REGULATE "), "case and surrounding space do not matter by default");
  }

  @Test
  void shortAnswerCanBeCaseSensitiveAndTakeOneAnswer() {
    Question question =
        readQuestion(
            """
            - type: short
              prompt: Which nerve?
              answers: Vagus
              case_sensitive: true
            """);

    assertTrue(question.caseSensitive());
    assertEquals(List.of("Vagus"), question.choices().stream().map(Choice::text).toList());
    assertEquals(0.0, grade(question, "vagus"));
    assertEquals(1.0, grade(question, "Vagus"));
  }

  @Test
  void matchingPairsAreScoredByShareOfRowsByDefault() {
    Question question =
        readQuestion(
            """
            - type: matching
              prompt: Match each feeling with its message.
              pairs:
                - prompt: "**Anger**"
                  match: Something is unfair
                - prompt: Fear
                  match: Something is unsafe
                - prompt: Grief
                  match: Something is lost
                - prompt: Sorrow
                  match: Something is lost
            """);

    assertEquals(QuestionType.MATCHING, question.type());
    assertEquals(Scoring.PARTIAL, question.scoring());
    assertEquals(
        List.of("p1", "p2", "p3", "p4"), question.pairs().stream().map(MatchPair::key).toList());
    assertEquals("<p><strong>Anger</strong></p>\n", question.pairs().get(0).promptHtml());
    assertEquals(
        List.of(
            "Something is unfair", "Something is unsafe", "Something is lost", "Something is lost"),
        question.pairs().stream().map(MatchPair::answer).toList());
    assertEquals(
        List.of("Something is unfair", "Something is unsafe", "Something is lost"),
        question.matchAnswers(),
        "two prompts may share a match");
    assertEquals(
        0.5,
        grade(
            question,
            "p1=Something is unfair",
            "p2=Something is unsafe",
            "p3=Something is unfair"));
  }

  @Test
  void matchingCanBeAllOrNothing() {
    Question question =
        readQuestion(
            """
            - type: matching
              prompt: Match.
              scoring: all-or-nothing
              pairs:
                - {prompt: A, match: a}
                - {prompt: B, match: b}
            """);

    assertEquals(Scoring.ALL_OR_NOTHING, question.scoring());
    assertEquals(0.0, grade(question, "p1=a", "p2=a"));
    assertEquals(1.0, grade(question, "p1=a", "p2=b"));
  }

  @Test
  void orderingKeepsItemsInTheirCorrectOrderAndIsAllOrNothingByDefault() {
    Question question =
        readQuestion(
            """
            - type: ordering
              prompt: Put the steps in order.
              items: [Notice, "*Name* it", Breathe]
            """);

    assertEquals(QuestionType.ORDERING, question.type());
    assertEquals(Scoring.ALL_OR_NOTHING, question.scoring());
    assertEquals(List.of("o1", "o2", "o3"), keys(question));
    assertEquals(
        List.of("Notice", "*Name* it", "Breathe"),
        question.choices().stream().map(Choice::text).toList());
    assertEquals(
        List.of("<p>Notice</p>\n", "<p><em>Name</em> it</p>\n", "<p>Breathe</p>\n"),
        htmls(question));
    assertEquals(List.of(0.0, 0.0, 0.0), credits(question));
    assertTrue(question.hasCorrectAnswer());
    assertEquals(1.0, grade(question, "o1=1", "o2=2", "o3=3"));
    assertEquals(0.0, grade(question, "o1=1", "o2=3", "o3=2"));
  }

  @Test
  void orderingWithPartialScoringCreditsEachItemInItsPlace() {
    Question question =
        readQuestion(
            """
            - type: ordering
              prompt: Put the steps in order.
              scoring: partial
              items:
                - Notice
                - Name
                - Breathe
                - Rest
            """);

    assertEquals(Scoring.PARTIAL, question.scoring());
    assertEquals(0.5, grade(question, "o1=1", "o2=2", "o3=4", "o4=3"));
  }

  @Test
  void questionsAreKeyedInSourceOrder() {
    QuizDefinition quiz =
        readValid(
                "title: Check\nquestions:\n"
                    + shortQuestion("a")
                    + """
                      - type: true-false
                        prompt: Yes?
                        answer: true
                    """
                    + shortQuestion("c"))
            .quiz();

    assertEquals(List.of("q1", "q2", "q3"), quiz.questions().stream().map(Question::key).toList());
    assertEquals(
        List.of(QuestionType.SHORT_ANSWER, QuestionType.TRUE_FALSE, QuestionType.SHORT_ANSWER),
        quiz.questions().stream().map(Question::type).toList());
    assertEquals(3.0, quiz.maxScore());
  }

  @Test
  void aSelfCheckMayHaveQuestionsWithoutACorrectAnswer() {
    QuizDefinition quiz =
        readValid(
                """
                title: Reflect
                kind: self-check
                questions:
                  - type: single
                    prompt: How do you feel?
                    options:
                      - text: Calm
                        feedback: Good to hear.
                      - text: Tense
                  - type: multiple
                    prompt: What helps?
                    options:
                      - text: Walking
                      - text: Talking
                  - type: short
                    prompt: Write one word for today.
                    feedback_incorrect: Thank you for sharing.
                  - type: true-false
                    prompt: I slept well.
                """)
            .quiz();

    assertEquals(QuizKind.SELF_CHECK, quiz.kind());
    assertFalse(quiz.graded());
    assertEquals(4, quiz.questions().size());
    assertTrue(quiz.questions().stream().noneMatch(Question::hasCorrectAnswer));
    assertEquals("<p>Good to hear.</p>\n", quiz.questions().get(0).choices().get(0).feedbackHtml());
    assertEquals(List.of(), quiz.questions().get(2).choices());
    assertEquals(
        "<p>Thank you for sharing.</p>\n", quiz.questions().get(2).incorrectFeedbackHtml());
  }

  // ---------------------------------------------------------------------------------------------
  // Markdown
  // ---------------------------------------------------------------------------------------------

  @Test
  void markdownLinksAreRewrittenAndReportedAtTheirLinesInTheFile() {
    Question question =
        readQuestion(
            """
            - type: single
              prompt: |
                First line.
                See [why](01-why-empathy.md).
              options:
                - text: "[a lesson](03-other.md)"
                  correct: true
                - text: Plain
            """);

    assertTrue(
        question.promptHtml().contains("<a href=\"lesson-01-why-empathy\""), question.promptHtml());
    assertTrue(
        question.choices().get(0).html().contains("href=\"lesson-03-other\""),
        question.choices().get(0).html());
    // The question starts on line 4, the prompt's text on line 6 (below "prompt: |"), the option on
    // line 9.
    assertEquals(List.of("01-why-empathy.md@7", "03-other.md@9"), links);
  }

  @Test
  void rawHtmlInMarkdownKeepsOnlyWhatLessonsAllow() {
    Question question =
        readQuestion(
            """
            - type: single
              prompt: |
                <script>alert(1)</script>

                A [x](javascript:alert%281%29) link.
              options:
                - text: <b onclick="x()">bold</b>
                  correct: true
                - text: b
            """);

    assertFalse(question.promptHtml().contains("<script"), question.promptHtml());
    assertFalse(question.promptHtml().contains("javascript:"), question.promptHtml());
    assertTrue(
        question.promptHtml().contains(">x</a>"),
        "the link stays, without its address: " + question.promptHtml());
    assertFalse(question.promptHtml().contains("alert(1)"), question.promptHtml());
    String option = question.choices().get(0).html();
    assertTrue(option.contains("<b>bold</b>") && !option.contains("onclick"), option);
  }

  // ---------------------------------------------------------------------------------------------
  // Problems
  // ---------------------------------------------------------------------------------------------

  @Test
  void unknownFieldsAreReportedAtEveryLevel() {
    read(
        """
        title: Check
        pass_marks: 80
        questions:
          - type: single
            prompt: Pick
            hint: none
            options:
              - text: A
                correct: true
                weight: 2
              - text: B
          - type: matching
            prompt: Match
            pairs:
              - prompt: A
                match: a
                colour: red
              - prompt: B
                match: b
        """);

    assertProblems(
        "2: \"pass_marks\" is not a known field",
        "6: \"hint\" is not a known field",
        "10: \"weight\" is not a known field",
        "17: \"colour\" is not a known field");
  }

  @Test
  void aFieldOfAnotherQuestionTypeIsReportedWithTheFieldsThisTypeKnows() {
    read(
        title()
            + """
              - type: single
                prompt: Pick
                answers: [a]
                options:
                  - text: A
                    correct: true
                  - text: B
            """);

    assertProblems(
        "6: \"answers\" is not a known field; known fields are explanation, options, points,"
            + " prompt, type");
  }

  @Test
  void passMarkAboveAHundredIsReportedAtItsLine() {
    read("title: Check\npass_mark: 150\n" + ONE_QUESTION);

    assertProblems("2: pass_mark must be a whole number from 0 to 100, not 150");
  }

  @Test
  void badSettingsAreEachReportedAtTheirLines() {
    read(
        """
        title: Check
        pass_mark: -1
        max_attempts: -2
        minutes: 0
        kind: exam
        required: maybe
        shuffle_options: often
        """
            + ONE_QUESTION);

    assertProblems(
        "2: pass_mark must be a whole number from 0 to 100, not -1",
        "3: max_attempts must be a whole number from 0 (unlimited) to 1000, not -2",
        "4: minutes must be a whole number from 1 to 600, not 0",
        "5: kind must be graded or self-check, not \"exam\"",
        "7: shuffle_options must be true or false, not \"often\"",
        "6: required must be true or false, not \"maybe\"");
  }

  @Test
  void passMarkThatIsNotANumberIsReported() {
    read("title: Check\npass_mark: seventy\n" + ONE_QUESTION);

    assertProblems("2: pass_mark must be a whole number from 0 to 100, not seventy");
  }

  @Test
  void pointsMustBeAPositiveNumber() {
    read(
        title()
            + """
              - type: true-false
                prompt: A
                answer: true
                points: 0
              - type: true-false
                prompt: B
                answer: true
                points: -1
              - type: true-false
                prompt: C
                answer: true
                points: lots
            """);

    assertProblems(
        "7: points must be a number greater than 0 and at most 1000, not 0",
        "11: points must be a number greater than 0 and at most 1000, not -1",
        "15: points must be a number such as 1 or 2.5, not \"lots\"");
  }

  // ---------------------------------------------------------------------------------------------
  // Numerical questions
  // ---------------------------------------------------------------------------------------------

  @Test
  void aNumericalQuestionAcceptsValuesWithTolerancesAndRangesWithTheirCredit() {
    Question question =
        readQuestion(
            """
            - type: numerical
              prompt: What is π to two places?
              answers:
                - value: 3.14
                  tolerance: 0.01
                  feedback: Right.
                - min: 3
                  max: 3.3
                  credit: 50
              feedback_incorrect: See the lesson.
            """);

    assertEquals(QuestionType.NUMERICAL, question.type());
    assertEquals(List.of("3.14 ± 0.01", "3 to 3.3"), htmls(question));
    assertEquals(List.of(1.0, 0.5), credits(question));
    assertEquals(1.0, grade(question, "3.15"));
    assertEquals(0.5, grade(question, "3,3"));
    assertEquals(0.5, grade(question, "3"));
    assertEquals(0.0, grade(question, "3.31"));
    assertEquals("<p>See the lesson.</p>\n", question.incorrectFeedbackHtml());
  }

  @Test
  void everyMistakeInANumericalQuestionIsReportedAtItsLine() {
    read(
        title()
            + """
              - type: numerical
                prompt: How many?
                answers:
                  - value: three
                  - value: 3
                    min: 1
                    max: 5
                  - min: 5
                    max: 1
                  - value: 3
                    tolerance: -1
                  - min: 1
                  - value: 2
                    credit: 150
                  - {}
                  - value: 4
                    unit: cm
            """);

    assertProblems(
        "7: value must be a number such as 3.14, -2 or 0.5, not \"three\"",
        "9: gives both a value and a range",
        "12: max must not be below min",
        "14: tolerance must be 0 or more, not -1",
        "15: max is missing",
        "17: credit is a percentage from 0 to 100, such as 50, not 150",
        "18: value is missing",
        "20: ");
  }

  @Test
  void aGradedNumericalQuestionNeedsAnAcceptedNumber() {
    read(
        title()
            + """
              - type: numerical
                prompt: How many?
                answers: []
            """);

    assertProblems("4: has no accepted numbers");
  }

  @Test
  void unknownTypeIsReportedAtItsLine() {
    read(
        title()
            + """
              - type: essay
                prompt: Write.
            """);

    assertProblems(
        "4: type must be single, multiple, true-false, short, numerical, matching or ordering, not"
            + " \"essay\"");
  }

  @Test
  void missingTypeIsReportedAtTheQuestion() {
    read(
        title()
            + """
              - prompt: Write.
            """);

    assertProblems("4: type is missing");
  }

  @Test
  void unknownScoringIsReportedAtItsLine() {
    read(
        title()
            + """
              - type: multiple
                prompt: Pick
                scoring: generous
                options:
                  - text: A
                    correct: true
                  - text: B
            """);

    assertProblems("6: scoring must be all-or-nothing or partial, not \"generous\"");
  }

  @Test
  void gradedQuestionsWithoutACorrectAnswerAreReportedAtTheQuestion() {
    read(
        title()
            + """
              - type: single
                prompt: Pick
                options:
                  - text: A
                  - text: B
              - type: multiple
                prompt: Pick some
                options:
                  - text: A
                  - text: B
                    correct: false
              - type: short
                prompt: Type
              - type: true-false
                prompt: True?
              - type: short
                prompt: Type
                answers: []
            """);

    assertProblems(
        "4: has no correct option; mark the right one with \"correct: true\" (or make the quiz"
            + " \"kind: self-check\")",
        "9: has no correct option; mark each right one with \"correct: true\"",
        "15: has no accepted answers",
        "17: answer is missing; add \"answer: true\" or \"answer: false\"",
        "19: has no accepted answers");
  }

  @Test
  void singleChoiceWithTwoCorrectOptionsIsReportedAtTheSecond() {
    read(
        title()
            + """
              - type: single
                prompt: Pick
                options:
                  - text: A
                    correct: true
                  - text: B
                  - text: C
                    correct: true
            """);

    assertProblems(
        "11: is a second correct option, but a single question has exactly one; use \"type:"
            + " multiple\" for several");
  }

  @Test
  void trueFalseAnswerMustBeTrueOrFalse() {
    read(
        title()
            + """
              - type: true-false
                prompt: Really?
                answer: perhaps
            """);

    assertProblems("6: answer must be true or false, not \"perhaps\"");
  }

  @Test
  void duplicatedMatchingPromptsAndPairsAreReportedAtTheRepeat() {
    read(
        title()
            + """
              - type: matching
                prompt: Match
                pairs:
                  - prompt: Anger
                    match: unfair
                  - prompt: Fear
                    match: unsafe
                  - prompt: Anger
                    match: unfair
                  - prompt: Fear
                    match: lost
            """);

    assertProblems(
        "11: repeats the pair \"Anger\" → \"unfair\"; keep one",
        "13: repeats the prompt \"Fear\" (matched with \"unsafe\" above); each prompt must appear"
            + " once");
  }

  @Test
  void fewerThanTwoOptionsPairsOrItemsAreReported() {
    read(
        title()
            + """
              - type: single
                prompt: Pick
                options:
                  - text: Only
                    correct: true
              - type: matching
                prompt: Match
                pairs:
                  - {prompt: A, match: a}
              - type: ordering
                prompt: Order
                items: [Only]
              - type: multiple
                prompt: Pick
            """);

    assertProblems(
        "6: options needs at least two options, each written \"- text: …\"; this question has 1",
        "11: pairs needs at least two pairs",
        "15: items needs at least two items, in their correct order; this question has 1",
        "16: has no correct option",
        "16: options needs at least two options, each written \"- text: …\"; this question has 0");
  }

  @Test
  void repeatedOrderingItemsAreReportedAtTheRepeat() {
    read(
        title()
            + """
              - type: ordering
                prompt: Order
                items:
                  - One
                  - Two
                  - One
            """);

    assertProblems("9: \"One\" appears twice in items; each item must be different");
  }

  @Test
  void missingTitlePromptAndOptionTextAreReported() {
    read(
        """
        questions:
          - type: single
            options:
              - text: A
                correct: true
              - correct: false
        """);

    assertProblems("1: title is missing", "2: prompt is missing", "6: text is missing");
  }

  @Test
  void aQuizWithoutQuestionsIsReported() {
    read("title: Check\n");
    assertProblems("1: has no questions; add a list under \"questions:\"");
  }

  @Test
  void anEmptyQuestionListIsReportedAtItsLine() {
    read("title: Check\nquestions: []\n");
    assertProblems("2: has no questions");
  }

  @Test
  void questionsThatAreNotAListAreReported() {
    read("title: Check\nquestions: none\n");
    assertProblems("2: questions must be a list");
  }

  @Test
  void invalidYamlIsReportedAtItsLine() {
    read("title: Check\nquestions:\n  - type: single\n   prompt: [unclosed\n");

    assertEquals(1, problems.problems().size(), () -> "problems: " + problems.problems());
    assertEquals(PATH, problems.problems().get(0).path());
    assertTrue(
        problems.problems().get(0).message().startsWith("is not valid YAML"),
        problems.problems().get(0).message());
    assertTrue(problems.problems().get(0).line() >= 3, problems.problems().get(0).toString());
  }

  @Test
  void aBrokenLinkInAPromptIsReportedThroughTheRewriterWithItsLine() {
    QuizMarkdown strict =
        (text, firstLine) ->
            renderer.render(
                text,
                (destination, image, line) -> {
                  problems.add(
                      PATH,
                      line + firstLine - 1,
                      "links to " + destination + ", but there is no lesson there");
                  return "#";
                });

    Optional<LessonOutline> item =
        new QuizYamlReader(problems, strict)
            .read(
                title()
                    + """
                      - type: true-false
                        prompt: >
                          Read [this](09-missing.md) first.
                        answer: true
                    """,
                PATH,
                "check");

    assertTrue(item.isEmpty(), "a quiz with a broken link is not imported");
    assertProblems("6: links to 09-missing.md, but there is no lesson there");
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers
  // ---------------------------------------------------------------------------------------------

  private Optional<LessonOutline> read(String yaml) {
    return new QuizYamlReader(problems, markdown).read(yaml, PATH, "check");
  }

  private LessonOutline readValid(String yaml) {
    Optional<LessonOutline> item = read(yaml);
    assertEquals(List.of(), problems.problems());
    assertTrue(item.isPresent(), "a valid quiz is read");
    return item.get();
  }

  /** The only question of a quiz whose question list (indented by two) is {@code question}. */
  private Question readQuestion(String question) {
    QuizDefinition quiz = readValid(title() + question.indent(2)).quiz();
    assertEquals(1, quiz.questions().size());
    return quiz.questions().get(0);
  }

  /** A title, a blank line and "questions:", so the first question starts on line 4. */
  private static String title() {
    return "title: Check\n\nquestions:\n";
  }

  private static String shortQuestion(String answer) {
    return "  - type: short\n    prompt: Say " + answer + "\n    answers: [" + answer + "]\n";
  }

  private static List<String> keys(Question question) {
    return question.choices().stream().map(Choice::key).toList();
  }

  private static List<String> htmls(Question question) {
    return question.choices().stream().map(Choice::html).toList();
  }

  private static List<Double> credits(Question question) {
    return question.choices().stream().map(Choice::credit).toList();
  }

  /** The credit (0–1) a question earns for one learner's answer. */
  private static double grade(Question question, String... values) {
    QuizDefinition quiz =
        new QuizDefinition(QuizKind.GRADED, 70, 0, false, false, List.of(question));
    QuizAnswers answers = new QuizAnswers(Map.of(question.key(), List.of(values)));
    return new QuizGrader().grade(quiz, answers).results().get(0).credit();
  }

  /**
   * Asserts the problems, each "line: start of message", in any order; the quiz is then not read.
   */
  private void assertProblems(String... expected) {
    List<ContentProblem> found = problems.problems();
    String all = found.stream().map(ContentProblem::toString).collect(Collectors.joining("\n"));
    assertEquals(expected.length, found.size(), () -> "problems:\n" + all);
    for (String line : expected) {
      int colon = line.indexOf(": ");
      int number = Integer.parseInt(line.substring(0, colon));
      String message = line.substring(colon + 2);
      assertTrue(
          found.stream()
              .anyMatch(
                  p ->
                      p.path().equals(PATH)
                          && p.line() == number
                          && p.message().startsWith(message)),
          () -> "no problem at line " + number + " starting \"" + message + "\" among:\n" + all);
    }
  }
}
