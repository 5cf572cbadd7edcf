package org.hearth.application.authoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hearth.domain.quiz.QuestionType;
import org.hearth.domain.quiz.QuizKind;

/**
 * A {@code .quiz.yaml} file as the quiz editor edits it: the settings and questions in Markdown, as
 * the author wrote them, not rendered. The content reader reads the file's text into one ({@link
 * QuizForms}) and this writes it back; whether that text is a valid quiz is for the content reader
 * to say, which the editor asks separately.
 *
 * <p>Saving keeps what a file means but not how it was laid out: keys come in the order
 * content/README.md documents, and comments and unknown keys are dropped. A setting the file
 * spelled out at its default value (say {@code pass_mark: 70}) is kept, so saving a hand-written
 * file changes little more than what the author changed.
 */
public final class QuizDocument {

  /** What the reader takes when a quiz gives no pass mark. */
  public static final int DEFAULT_PASS_MARK = 70;

  private String title = "";
  private QuizKind kind = QuizKind.GRADED;
  private int passMark = DEFAULT_PASS_MARK;
  private int maxAttempts;
  private boolean shuffleQuestions;
  private boolean shuffleOptions;
  private boolean required = true;
  private Integer minutes;
  private String intro = "";
  private final List<QuizQuestionDraft> questions = new ArrayList<>();

  /**
   * Settings the source file spelled out although they held their default, so saving keeps them.
   */
  final Set<String> spelledOut = new HashSet<>();

  /** An empty graded quiz with every default and no questions. */
  public QuizDocument() {}

  /**
   * Marks a setting as spelled out in the source file (see {@link QuizForms}), so saving keeps it
   * even at its default.
   */
  public void keepSpelledOut(String key) {
    spelledOut.add(key);
  }

  /** The quiz as {@code .quiz.yaml} text, which the content reader reads back as this quiz. */
  public String toYaml() {
    return QuizYamlWriter.write(this);
  }

  /**
   * Adds a blank question of {@code type} at the end (see {@link QuizQuestionDraft#blank}) and
   * returns it.
   */
  public QuizQuestionDraft addQuestion(QuestionType type) {
    QuizQuestionDraft question = QuizQuestionDraft.blank(type);
    questions.add(question);
    return question;
  }

  /** Removes the question; false when it is not in this quiz. */
  public boolean removeQuestion(QuizQuestionDraft question) {
    return QuizEditing.remove(questions, question);
  }

  /** Moves the question one place earlier; false when it is first or not in this quiz. */
  public boolean moveQuestionUp(QuizQuestionDraft question) {
    return QuizEditing.move(questions, question, -1);
  }

  /** Moves the question one place later; false when it is last or not in this quiz. */
  public boolean moveQuestionDown(QuizQuestionDraft question) {
    return QuizEditing.move(questions, question, 1);
  }

  /**
   * Appends the questions of pasted GIFT text, read as a {@code .gift} file's questions are (its
   * settings comments are ignored). With any problem nothing is appended; notes (a numerical
   * question skipped, a weight Hearth's YAML cannot keep) do not stop the paste.
   *
   * @param gift the GIFT reader
   * @param pathForMessages what problems and notes name as the file, such as the quiz's path
   */
  public GiftPasteResult appendGift(GiftQuestions gift, String giftText, String pathForMessages) {
    GiftQuestions.Reading reading =
        gift.read(Objects.requireNonNullElse(giftText, ""), pathForMessages, isGraded());
    if (!reading.problems().isEmpty()) {
      return new GiftPasteResult(0, reading.problems(), reading.notes());
    }
    questions.addAll(reading.questions());
    return new GiftPasteResult(reading.questions().size(), List.of(), reading.notes());
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = QuizEditing.text(title);
  }

  public QuizKind getKind() {
    return kind;
  }

  public void setKind(QuizKind kind) {
    this.kind = kind == null ? QuizKind.GRADED : kind;
  }

  /** Whether this is a graded quiz (scored against the pass mark) rather than a self-check. */
  public boolean isGraded() {
    return kind == QuizKind.GRADED;
  }

  /** Percent needed to pass, 0–100. */
  public int getPassMark() {
    return passMark;
  }

  public void setPassMark(int passMark) {
    this.passMark = passMark;
  }

  /** Attempts allowed; 0 for unlimited. */
  public int getMaxAttempts() {
    return maxAttempts;
  }

  public void setMaxAttempts(int maxAttempts) {
    this.maxAttempts = maxAttempts;
  }

  public boolean isShuffleQuestions() {
    return shuffleQuestions;
  }

  public void setShuffleQuestions(boolean shuffleQuestions) {
    this.shuffleQuestions = shuffleQuestions;
  }

  public boolean isShuffleOptions() {
    return shuffleOptions;
  }

  public void setShuffleOptions(boolean shuffleOptions) {
    this.shuffleOptions = shuffleOptions;
  }

  /** Whether the quiz counts towards progress and completion. */
  public boolean isRequired() {
    return required;
  }

  public void setRequired(boolean required) {
    this.required = required;
  }

  /** The minutes the quiz takes; null to let the reader estimate one for every two questions. */
  public Integer getMinutes() {
    return minutes;
  }

  public void setMinutes(Integer minutes) {
    this.minutes = minutes;
  }

  /** Markdown shown above the questions; empty for none. */
  public String getIntro() {
    return intro;
  }

  public void setIntro(String intro) {
    this.intro = QuizEditing.text(intro);
  }

  /** The questions, in order; live, so a form binds to them. */
  public List<QuizQuestionDraft> getQuestions() {
    return questions;
  }
}
