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

class GiftReaderTest {

  private static final String PATH = "courses/demo/01-intro/03-knowledge-check.gift";

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
  // Question types
  // ---------------------------------------------------------------------------------------------

  @Test
  void multipleChoiceWithOneRightAnswerIsASingleChoiceQuestion() {
    Question question = readQuestion("Who's buried in Grant's tomb? {~Grant ~Jefferson =no one}");

    assertEquals("q1", question.key());
    assertEquals(QuestionType.SINGLE_CHOICE, question.type());
    assertEquals("Who&#39;s buried in Grant&#39;s tomb?", question.promptHtml());
    assertEquals(1.0, question.points());
    assertEquals(List.of("o1", "o2", "o3"), keys(question));
    assertEquals(List.of("Grant", "Jefferson", "no one"), texts(question));
    assertEquals(List.of("Grant", "Jefferson", "no one"), htmls(question));
    assertEquals(List.of(0.0, 0.0, 1.0), credits(question));
    assertEquals("", question.explanationHtml());
  }

  @Test
  void weightedWrongAnswersEarnPartOrNegativeCredit() {
    Question question =
        readQuestion("Which is best? {=Rest ~%50%Some rest ~%-100%No rest ~Coffee}");

    assertEquals(QuestionType.SINGLE_CHOICE, question.type());
    assertEquals(List.of("Rest", "Some rest", "No rest", "Coffee"), texts(question));
    assertEquals(List.of(1.0, 0.5, -1.0, 0.0), credits(question));
    assertEquals(0.5, grade(question, "o2"));
    assertEquals(
        0.0, grade(question, "o3"), "negative credit is never below zero for the question");
  }

  @Test
  void severalPositiveWeightsWithoutAnEqualsSignMakeAMultipleChoiceWithPartialCredit() {
    Question question =
        readQuestion(
            """
            What two people are entombed in Grant's tomb? {
               ~%-100%No one
               ~%50%Grant
               ~%50%Grant's wife
               ~%-100%Grant's father
            }\
            """);

    assertEquals(QuestionType.MULTIPLE_CHOICE, question.type());
    assertEquals(Scoring.PARTIAL, question.scoring());
    assertEquals(List.of("No one", "Grant", "Grant's wife", "Grant's father"), texts(question));
    assertEquals(List.of(-1.0, 0.5, 0.5, -1.0), credits(question));
    assertEquals(1.0, grade(question, "o2", "o3"));
    assertEquals(0.5, grade(question, "o2"));
    assertEquals(0.0, grade(question, "o1", "o2", "o3"));
  }

  @Test
  void weightsWithNoEqualsAnswerMakeAMultipleResponseQuestionEvenWithOneWeightedAnswer() {
    Question question =
        readQuestion(
            "Which of these calms a racing heart? {~%100%Breathing out slowly ~Holding your breath"
                + " ~Scrolling the news}");

    assertEquals(QuestionType.MULTIPLE_CHOICE, question.type(), "check boxes, as in Moodle");
    assertEquals(List.of(1.0, 0.0, 0.0), credits(question));
    assertEquals(1.0, grade(question, "o1"));
    assertEquals(0.0, grade(question, "o2"));
  }

  @Test
  void decimalWeightsThatAddUpToAHundredAreAccepted() {
    Question question =
        readQuestion("Pick the three. {~%33.33333%a ~%33.33333%b ~%33.33333%c ~%-100%d}");

    assertEquals(QuestionType.MULTIPLE_CHOICE, question.type());
    assertEquals(0.3333333, question.choices().get(0).credit(), 1e-9);
  }

  @Test
  void trueFalseInEveryForm() {
    QuizDefinition quiz =
        readValid(
                """
                Grant was buried in a tomb in New York City.{T}

                Grant was buried in Boston.{F}

                The sun rises in the east.{TRUE}

                The sun rises in the west.{FALSE}
                """)
            .quiz();

    assertEquals(4, quiz.questions().size());
    for (Question question : quiz.questions()) {
      assertEquals(QuestionType.TRUE_FALSE, question.type());
      assertEquals(List.of("true", "false"), keys(question));
      assertEquals(List.of("True", "False"), htmls(question));
    }
    assertEquals(List.of(1.0, 0.0), credits(quiz.questions().get(0)));
    assertEquals(List.of(0.0, 1.0), credits(quiz.questions().get(1)));
    assertEquals(List.of(1.0, 0.0), credits(quiz.questions().get(2)));
    assertEquals(List.of(0.0, 1.0), credits(quiz.questions().get(3)));
  }

  @Test
  void trueFalseTakesTheFeedbackForAWrongAnswerFirstAndForARightAnswerSecond() {
    QuizDefinition quiz =
        readValid(
                """
                Anger can be useful.{TRUE#No, it can be a signal.#Yes, it is a signal.}

                Anger is always wrong.{F#Not always.#Right, it can help.}
                """)
            .quiz();

    Question isTrue = quiz.questions().get(0);
    assertEquals(
        "Yes, it is a signal.", isTrue.choices().get(0).feedbackHtml(), "choosing true is right");
    assertEquals(
        "No, it can be a signal.",
        isTrue.choices().get(1).feedbackHtml(),
        "choosing false is wrong");
    Question isFalse = quiz.questions().get(1);
    assertEquals("Not always.", isFalse.choices().get(0).feedbackHtml(), "choosing true is wrong");
    assertEquals(
        "Right, it can help.", isFalse.choices().get(1).feedbackHtml(), "choosing false is right");
  }

  @Test
  void shortAnswerAcceptsEveryEqualsAnswerIgnoringCase() {
    Question question =
        readQuestion(
            "Who's buried in Grant's tomb?{=Grant =Ulysses S. Grant =%50%Ulysses#Half right. =no"
                + " <one>}");

    assertEquals(QuestionType.SHORT_ANSWER, question.type());
    assertEquals(List.of("o1", "o2", "o3", "o4"), keys(question));
    assertEquals(List.of("Grant", "Ulysses S. Grant", "Ulysses", "no <one>"), texts(question));
    assertEquals("no &lt;one&gt;", question.choices().get(3).html());
    assertEquals(List.of(1.0, 1.0, 0.5, 1.0), credits(question));
    assertEquals("Half right.", question.choices().get(2).feedbackHtml());
    assertFalse(question.caseSensitive());
    assertEquals(1.0, grade(question, "ulysses s. GRANT"));
    assertEquals(0.5, grade(question, "Ulysses"));
  }

  @Test
  void aShortAnswerAsteriskIsMoodlesWildcardNotALiteralAnswer() {
    Question question =
        readQuestion(
            "Name one thing that helps you feel safe.{=a friend =*walk* =%50%*#Anything is fine: it"
                + " is yours.}");

    assertEquals(QuestionType.SHORT_ANSWER, question.type());
    assertEquals(1.0, grade(question, "A friend"));
    assertEquals(1.0, grade(question, "a long walk by the sea"));
    assertEquals(
        0.5, grade(question, "my cat Mí̈ša 🐈"), "any other answer: the last one's credit");
  }

  @Test
  void matchingPairsArePromptsAndPlainAnswers() {
    Question question =
        readQuestion(
            """
            Match the following countries with their corresponding capitals. {
               =Canada -> Ottawa
               =Italy  -> Rome
               =Japan  -> Tokyo
               =India  -> New Delhi
            }\
            """);

    assertEquals(QuestionType.MATCHING, question.type());
    assertEquals(Scoring.PARTIAL, question.scoring());
    assertEquals(
        List.of("p1", "p2", "p3", "p4"), question.pairs().stream().map(MatchPair::key).toList());
    assertEquals(
        List.of("Canada", "Italy", "Japan", "India"),
        question.pairs().stream().map(MatchPair::promptHtml).toList());
    assertEquals(
        List.of("Ottawa", "Rome", "Tokyo", "New Delhi"),
        question.pairs().stream().map(MatchPair::answer).toList());
    assertEquals(0.5, grade(question, "p1=Ottawa", "p2=Rome", "p3=Rome"));
  }

  @Test
  void twoMatchingPairsAreEnough() {
    Question question = readQuestion("Match. {=a -> 1 =b -> 2}");

    assertEquals(2, question.pairs().size());
  }

  @Test
  void missingWordQuestionsShowABlankWhereTheAnswersWere() {
    Question question = readQuestion("Grant is {~buried =entombed ~living} in Grant's tomb.");

    assertEquals("Grant is _____ in Grant&#39;s tomb.", question.promptHtml());
    assertEquals(List.of(0.0, 1.0, 0.0), credits(question));
  }

  // ---------------------------------------------------------------------------------------------
  // Names, comments, categories, feedback
  // ---------------------------------------------------------------------------------------------

  @Test
  void questionNamesCommentsAndCategoriesAreNotShown() {
    QuizDefinition quiz =
        readValid(
                """
                // a comment before everything
                $CATEGORY: $course$/Safety

                ::Tomb:: Who is buried here? {
                // a comment inside a question
                   =Grant
                   ~Nobody
                }

                // a comment between questions
                ::Sun::The sun is hot.{T}
                """)
            .quiz();

    assertEquals(2, quiz.questions().size());
    assertEquals("Who is buried here?", quiz.questions().get(0).promptHtml());
    assertEquals(List.of("Grant", "Nobody"), texts(quiz.questions().get(0)));
    assertEquals("The sun is hot.", quiz.questions().get(1).promptHtml());
    assertEquals(List.of("q1", "q2"), quiz.questions().stream().map(Question::key).toList());
  }

  @Test
  void answerFeedbackFollowsAHashAndGeneralFeedbackFourHashes() {
    Question question =
        readQuestion(
            """
            What's the answer? {
               =Yes#Well done.
               ~No#Not quite.
               ~Maybe
               ####Because yes is always the answer.
            }\
            """);

    assertEquals(
        List.of("Well done.", "Not quite.", ""),
        question.choices().stream().map(Choice::feedbackHtml).toList());
    assertEquals("Because yes is always the answer.", question.explanationHtml());
  }

  @Test
  void generalFeedbackWorksForEveryType() {
    QuizDefinition quiz =
        readValid(
                """
                Sun hot? {T####It is.}

                Say hi. {=hi####Greetings.}

                Match. {=a -> 1 =b -> 2 ####Letters and numbers.}
                """)
            .quiz();

    assertEquals(
        List.of("It is.", "Greetings.", "Letters and numbers."),
        quiz.questions().stream().map(Question::explanationHtml).toList());
    assertEquals(List.of(1.0, 0.0), credits(quiz.questions().get(0)));
    assertEquals(2, quiz.questions().get(2).pairs().size());
  }

  // ---------------------------------------------------------------------------------------------
  // Formats
  // ---------------------------------------------------------------------------------------------

  @Test
  void markdownIsRenderedAndItsLinksRewrittenAtTheirLines() {
    Question question =
        readQuestion(
            """
            [markdown]Which is **bold**?
            See [why](01-why-empathy.md).
            {
               =*This* one#Read [again](02-again.md).
               ~That one
            }\
            """);

    String prompt = question.promptHtml();
    assertTrue(
        prompt.startsWith(
            "<p>Which is <strong>bold</strong>?\nSee <a href=\"lesson-01-why-empathy\""),
        prompt);
    assertTrue(prompt.endsWith(">why</a>.</p>\n"), prompt);
    assertEquals(
        "<p><em>This</em> one</p>\n",
        question.choices().get(0).html(),
        "answers take their question's format");
    String feedback = question.choices().get(0).feedbackHtml();
    assertTrue(feedback.startsWith("<p>Read <a href=\"lesson-02-again\""), feedback);
    assertEquals("*This* one", question.choices().get(0).text());
    assertEquals(List.of("01-why-empathy.md@2", "02-again.md@4"), links);
  }

  @Test
  void htmlIsSanitisedAndScriptsRemoved() {
    Question question =
        readQuestion(
            "[html]<p>Is <b>this</b> safe?<script>alert(1)</script><img src=x"
                + " onerror=alert(1)></p>{T#[plain]<b>no</b>#<i>yes</i>}");

    assertEquals("<p>Is <b>this</b> safe?<img src=\"x\" /></p>", question.promptHtml());
    assertFalse(question.promptHtml().contains("script"));
    assertFalse(question.promptHtml().contains("onerror"));
    assertEquals(
        "<i>yes</i>",
        question.choices().get(0).feedbackHtml(),
        "feedback takes the question's format");
    assertEquals(
        "&lt;b&gt;no&lt;/b&gt;",
        question.choices().get(1).feedbackHtml(),
        "unless it names its own");
  }

  @Test
  void plainAndMoodleTextIsShownAsWritten() {
    QuizDefinition quiz =
        readValid(
                """
                [plain]Is <b>this</b> *bold*?{T}

                [moodle]Is <b>this</b> bold?{F}

                No marker: <b>this</b> *is* plain too.{T}

                [unknown]Not a marker.{T}
                """)
            .quiz();

    assertEquals("Is &lt;b&gt;this&lt;/b&gt; *bold*?", quiz.questions().get(0).promptHtml());
    assertEquals("Is &lt;b&gt;this&lt;/b&gt; bold?", quiz.questions().get(1).promptHtml());
    assertEquals(
        "No marker: &lt;b&gt;this&lt;/b&gt; *is* plain too.", quiz.questions().get(2).promptHtml());
    assertEquals("[unknown]Not a marker.", quiz.questions().get(3).promptHtml());
  }

  @Test
  void anAnswerMayNameItsOwnFormat() {
    Question question =
        readQuestion("[markdown]Pick. {=[html]<em>this</em> ~[plain]*that* ~**bold**}");

    assertEquals(
        List.of("<em>this</em>", "*that*", "<p><strong>bold</strong></p>\n"), htmls(question));
    assertEquals(List.of("<em>this</em>", "*that*", "**bold**"), texts(question));
  }

  @Test
  void escapedCharactersAreText() {
    Question question =
        readQuestion(
            "Which is \\{a set\\} \\: \\~ \\= \\# \\\\ or a\\n"
                + "break? {=a \\= b#yes \\# 1 ~c \\~ d ~e \\{f\\}}");

    assertEquals("Which is {a set} : ~ = # \\ or a<br>break?", question.promptHtml());
    assertEquals(List.of("a = b", "c ~ d", "e {f}"), texts(question));
    assertEquals("yes # 1", question.choices().get(0).feedbackHtml());
    assertEquals(List.of(1.0, 0.0, 0.0), credits(question));
  }

  @Test
  void aQuestionMaySpanLinesAndItsAnswersTheirOwnLines() {
    Question question =
        readQuestion(
            """
            ::Long::A question
            that goes on
            {
              =right
              ~wrong
            }\
            """);

    assertEquals("A question<br>that goes on", question.promptHtml());
    assertEquals(List.of("right", "wrong"), texts(question));
  }

  // ---------------------------------------------------------------------------------------------
  // Settings
  // ---------------------------------------------------------------------------------------------

  @Test
  void withoutAHeaderTheQuizTakesTheDefaultsAndIsTitledAfterItsSlug() {
    LessonOutline item = readValid("Sun hot? {T}\n");

    assertEquals("knowledge-check", item.slug());
    assertEquals("Knowledge check", item.title());
    assertEquals(ItemKind.QUIZ, item.kind());
    assertEquals(1, item.minutes());
    assertTrue(item.required());
    assertEquals("", item.html());
    assertEquals(QuizKind.GRADED, item.quiz().kind());
    assertEquals(70, item.quiz().passMark());
    assertEquals(0, item.quiz().maxAttempts());
    assertFalse(item.quiz().shuffleQuestions());
    assertFalse(item.quiz().shuffleOptions());
  }

  @Test
  void headerCommentsSetTheQuiz() {
    LessonOutline item =
        readValid(
            """
            // title: Check: "part one"
            // This file was exported from Moodle.
            //kind: self-check
            // pass_mark: 80

            // max_attempts: 3
            // shuffle_questions: true
            // shuffle_options: yes
            // required: false
            // minutes: 5
            Sun hot? {T}
            """);

    assertEquals("Check: \"part one\"", item.title());
    assertEquals(5, item.minutes());
    assertFalse(item.required());
    QuizDefinition quiz = item.quiz();
    assertEquals(QuizKind.SELF_CHECK, quiz.kind());
    assertEquals(80, quiz.passMark());
    assertEquals(3, quiz.maxAttempts());
    assertTrue(quiz.shuffleQuestions());
    assertTrue(quiz.shuffleOptions());
  }

  @Test
  void settingCommentsAfterTheFirstQuestionAreOnlyComments() {
    LessonOutline item =
        readValid(
            """
            Sun hot? {T}

            // pass_mark: 10
            // title: Ignored
            Sun cold? {F}
            """);

    assertEquals(70, item.quiz().passMark());
    assertEquals("Knowledge check", item.title());
    assertEquals(2, item.quiz().questions().size());
  }

  @Test
  void badHeaderValuesAreReportedAtTheirLines() {
    read(
        """
        // title: Check
        // pass_mark: 150
        // kind: exam
        // max_attempts: -1
        // required: perhaps

        Sun hot? {T}
        """);

    assertProblems(
        "2: pass_mark must be a whole number from 0 to 100, not 150",
        "3: kind must be graded or self-check, not \"exam\"",
        "4: max_attempts must be a whole number from 0 (unlimited) to 1000, not -1",
        "5: required must be true or false, not \"perhaps\"");
  }

  @Test
  void aRepeatedHeaderSettingIsReported() {
    read("// pass_mark: 50\n// pass_mark: 60\nSun hot? {T}\n");

    assertProblems("2: \"pass_mark\" appears twice; keep one");
  }

  @Test
  void minutesDefaultToOneForEveryTwoQuestions() {
    LessonOutline item = readValid("A {T}\n\nB {T}\n\nC {T}\n");

    assertEquals(2, item.minutes());
  }

  @Test
  void aSelfCheckMayHaveQuestionsWithoutARightAnswer() {
    QuizDefinition quiz =
        readValid(
                """
                // kind: self-check
                How do you feel? {~Calm#Good. ~Tense#That's all right.}

                What did you notice? {=%0%anything}
                """)
            .quiz();

    assertFalse(quiz.graded());
    assertTrue(quiz.questions().stream().noneMatch(Question::hasCorrectAnswer));
    assertEquals("Good.", quiz.questions().get(0).choices().get(0).feedbackHtml());
  }

  // ---------------------------------------------------------------------------------------------
  // Unsupported questions
  // ---------------------------------------------------------------------------------------------

  @Test
  void essayAndDescriptionAreSkippedWithNotesWhileNumericalQuestionsImport() {
    LessonOutline item =
        readValid(
            """
            // title: Mixed

            When was Grant born? {#1822:5}

            ::Reflect:: Write about your day. {}

            Just some words to read.

            Sun hot? {T}

            ::Year::
            Which year?
            {#
               =1822:0
            }
            """);

    assertEquals(
        List.of(QuestionType.NUMERICAL, QuestionType.TRUE_FALSE, QuestionType.NUMERICAL),
        item.quiz().questions().stream().map(Question::type).toList());
    List<ContentProblem> notes = problems.notes();
    assertEquals(2, notes.size(), () -> "notes: " + notes);
    assertNote(
        notes.get(0), 5, "unsupported essay question \"Reflect\" (empty answers {}) skipped");
    assertNote(
        notes.get(1), 7, "unsupported description question (text without answers in {…}) skipped");
  }

  // ---------------------------------------------------------------------------------------------
  // Numerical questions
  // ---------------------------------------------------------------------------------------------

  @Test
  void aNumberWithATolerancAcceptsEverythingWithinItBothEndsIncluded() {
    Question question = readQuestion("What is π to two places? {#3.14:0.01}");

    assertEquals(QuestionType.NUMERICAL, question.type());
    assertEquals(List.of("3.14:0.01"), texts(question));
    assertEquals(List.of("3.14 ± 0.01"), htmls(question));
    assertEquals(1.0, grade(question, "3.14"));
    assertEquals(1.0, grade(question, "3.13"));
    assertEquals(1.0, grade(question, "3,15"));
    assertEquals(0.0, grade(question, "3.1501"));
    assertEquals(0.0, grade(question, "3.1299"));
  }

  @Test
  void aSimpleNumberAcceptsExactlyThatNumberInAnySpelling() {
    Question question = readQuestion("The answer? {#42}");

    assertEquals(List.of("42"), htmls(question));
    assertEquals(1.0, grade(question, "42"));
    assertEquals(1.0, grade(question, " +42.0 "));
    assertEquals(0.0, grade(question, "42.0001"));
    assertEquals(0.0, grade(question, "forty-two"));
  }

  @Test
  void aToleranceOfZeroAcceptsOnlyTheValue() {
    Question question = readQuestion("Year? {#1822:0}");

    assertEquals(List.of("1822"), htmls(question));
    assertEquals(1.0, grade(question, "1822"));
    assertEquals(0.0, grade(question, "1821.999"));
  }

  @Test
  void aRangeAcceptsBothEndsAndNothingOutside() {
    Question question = readQuestion("Pick a number from one to five {#1..5}");

    assertEquals(List.of("1 to 5"), htmls(question));
    assertEquals(1.0, grade(question, "1"));
    assertEquals(1.0, grade(question, "5"));
    assertEquals(0.0, grade(question, "5.0000001"));
    assertEquals(0.0, grade(question, "0.9"));
  }

  @Test
  void negativeNumbersAndNegativeRangesAreRead() {
    Question below = readQuestion("Freezing in °F minus 64? {#-32:0.5}");
    Question range = readQuestion("A cold night? {#-10..-2}");

    assertEquals(1.0, grade(below, "−32.5"));
    assertEquals(0.0, grade(below, "32"));
    assertEquals(List.of("-10 to -2"), htmls(range));
    assertEquals(1.0, grade(range, "-10"));
    assertEquals(0.0, grade(range, "-1"));
  }

  @Test
  void severalAnswersGiveTheirOwnCreditAndFeedbackFirstMiddleAndLast() {
    Question question =
        readQuestion(
            """
            When was Ulysses S. Grant born? {#
              =1822:0 #Right.
              =%50%1822:2 #Close.
              =%25%1800..1850 #The right half-century.
            }
            """);

    assertEquals(List.of("1822:0", "1822:2", "1800..1850"), texts(question));
    assertEquals(List.of(1.0, 0.5, 0.25), credits(question));
    assertEquals(1.0, grade(question, "1822"));
    assertEquals(0.5, grade(question, "1824"));
    assertEquals(0.25, grade(question, "1850"));
    assertEquals(0.0, grade(question, "1851"));
    assertEquals(List.of("Right."), feedback(question, "1822"));
    assertEquals(List.of("Close."), feedback(question, "1820"));
    assertEquals(List.of("The right half-century."), feedback(question, "1801"));
  }

  @Test
  void overlappingAnswersGiveTheBestCreditWhateverTheirOrder() {
    Question question = readQuestion("π? {#=%50%3:0.5 =3.14:0.01}");

    assertEquals(1.0, grade(question, "3.14"));
    assertEquals(0.5, grade(question, "3.4"));
  }

  @Test
  void somethingThatIsNotANumberIsWrongWithAHint() {
    Question question = readQuestion("π? {#3.14:0.01}");

    assertEquals(0.0, grade(question, "pi"));
    assertEquals(
        List.of("That is not a number; type a number, for example 3.14."),
        feedback(question, "pi"));
  }

  @Test
  void anAnswerThatIsNotANumberIsReportedAtItsLine() {
    read(
        """
        Year? {#
          =1822
          =%50%about 1820
          =1..
        }
        """);

    assertProblems(
        "3: this question has the numerical answer \"about 1820\", which is not a number",
        "4: this question has the numerical answer \"1..\", which is not a number");
  }

  @Test
  void aGradedNumericalQuestionNeedsAnAnswerWorthFullMarks() {
    read("Year? {#=%50%1822}\n");

    assertProblems("1: this question has no answer worth full marks");
  }

  @Test
  void anEssayInASelfCheckIsAPrivateReflectionThatIsNeverGraded() {
    LessonOutline item =
        readValid(
            """
            // title: Reflect
            // kind: self-check

            ::Your day:: Write about your day. {}
            """);

    Question question = item.quiz().questions().get(0);
    assertEquals(QuestionType.SHORT_ANSWER, question.type());
    assertEquals(List.of(), question.choices());
    assertFalse(question.hasCorrectAnswer());
    assertEquals(0.0, grade(question, "It was long, and I was kind to myself."));
    assertEquals(List.of(), problems.notes());
  }

  @Test
  void aFileWithOnlyUnsupportedQuestionsHasNoQuestions() {
    read("Describe your day. {}\n");

    assertEquals(1, problems.notes().size());
    assertProblems("0: has no questions Hearth can show");
  }

  @Test
  void anEmptyFileHasNoQuestions() {
    read("// just a comment\n\n");

    assertProblems("0: has no questions Hearth can show");
  }

  @Test
  void anExtraMatchingAnswerWithoutAPromptIsLeftOutWithANote() {
    Question question = readQuestion("Match. {=a -> 1 =b -> 2 = -> 3}");

    assertEquals(List.of("1", "2"), question.matchAnswers());
    assertEquals(1, problems.notes().size());
    assertNote(
        problems.notes().get(0), 1, "this question has an extra answer \"3\" with no prompt");
  }

  // ---------------------------------------------------------------------------------------------
  // Problems
  // ---------------------------------------------------------------------------------------------

  @Test
  void anUnclosedBraceIsReportedAtItsLine() {
    read(
        """
        Sun hot? {T}

        ::Tomb:: Who is buried
        in Grant's tomb? {
           =Grant
           ~Nobody

        Sun cold? {F}
        """);

    assertProblems("4: question \"Tomb\" opens its answers with { but never closes them with }");
  }

  @Test
  void aClosingBraceWithoutAnOpeningOneIsReported() {
    read("Sun hot? T}\n");

    assertProblems("1: this question has a } with no { before it");
  }

  @Test
  void aBraceInsideAnswersIsReported() {
    read("Pick\n{=a\n~{b}\n");

    assertProblems("3: this question has a { inside its answers");
  }

  @Test
  void aSecondAnswerBlockIsReported() {
    read("Pick {=a ~b} and {=c ~d}\n");

    assertProblems("1: this question has a second { after its answers");
  }

  @Test
  void anUnfinishedNameIsReported() {
    read("\n::Tomb Who is buried? {=Grant ~Nobody}\n");

    assertProblems("2: starts a question name with :: but never ends it");
  }

  @Test
  void aChoiceQuestionWithoutARightAnswerIsReportedAtItsAnswers() {
    read(
        """
        ::Tomb::Who is buried
        in Grant's tomb?
        {~Grant ~Nobody ~Someone else}
        """);

    assertProblems("3: question \"Tomb\" has no right answer; mark it with =");
  }

  @Test
  void aLoneHalfWeightWithNoEqualsAnswerIsAMultipleResponseQuestionShortOfAHundred() {
    read(
        """
        ::Tomb::Who is buried
        in Grant's tomb?
        {~Grant ~Nobody ~%50%Half}
        """);

    assertProblems(
        "3: question \"Tomb\" gives its right answers weights that add up to 50%; with no = it is"
            + " multiple response, as in Moodle");
  }

  @Test
  void weightsOfSeveralRightAnswersMustAddUpToAHundred() {
    read("Pick two. {~%50%a ~%30%b ~c}\n");

    assertProblems("1: this question gives its right answers weights that add up to 80%");
  }

  @Test
  void aShortAnswerWithoutAFullMarksAnswerIsReported() {
    read("Say hi.\n{=%50%hi}\n");

    assertProblems("2: this question has no answer worth full marks");
  }

  @Test
  void aShortAnswerMustStartWithEquals() {
    read("Say hi. {hello}\n");

    assertProblems("1: this question has answers that do not start with =");
  }

  @Test
  void aWeightOutsideMinusToPlusAHundredIsReported() {
    read("Pick. {=a ~%150%b}\n\nPick. {=a ~%abc%b}\n");

    assertProblems(
        "1: this question has the weight %150%; a weight is a percentage from -100 to 100",
        "3: this question has the weight %abc%");
  }

  @Test
  void aChoiceQuestionNeedsTwoAnswers() {
    read("Pick. {\n~only}\n");

    assertProblems(
        "1: this question needs at least two answers", "1: this question has no right answer");
  }

  @Test
  void textBeforeTheFirstAnswerIsReported() {
    read("Pick. {oops =a ~b}\n");

    assertProblems(
        "1: this question has text before its first answer; start every answer with = or ~");
  }

  @Test
  void anEmptyAnswerIsReportedAtItsLine() {
    read("Pick. {\n=a\n~\n}\n");

    assertProblems("3: this question has an empty answer after ~");
  }

  @Test
  void duplicatedMatchingPromptsAndPairsAreReportedAtTheRepeat() {
    read(
        """
        ::Capitals:: Match. {
           =Canada -> Ottawa
           =Italy -> Rome
           =Canada -> Ottawa
           =Italy -> Milan
        }
        """);

    assertProblems(
        "4: question \"Capitals\" repeats the pair \"Canada -> Ottawa\"; keep one",
        "5: question \"Capitals\" repeats the prompt \"Italy\" (matched with \"Rome\" above)");
  }

  @Test
  void aMatchingPairWithoutAnArrowOrAnswerIsReported() {
    read("Match. {\n=a -> 1\n=b 2\n=c ->\n}\n");

    assertProblems(
        "3: this question has a pair without ->",
        "4: this question has a pair with nothing after ->");
  }

  @Test
  void aMatchingQuestionWithOnePairIsReported() {
    read("Match. {=a -> 1}\n");

    assertProblems("1: this question needs at least two pairs");
  }

  @Test
  void aQuestionWithoutTextIsReported() {
    read("{=a ~b}\n");

    assertProblems("1: this question has no question text before its answers");
  }

  @Test
  void everyBrokenQuestionIsReportedAndGoodOnesDoNotHideThem() {
    Optional<LessonOutline> item =
        read(
            """
            Good. {T}

            Bad. {~a ~b}

            Good. {=x ~y}

            Worse. {=a
            """);

    assertTrue(item.isEmpty(), "a quiz with a problem is not read");
    assertProblems(
        "3: this question has no right answer",
        "7: this question opens its answers with { but never closes them with }");
  }

  @Test
  void windowsLineEndingsAndAByteOrderMarkKeepLineNumbers() {
    read("\uFEFF// title: T\r\n\r\nGood. {T}\r\n\r\nBad. {~a ~b}\r\n");

    assertProblems("5: this question has no right answer");
  }

  @Test
  void aBrokenLinkInMarkdownIsReportedAtItsLineInTheFile() {
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
        new GiftReader(problems, strict)
            .read(
                """
                // title: Check

                [markdown]A question
                that links [here](09-missing.md).
                {T}
                """,
                PATH,
                "knowledge-check");

    assertTrue(item.isEmpty());
    assertProblems("4: links to 09-missing.md, but there is no lesson there");
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers
  // ---------------------------------------------------------------------------------------------

  private Optional<LessonOutline> read(String gift) {
    return new GiftReader(problems, markdown).read(gift, PATH, "knowledge-check");
  }

  private LessonOutline readValid(String gift) {
    Optional<LessonOutline> item = read(gift);
    assertEquals(List.of(), problems.problems());
    assertTrue(item.isPresent(), "a valid quiz is read");
    return item.get();
  }

  private Question readQuestion(String gift) {
    QuizDefinition quiz = readValid(gift).quiz();
    assertEquals(1, quiz.questions().size());
    return quiz.questions().get(0);
  }

  private static List<String> keys(Question question) {
    return question.choices().stream().map(Choice::key).toList();
  }

  private static List<String> texts(Question question) {
    return question.choices().stream().map(Choice::text).toList();
  }

  private static List<String> htmls(Question question) {
    return question.choices().stream().map(Choice::html).toList();
  }

  private static List<Double> credits(Question question) {
    return question.choices().stream().map(Choice::credit).toList();
  }

  private static double grade(Question question, String... values) {
    QuizDefinition quiz =
        new QuizDefinition(QuizKind.GRADED, 70, 0, false, false, List.of(question));
    return new QuizGrader()
        .grade(quiz, new QuizAnswers(Map.of(question.key(), List.of(values))))
        .results()
        .get(0)
        .credit();
  }

  private static List<String> feedback(Question question, String typed) {
    QuizDefinition quiz =
        new QuizDefinition(QuizKind.GRADED, 70, 0, false, false, List.of(question));
    return new QuizGrader()
        .grade(quiz, new QuizAnswers(Map.of(question.key(), List.of(typed))))
        .results()
        .get(0)
        .feedbackHtml();
  }

  private static void assertNote(ContentProblem note, int line, String start) {
    assertEquals(PATH, note.path());
    assertEquals(line, note.line(), () -> "line of " + note);
    assertTrue(
        note.message().startsWith(start),
        () -> "\"" + note.message() + "\" should start with \"" + start + "\"");
  }

  /** Asserts the problems, each "line: start of message", in any order. */
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
