package org.hearth.application.catalog;

import java.util.List;
import org.hearth.domain.catalog.ItemKind;
import org.hearth.domain.quiz.QuizDefinition;
import org.hearth.domain.worksheet.WorksheetDefinition;

/**
 * A course item as pages show it; immutable, so one instance serves every request. For a quiz,
 * {@code html} is its introduction and {@code quiz} its questions with their answer key: pages show
 * a quiz only through a {@link org.hearth.domain.quiz.QuizPaper}, never through this.
 */
public record LessonView(
    long id,
    String slug,
    String title,
    int minutes,
    List<String> objectives,
    boolean preview,
    boolean required,
    String html,
    String moduleTitle,
    int number,
    ItemKind kind,
    QuizDefinition quiz,
    WorksheetDefinition worksheet,
    String contentNote) {

  public LessonView {
    objectives = List.copyOf(objectives);
  }

  /** An item that opens with no content note. */
  public LessonView(
      long id,
      String slug,
      String title,
      int minutes,
      List<String> objectives,
      boolean preview,
      boolean required,
      String html,
      String moduleTitle,
      int number,
      ItemKind kind,
      QuizDefinition quiz,
      WorksheetDefinition worksheet) {
    this(
        id,
        slug,
        title,
        minutes,
        objectives,
        preview,
        required,
        html,
        moduleTitle,
        number,
        kind,
        quiz,
        worksheet,
        null);
  }

  public boolean hasContentNote() {
    return contentNote != null && !contentNote.isBlank();
  }

  /**
   * The content note as paragraphs: a blank line starts a new one, and the line breaks of a YAML
   * block within a paragraph are read as spaces, so the note flows at any width.
   */
  public List<String> contentNoteParagraphs() {
    if (!hasContentNote()) {
      return List.of();
    }
    return java.util.Arrays.stream(contentNote.strip().split("\\n\\s*\\n"))
        .map(paragraph -> paragraph.strip().replaceAll("\\s*\\n\\s*", " "))
        .toList();
  }

  public boolean isQuiz() {
    return kind == ItemKind.QUIZ;
  }

  public boolean isWorksheet() {
    return kind == ItemKind.WORKSHEET;
  }

  /** "Lesson", "Quiz", "Self-check" or "Worksheet", as outlines label items. */
  public String kindLabel() {
    return switch (kind) {
      case LESSON -> "Lesson";
      case QUIZ -> quiz.graded() ? "Quiz" : "Self-check";
      case WORKSHEET -> "Worksheet";
    };
  }
}
