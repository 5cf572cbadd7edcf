package org.hearth.domain.catalog;

import java.util.List;
import java.util.Objects;
import org.hearth.domain.quiz.QuizDefinition;
import org.hearth.domain.worksheet.WorksheetDefinition;

/**
 * A course item — a lesson or a quiz — as the content source describes it, already rendered and
 * sanitised. For a quiz, {@code html} is its introduction and {@code quiz} its questions. A {@code
 * contentNote} (plain text, or null) is shown before the item, which the reader then opens or
 * leaves for later.
 */
public record LessonOutline(
    String slug,
    String title,
    int minutes,
    List<String> objectives,
    boolean preview,
    boolean required,
    String html,
    ItemKind kind,
    QuizDefinition quiz,
    WorksheetDefinition worksheet,
    String contentNote) {

  public LessonOutline {
    objectives = List.copyOf(objectives);
    Objects.requireNonNull(kind, "kind");
    if ((kind == ItemKind.QUIZ) != (quiz != null)) {
      throw new IllegalArgumentException(
          "a quiz item needs a quiz definition, and only a quiz item has one");
    }
    if ((kind == ItemKind.WORKSHEET) != (worksheet != null)) {
      throw new IllegalArgumentException(
          "a worksheet item needs a worksheet definition, and only a worksheet item has one");
    }
  }

  /** An item with no content note. */
  public LessonOutline(
      String slug,
      String title,
      int minutes,
      List<String> objectives,
      boolean preview,
      boolean required,
      String html,
      ItemKind kind,
      QuizDefinition quiz,
      WorksheetDefinition worksheet) {
    this(slug, title, minutes, objectives, preview, required, html, kind, quiz, worksheet, null);
  }

  /** The same item, opening with a content note (blank for none). */
  public LessonOutline withContentNote(String note) {
    String kept = note == null || note.isBlank() ? null : note.strip();
    return new LessonOutline(
        slug, title, minutes, objectives, preview, required, html, kind, quiz, worksheet, kept);
  }

  /** A lesson: Markdown rendered to HTML. */
  public LessonOutline(
      String slug,
      String title,
      int minutes,
      List<String> objectives,
      boolean preview,
      boolean required,
      String html) {
    this(slug, title, minutes, objectives, preview, required, html, ItemKind.LESSON, null, null);
  }

  /** A quiz: its introduction as HTML and its questions. */
  public static LessonOutline quiz(
      String slug,
      String title,
      int minutes,
      boolean required,
      String introHtml,
      QuizDefinition quiz) {
    return new LessonOutline(
        slug, title, minutes, List.of(), false, required, introHtml, ItemKind.QUIZ, quiz, null);
  }

  /** A worksheet: its description as HTML and its prose and fields. */
  public static LessonOutline worksheet(
      String slug,
      String title,
      int minutes,
      boolean required,
      String descriptionHtml,
      WorksheetDefinition worksheet) {
    return new LessonOutline(
        slug,
        title,
        minutes,
        List.of(),
        false,
        required,
        descriptionHtml,
        ItemKind.WORKSHEET,
        null,
        worksheet);
  }
}
