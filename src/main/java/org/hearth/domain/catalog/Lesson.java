package org.hearth.domain.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hearth.domain.quiz.QuizDefinition;
import org.hearth.domain.quiz.QuizDefinitionConverter;
import org.hearth.domain.shared.StringListConverter;
import org.hearth.domain.worksheet.WorksheetDefinition;
import org.hearth.domain.worksheet.WorksheetDefinitionConverter;

/**
 * One item of a course: a lesson page, a quiz or a worksheet. Its HTML is rendered and sanitised
 * when the course is imported, so showing a lesson never runs the Markdown pipeline.
 */
@Entity
@Table(name = "lesson")
public class Lesson {

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "lesson_ids")
  @TableGenerator(
      name = "lesson_ids",
      table = "id_sequence",
      pkColumnName = "seq_name",
      valueColumnName = "seq_count",
      pkColumnValue = "lesson",
      allocationSize = 50)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "course_id")
  private Course course;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "module_id")
  private CourseModule module;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false, length = 100)
  private String slug;

  @Column(nullable = false, length = 300)
  private String title;

  @Column(nullable = false)
  private int minutes;

  @Convert(converter = StringListConverter.class)
  @Lob
  private List<String> objectives = new ArrayList<>();

  @Column(nullable = false)
  private boolean preview;

  @Column(nullable = false)
  private boolean required;

  @Lob
  @Column(nullable = false)
  private String html;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private ItemKind kind = ItemKind.LESSON;

  @Lob
  @Convert(converter = QuizDefinitionConverter.class)
  private QuizDefinition quiz;

  @Lob
  @Convert(converter = WorksheetDefinitionConverter.class)
  private WorksheetDefinition worksheet;

  /** Shown before the item, which the reader then opens or leaves for now; null for none. */
  @Lob
  @Column(name = "content_note")
  private String contentNote;

  protected Lesson() {}

  Lesson(Course course, String slug) {
    this.course = Objects.requireNonNull(course, "course");
    this.slug = Objects.requireNonNull(slug, "slug");
  }

  /**
   * Places the lesson in a module and takes the source's current words; true when anything changed.
   */
  boolean revise(CourseModule module, int position, LessonOutline outline) {
    boolean changed =
        this.module != module
            || this.position != position
            || !Objects.equals(title, outline.title())
            || minutes != outline.minutes()
            || !objectives.equals(outline.objectives())
            || preview != outline.preview()
            || required != outline.required()
            || !Objects.equals(html, outline.html())
            || kind != outline.kind()
            || !Objects.equals(quiz, outline.quiz())
            || !Objects.equals(worksheet, outline.worksheet())
            || !Objects.equals(contentNote, outline.contentNote());
    this.module = module;
    this.position = position;
    this.title = outline.title();
    this.minutes = outline.minutes();
    this.objectives = new ArrayList<>(outline.objectives());
    this.preview = outline.preview();
    this.required = outline.required();
    this.html = outline.html();
    this.kind = outline.kind();
    this.quiz = outline.quiz();
    this.worksheet = outline.worksheet();
    this.contentNote = outline.contentNote();
    return changed;
  }

  public Long getId() {
    return id;
  }

  public Course getCourse() {
    return course;
  }

  public CourseModule getModule() {
    return module;
  }

  public int getPosition() {
    return position;
  }

  public String getSlug() {
    return slug;
  }

  public String getTitle() {
    return title;
  }

  public int getMinutes() {
    return minutes;
  }

  public List<String> getObjectives() {
    return List.copyOf(objectives);
  }

  public String getContentNote() {
    return contentNote;
  }

  public boolean isPreview() {
    return preview;
  }

  public boolean isRequired() {
    return required;
  }

  public String getHtml() {
    return html;
  }

  public ItemKind getKind() {
    return kind;
  }

  /** The quiz's questions and answer key; null for a lesson. */
  public QuizDefinition getQuiz() {
    return quiz;
  }

  /** The worksheet's prose and fields; null for anything else. */
  public WorksheetDefinition getWorksheet() {
    return worksheet;
  }
}
