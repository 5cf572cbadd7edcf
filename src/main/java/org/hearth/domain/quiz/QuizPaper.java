package org.hearth.domain.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * A quiz as a learner sees it before submitting: prompts and options in the order of this attempt,
 * and nothing that tells which answer is right — no credits, feedback or explanations. Pages get
 * this, never the {@link QuizDefinition}.
 */
public record QuizPaper(List<PaperQuestion> questions) {

  public QuizPaper {
    questions = List.copyOf(questions);
  }

  /** An option, item or matching row: its key and its text. */
  public record PaperOption(String key, String html) {}

  /**
   * One question.
   *
   * @param number its place on this paper, from 1
   * @param options choices, or the items to put in order
   * @param rows the prompts of a matching question
   * @param answers the answers a matching row can take, in alphabetical order
   */
  public record PaperQuestion(
      String key,
      int number,
      QuestionType type,
      String promptHtml,
      double points,
      List<PaperOption> options,
      List<PaperOption> rows,
      List<String> answers) {

    public PaperQuestion {
      options = List.copyOf(options);
      rows = List.copyOf(rows);
      answers = List.copyOf(answers);
    }
  }

  /**
   * The questions, in this paper's order, that {@code answers} leaves without an answer, or only
   * partly answered (a matching row or an item to place left empty). Submitting asks the learner
   * about these first, so nothing is sent half done by accident.
   */
  public List<PaperQuestion> unanswered(QuizAnswers answers) {
    List<PaperQuestion> open = new ArrayList<>();
    for (PaperQuestion question : questions) {
      List<String> given = answers.values(question.key());
      int needed =
          switch (question.type()) {
            case MATCHING -> question.rows().size();
            case ORDERING -> question.options().size();
            default -> 1;
          };
      boolean blank = given.stream().allMatch(String::isBlank);
      if (blank || given.size() < needed) {
        open.add(question);
      }
    }
    return open;
  }

  /**
   * Lays out a quiz for one attempt. The same seed gives the same order, so a learner who leaves
   * and comes back sees the paper they started. Items to put in order are always shuffled, since
   * their source order is the answer.
   */
  public static QuizPaper of(QuizDefinition quiz, long seed) {
    Random random = new Random(seed);
    List<Question> order = new ArrayList<>(quiz.questions());
    if (quiz.shuffleQuestions()) {
      Collections.shuffle(order, random);
    }
    List<PaperQuestion> questions = new ArrayList<>();
    for (Question question : order) {
      questions.add(question(question, questions.size() + 1, quiz, random));
    }
    return new QuizPaper(questions);
  }

  /** One question as this paper shows it, its options shuffled as the quiz asks. */
  private static PaperQuestion question(
      Question question, int number, QuizDefinition quiz, Random random) {
    List<PaperOption> options = new ArrayList<>();
    List<PaperOption> rows = new ArrayList<>();
    List<String> answers = List.of();
    switch (question.type()) {
      case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
        question.choices().forEach(c -> options.add(new PaperOption(c.key(), c.html())));
        if (quiz.shuffleOptions()) {
          Collections.shuffle(options, random);
        }
      }
      case TRUE_FALSE ->
          question.choices().forEach(c -> options.add(new PaperOption(c.key(), c.html())));
      case SHORT_ANSWER, NUMERICAL -> {
        // accepted answers stay on the server
      }
      case ORDERING -> {
        question.choices().forEach(c -> options.add(new PaperOption(c.key(), c.html())));
        shuffleAwayFromSourceOrder(options, random);
      }
      case MATCHING -> {
        question.pairs().forEach(p -> rows.add(new PaperOption(p.key(), p.promptHtml())));
        if (quiz.shuffleOptions()) {
          Collections.shuffle(rows, random);
        }
        answers = sortedAnswers(question);
      }
    }
    return new PaperQuestion(
        question.key(),
        number,
        question.type(),
        question.promptHtml(),
        question.points(),
        options,
        rows,
        answers);
  }

  /** A matching question's answers in alphabetical order, so their order tells nothing. */
  private static List<String> sortedAnswers(Question question) {
    return question.matchAnswers().stream()
        .sorted(Comparator.comparing(String::toLowerCase))
        .toList();
  }

  private static void shuffleAwayFromSourceOrder(List<PaperOption> items, Random random) {
    if (items.size() < 2) {
      return;
    }
    List<PaperOption> source = List.copyOf(items);
    Collections.shuffle(items, random);
    if (items.equals(source)) {
      Collections.rotate(items, 1);
    }
  }
}
