package org.hearth.application.authoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hearth.domain.quiz.QuestionType;
import org.hearth.domain.quiz.Scoring;

/**
 * One question of a {@link QuizDocument} as its author writes it: Markdown texts, not rendered
 * HTML. Mutable, for the editor's form. It keeps the fields of every type, so changing a question
 * from single to multiple choice keeps its options; only its own type's fields are written.
 *
 * <p>The lists are live: a form binds to their entries, and the add, remove and move methods change
 * them.
 */
public final class QuizQuestionDraft {

  private QuestionType type;
  private String prompt = "";
  private BigDecimal points = BigDecimal.ONE;
  private String explanation = "";
  private Scoring scoring;
  private final List<QuizOptionDraft> options = new ArrayList<>();
  private Boolean answer;
  private String feedbackCorrect = "";
  private String feedbackIncorrect = "";
  private final List<QuizTextDraft> answers = new ArrayList<>();
  private boolean caseSensitive;
  private final List<QuizPairDraft> pairs = new ArrayList<>();
  private final List<QuizTextDraft> items = new ArrayList<>();
  private final List<QuizNumberDraft> numbers = new ArrayList<>();

  /** Keys the source file spelled out although they held their default, so saving keeps them. */
  final Set<String> spelledOut = new HashSet<>();

  /** A question of {@code type} with no options, pairs, items or answers yet. */
  public QuizQuestionDraft(QuestionType type) {
    this.type = Objects.requireNonNull(type, "type");
    this.scoring = defaultScoring(type);
  }

  /**
   * A question of {@code type} ready to fill in: two empty options, pairs or items (the fewest a
   * question may have), or one empty accepted answer.
   */
  public static QuizQuestionDraft blank(QuestionType type) {
    QuizQuestionDraft question = new QuizQuestionDraft(type);
    switch (type) {
      case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
        question.addOption();
        question.addOption();
      }
      case SHORT_ANSWER -> question.addAnswer();
      case NUMERICAL -> question.addNumber();
      case MATCHING -> {
        question.addPair();
        question.addPair();
      }
      case ORDERING -> {
        question.addItem();
        question.addItem();
      }
      case TRUE_FALSE -> {}
    }
    return question;
  }

  /**
   * How a question of {@code type} is scored when it says nothing: partial for matching, else
   * all-or-nothing.
   */
  public static Scoring defaultScoring(QuestionType type) {
    return type == QuestionType.MATCHING ? Scoring.PARTIAL : Scoring.ALL_OR_NOTHING;
  }

  /**
   * Marks a field as spelled out in the source file (see {@link QuizForms}), so saving keeps it
   * even at its default.
   */
  public void keepSpelledOut(String key) {
    spelledOut.add(key);
  }

  public QuestionType getType() {
    return type;
  }

  /** Changes the type; a scoring left at the old type's default becomes the new type's default. */
  public void setType(QuestionType type) {
    Objects.requireNonNull(type, "type");
    if (scoring == defaultScoring(this.type)) {
      scoring = defaultScoring(type);
    }
    this.type = type;
  }

  /** The question, in Markdown. */
  public String getPrompt() {
    return prompt;
  }

  public void setPrompt(String prompt) {
    this.prompt = QuizEditing.text(prompt);
  }

  /** What a fully right answer earns; 1 unless the author says otherwise. */
  public BigDecimal getPoints() {
    return points;
  }

  public void setPoints(BigDecimal points) {
    this.points = points == null ? BigDecimal.ONE : points;
  }

  /** Markdown shown after submission, whatever the answer; empty for none. */
  public String getExplanation() {
    return explanation;
  }

  public void setExplanation(String explanation) {
    this.explanation = QuizEditing.text(explanation);
  }

  /** How multiple choice, matching and ordering questions earn credit; other types ignore it. */
  public Scoring getScoring() {
    return scoring;
  }

  public void setScoring(Scoring scoring) {
    this.scoring = scoring == null ? defaultScoring(type) : scoring;
  }

  /** The options of a single- or multiple-choice question. */
  public List<QuizOptionDraft> getOptions() {
    return options;
  }

  /** A true-false question's right answer; null for none (allowed in a self-check). */
  public Boolean getAnswer() {
    return answer;
  }

  public void setAnswer(Boolean answer) {
    this.answer = answer;
  }

  /** Markdown shown for a right answer to a true-false or short question; empty for none. */
  public String getFeedbackCorrect() {
    return feedbackCorrect;
  }

  public void setFeedbackCorrect(String feedbackCorrect) {
    this.feedbackCorrect = QuizEditing.text(feedbackCorrect);
  }

  /**
   * Markdown shown for a wrong answer to a true-false, short or numerical question; empty for none.
   */
  public String getFeedbackIncorrect() {
    return feedbackIncorrect;
  }

  public void setFeedbackIncorrect(String feedbackIncorrect) {
    this.feedbackIncorrect = QuizEditing.text(feedbackIncorrect);
  }

  /**
   * A short question's accepted answers, plain text; none makes it a free text box in a self-check.
   */
  public List<QuizTextDraft> getAnswers() {
    return answers;
  }

  /** Whether a short answer must match case. */
  public boolean isCaseSensitive() {
    return caseSensitive;
  }

  public void setCaseSensitive(boolean caseSensitive) {
    this.caseSensitive = caseSensitive;
  }

  /** The rows of a matching question. */
  public List<QuizPairDraft> getPairs() {
    return pairs;
  }

  /** The items of an ordering question, in their right order. */
  public List<QuizTextDraft> getItems() {
    return items;
  }

  public QuizOptionDraft addOption() {
    QuizOptionDraft option = new QuizOptionDraft();
    options.add(option);
    return option;
  }

  public boolean removeOption(QuizOptionDraft option) {
    return QuizEditing.remove(options, option);
  }

  public boolean moveOptionUp(QuizOptionDraft option) {
    return QuizEditing.move(options, option, -1);
  }

  public boolean moveOptionDown(QuizOptionDraft option) {
    return QuizEditing.move(options, option, 1);
  }

  public QuizPairDraft addPair() {
    QuizPairDraft pair = new QuizPairDraft();
    pairs.add(pair);
    return pair;
  }

  public boolean removePair(QuizPairDraft pair) {
    return QuizEditing.remove(pairs, pair);
  }

  public QuizTextDraft addItem() {
    QuizTextDraft item = new QuizTextDraft();
    items.add(item);
    return item;
  }

  public boolean removeItem(QuizTextDraft item) {
    return QuizEditing.remove(items, item);
  }

  /** Moves an ordering item one place earlier; false when it is first (or not an item here). */
  public boolean moveItemUp(QuizTextDraft item) {
    return QuizEditing.move(items, item, -1);
  }

  /** Moves an ordering item one place later; false when it is last (or not an item here). */
  public boolean moveItemDown(QuizTextDraft item) {
    return QuizEditing.move(items, item, 1);
  }

  /** A numerical question's accepted numbers, in the order written. */
  public List<QuizNumberDraft> getNumbers() {
    return numbers;
  }

  public QuizNumberDraft addNumber() {
    QuizNumberDraft number = new QuizNumberDraft();
    numbers.add(number);
    return number;
  }

  public boolean removeNumber(QuizNumberDraft number) {
    return QuizEditing.remove(numbers, number);
  }

  public QuizTextDraft addAnswer() {
    QuizTextDraft accepted = new QuizTextDraft();
    answers.add(accepted);
    return accepted;
  }

  public boolean removeAnswer(QuizTextDraft accepted) {
    return QuizEditing.remove(answers, accepted);
  }
}
