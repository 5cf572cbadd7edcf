package org.hearth.application.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hearth.application.content.ContentProblem;
import org.hearth.domain.catalog.LessonOutline;
import org.hearth.domain.quiz.Choice;
import org.hearth.domain.quiz.Question;
import org.hearth.domain.quiz.QuestionType;
import org.hearth.domain.quiz.QuizKind;
import org.hearth.domain.quiz.Scoring;
import org.hearth.infrastructure.content.GiftToQuiz;
import org.hearth.infrastructure.content.QuizYamlReading;
import org.junit.jupiter.api.Test;

class QuizDocumentGiftTest {

  private static final GiftQuestions GIFT = new GiftToQuiz();

  private static final String PATH = "courses/demo/01-intro/02-check.quiz.yaml";

  /** content/README.md's GIFT example, line for line. */
  private static final String README_EXAMPLE =
      """
      // title: Knowledge check
      // pass_mark: 60

      $CATEGORY: $course$/Empathy

      // Single choice with feedback and an explanation.
      ::Safety first::[markdown]After a betrayal, what does your nervous system put first?
      See [Safety comes first](../01-safety-first/02-safety-comes-first.md). {
        =Safety#Yes, safety comes first.
        ~Empathy#Empathy comes later, once you are safe.
        ~%-50%Revenge#Revenge is a safety-seeking behaviour, not a priority.
        ####The lesson calls betrayal a *primal level threat*.
      }

      ::Steps:: Which are steps toward empathy? {
        ~%50%Regulating your nervous system
        ~%50%Listening to your partner
        ~%-100%Snooping on their phone
      }

      Empathy means giving up your boundaries.{F#The lesson says the opposite.#Right, it does not.}

      The first step toward empathy in one word: {=regulate =regulation =%50%calm}

      Match each feeling with what it may be telling you. {
        =Anger -> Something feels unfair
        =Fear -> Something feels unsafe
      }

      Ratios are written 1\\:2 and sets \\{a, b\\}.{T}
      """;

  @Test
  void eachGiftTypeBecomesTheMatchingQuestion() {
    QuizDocument quiz = quiz(QuizKind.GRADED);

    GiftPasteResult result = quiz.appendGift(GIFT, README_EXAMPLE, PATH);

    assertTrue(result.succeeded(), result.problems().toString());
    assertEquals(6, result.appended());
    List<QuizQuestionDraft> questions = quiz.getQuestions();
    assertEquals(
        List.of(
            QuestionType.SINGLE_CHOICE,
            QuestionType.MULTIPLE_CHOICE,
            QuestionType.TRUE_FALSE,
            QuestionType.SHORT_ANSWER,
            QuestionType.MATCHING,
            QuestionType.TRUE_FALSE),
        questions.stream().map(QuizQuestionDraft::getType).toList());

    QuizQuestionDraft single = questions.get(0);
    assertEquals(
        "After a betrayal, what does your nervous system put first?\n"
            + "See [Safety comes first](../01-safety-first/02-safety-comes-first.md).",
        single.getPrompt(),
        "[markdown] text stays Markdown, its lesson link too");
    assertEquals("The lesson calls betrayal a *primal level threat*.", single.getExplanation());
    assertEquals(
        List.of("Safety", "Empathy", "Revenge"),
        single.getOptions().stream().map(QuizOptionDraft::getText).toList());
    assertEquals(
        List.of(true, false, false),
        single.getOptions().stream().map(QuizOptionDraft::isCorrect).toList());
    assertEquals(
        List.of(
            "Yes, safety comes first.",
            "Empathy comes later, once you are safe.",
            "Revenge is a safety-seeking behaviour, not a priority."),
        single.getOptions().stream().map(QuizOptionDraft::getFeedback).toList());

    QuizQuestionDraft multiple = questions.get(1);
    assertEquals("Which are steps toward empathy?", multiple.getPrompt());
    assertEquals(Scoring.PARTIAL, multiple.getScoring());
    assertEquals(
        List.of(true, true, false),
        multiple.getOptions().stream().map(QuizOptionDraft::isCorrect).toList());

    QuizQuestionDraft trueFalse = questions.get(2);
    assertEquals(Boolean.FALSE, trueFalse.getAnswer());
    assertEquals(
        "Right, it does not.",
        trueFalse.getFeedbackCorrect(),
        "GIFT's second feedback is for a right answer");
    assertEquals("The lesson says the opposite.", trueFalse.getFeedbackIncorrect());

    QuizQuestionDraft shortAnswer = questions.get(3);
    assertEquals(
        List.of("regulate", "regulation"),
        shortAnswer.getAnswers().stream().map(QuizTextDraft::getText).toList());
    assertFalse(shortAnswer.isCaseSensitive(), "GIFT compares short answers ignoring case");

    QuizQuestionDraft matching = questions.get(4);
    assertEquals(
        List.of("Anger", "Fear"),
        matching.getPairs().stream().map(QuizPairDraft::getPrompt).toList());
    assertEquals(
        List.of("Something feels unfair", "Something feels unsafe"),
        matching.getPairs().stream().map(QuizPairDraft::getMatch).toList());
    assertEquals(Scoring.PARTIAL, matching.getScoring());

    assertEquals(
        "Ratios are written 1:2 and sets {a, b}.",
        questions.get(5).getPrompt(),
        "escapes resolved");
    assertEquals(Boolean.TRUE, questions.get(5).getAnswer());
  }

  @Test
  void thePastedQuestionsAreSavedAsAValidQuizThatGradesAsGiftDid() {
    QuizDocument quiz = quiz(QuizKind.GRADED);
    quiz.appendGift(GIFT, README_EXAMPLE, PATH);

    LessonOutline item = readValid(quiz.toYaml());

    List<Question> questions = item.quiz().questions();
    assertEquals(6, questions.size());
    // The sanitiser writes rel's two words in either order.
    assertTrue(
        questions
            .get(0)
            .promptHtml()
            .matches(
                "<p>After a betrayal, what does your nervous system put first\\?\n"
                    + "See <a href=\"\\.\\./01-safety-first/02-safety-comes-first\\.md\""
                    + " rel=\"(noopener noreferrer|noreferrer noopener)\">Safety comes"
                    + " first</a>\\.</p>\n"),
        questions.get(0).promptHtml());
    assertEquals(List.of(1.0, 0.0, 0.0), credits(questions.get(0)));
    assertEquals(List.of(0.5, 0.5, -0.5), credits(questions.get(1)));
    assertEquals(List.of(0.0, 1.0), credits(questions.get(2)), "false is the answer");
    assertEquals(
        List.of("regulate", "regulation"),
        questions.get(3).choices().stream().map(Choice::text).toList());
    assertEquals(2, questions.get(4).pairs().size());
  }

  @Test
  void whatYamlCannotKeepIsNotedAtItsLine() {
    QuizDocument quiz = quiz(QuizKind.GRADED);

    GiftPasteResult result = quiz.appendGift(GIFT, README_EXAMPLE, PATH);

    assertEquals(
        List.of(
            PATH
                + ":7: this question gives some answers a weight (such as ~%50%), which Hearth's"
                + " YAML has no place for: each option is now right or wrong",
            PATH
                + ":15: this question weighs its answers in a way Hearth's YAML cannot: now each"
                + " right option earns an equal share of the points and each wrong one takes a"
                + " share away",
            PATH
                + ":23: this question gives \"calm\" part of the points, which Hearth's YAML"
                + " cannot: it was left out, so it earns nothing now"),
        result.notes().stream().map(ContentProblem::toString).toList());
  }

  @Test
  void numericalQuestionsArePastedAndEssaysSkippedWithANote() {
    QuizDocument quiz = quiz(QuizKind.GRADED);

    GiftPasteResult result =
        quiz.appendGift(
            GIFT,
            """
            When was Ulysses S. Grant born? {#=1822:0 =%50%1800..1850#Close.}

            Write about your week. {}

            Is water wet? {T}
            """,
            PATH);

    assertTrue(result.succeeded(), result.problems().toString());
    assertEquals(2, result.appended());
    QuizQuestionDraft numerical = quiz.getQuestions().get(0);
    assertEquals(QuestionType.NUMERICAL, numerical.getType());
    assertEquals(QuestionType.TRUE_FALSE, quiz.getQuestions().get(1).getType());
    QuizNumberDraft exact = numerical.getNumbers().get(0);
    QuizNumberDraft range = numerical.getNumbers().get(1);
    assertEquals(
        List.of("1822", "0", "", ""),
        List.of(exact.getValue(), exact.getTolerance(), exact.getMin(), exact.getMax()));
    assertEquals(
        List.of("", "1800", "1850", "50", "Close."),
        List.of(
            range.getValue(),
            range.getMin(),
            range.getMax(),
            range.getCredit(),
            range.getFeedback()));
    assertTrue(
        quiz.toYaml().contains("      - min: 1800\n        max: 1850\n        credit: 50\n"),
        quiz.toYaml());
    assertEquals(1, result.notes().size());
    assertTrue(
        result.notes().get(0).toString().startsWith(PATH + ":3: unsupported essay question"),
        result.notes().toString());
  }

  @Test
  void brokenGiftReportsItsLinesAndAppendsNothing() {
    QuizDocument quiz = quiz(QuizKind.GRADED);
    QuizQuestionDraft existing = quiz.addQuestion(QuestionType.TRUE_FALSE);
    existing.setPrompt("Already here");
    existing.setAnswer(true);
    String before = quiz.toYaml();

    GiftPasteResult result =
        quiz.appendGift(
            GIFT,
            """
            Is water wet? {T}

            Who is buried in Grant's tomb? {
              =Grant
              ~Jefferson

            Pick one {~a ~b}
            """,
            PATH);

    assertFalse(result.succeeded());
    assertEquals(0, result.appended());
    assertEquals(
        List.of(
            PATH + ":3: this question opens its answers with { but never closes them with }",
            PATH
                + ":7: this question has no right answer; mark it with = (or give several right"
                + " answers weights such as ~%50%)"),
        result.problems().stream().map(ContentProblem::toString).toList());
    assertEquals(List.of(existing), quiz.getQuestions(), "not even the good question went in");
    assertEquals(before, quiz.toYaml());
  }

  @Test
  void aSelfCheckTakesQuestionsWithoutARightAnswer() {
    QuizDocument quiz = quiz(QuizKind.SELF_CHECK);

    GiftPasteResult result =
        quiz.appendGift(GIFT, "How do you feel today? {~Calm ~Tense ~Not sure}", PATH);

    assertTrue(result.succeeded(), result.problems().toString());
    assertEquals(
        List.of(false, false, false),
        quiz.getQuestions().get(0).getOptions().stream().map(QuizOptionDraft::isCorrect).toList());
    readValid(quiz.toYaml());
  }

  @Test
  void anEmptyPasteIsAProblem() {
    QuizDocument quiz = quiz(QuizKind.GRADED);

    GiftPasteResult result = quiz.appendGift(GIFT, "// only a comment\n", PATH);

    assertEquals(
        List.of(
            PATH
                + ": has no questions Hearth can show; write at least one, such as \"Is water wet?"
                + " {T}\""),
        result.problems().stream().map(ContentProblem::toString).toList());
    assertEquals(List.of(), quiz.getQuestions());
  }

  @Test
  void plainGiftTextIsShownAsWrittenOnceSaved() {
    QuizDocument quiz = quiz(QuizKind.GRADED);

    quiz.appendGift(
        GIFT,
        """
        2. Is 2 * 3 = 6 _here_? Use [brackets], <b>tags</b> & &amp;
        # and a second line {T}

        Grant is {~buried =entombed} in Grant's tomb.
        """,
        PATH);

    assertEquals(
        "2\\. Is 2 \\* 3 = 6 \\_here\\_? Use \\[brackets\\], \\<b>tags\\</b> & \\&amp;\\\n"
            + "\\# and a second line",
        quiz.getQuestions().get(0).getPrompt());
    List<Question> questions = readValid(quiz.toYaml()).quiz().questions();
    assertEquals(
        "<p>2. Is 2 * 3 &#61; 6 _here_? Use [brackets], &lt;b&gt;tags&lt;/b&gt; &amp; &amp;amp;<br"
            + " />\n"
            + "# and a second line</p>\n",
        questions.get(0).promptHtml());
    assertEquals(
        "<p>Grant is _____ in Grant&#39;s tomb.</p>\n",
        questions.get(1).promptHtml(),
        "the missing word's blank");
  }

  @Test
  void htmlGiftTextBecomesMarkdownWithANote() {
    QuizDocument quiz = quiz(QuizKind.GRADED);

    GiftPasteResult result =
        quiz.appendGift(
            GIFT,
            "[html]<p>Is <b>water</b> wet?</p><p>See <a"
                + " href=\"https://example.org/w?a=1&amp;b=2\">this</a>.<br>Or not.</p>"
                + "<script>alert(1)</script>{T}",
            PATH);

    assertEquals(
        "Is water wet?\n\nSee this (https://example.org/w?a=1&b=2).\\\nOr not.",
        quiz.getQuestions().get(0).getPrompt());
    assertEquals(
        List.of(
            PATH
                + ":1: this question is written in HTML, which is now Markdown: its words,"
                + " paragraphs and links are kept, but bold, italics, images and other formatting"
                + " are not; check how it reads"),
        result.notes().stream().map(ContentProblem::toString).toList());
  }

  @Test
  void pastedQuestionsGoAfterTheOnesAlreadyThere() {
    QuizDocument quiz = quiz(QuizKind.GRADED);
    QuizQuestionDraft existing = quiz.addQuestion(QuestionType.ORDERING);

    quiz.appendGift(GIFT, "One? {T}\n\nTwo? {F}", PATH);

    assertEquals(3, quiz.getQuestions().size());
    assertEquals(existing, quiz.getQuestions().get(0));
    assertEquals(
        List.of("One?", "Two?"),
        quiz.getQuestions().subList(1, 3).stream().map(QuizQuestionDraft::getPrompt).toList());
  }

  private static QuizDocument quiz(QuizKind kind) {
    QuizDocument quiz = new QuizDocument();
    quiz.setTitle("Pasted");
    quiz.setKind(kind);
    return quiz;
  }

  private static LessonOutline readValid(String yaml) {
    assertEquals(List.of(), QuizYamlReading.problems(yaml), "the reader accepts:\n" + yaml);
    return QuizYamlReading.read(yaml).orElseThrow();
  }

  private static List<Double> credits(Question question) {
    return question.choices().stream().map(Choice::credit).toList();
  }
}
