package org.hearth.domain.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A numbered section of a course that groups lessons. */
@Entity
@Table(name = "course_module")
public class CourseModule {

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "module_ids")
  @TableGenerator(
      name = "module_ids",
      table = "id_sequence",
      pkColumnName = "seq_name",
      valueColumnName = "seq_count",
      pkColumnValue = "course_module",
      allocationSize = 20)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "course_id")
  private Course course;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false, length = 100)
  private String slug;

  @Column(nullable = false, length = 300)
  private String title;

  @Column(length = 1000)
  private String summary;

  /** Owned by the course (see {@link Course#getLessons()}); this side only orders them. */
  @OneToMany(mappedBy = "module")
  @OrderBy("position")
  private List<Lesson> lessons = new ArrayList<>();

  protected CourseModule() {}

  CourseModule(Course course, String slug) {
    this.course = Objects.requireNonNull(course, "course");
    this.slug = Objects.requireNonNull(slug, "slug");
  }

  boolean revise(int position, ModuleOutline outline) {
    boolean changed =
        this.position != position
            || !Objects.equals(title, outline.title())
            || !Objects.equals(summary, outline.summary());
    this.position = position;
    this.title = outline.title();
    this.summary = outline.summary();
    return changed;
  }

  void replaceLessons(List<Lesson> ordered) {
    lessons.clear();
    lessons.addAll(ordered);
  }

  public Long getId() {
    return id;
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

  public String getSummary() {
    return summary;
  }

  public List<Lesson> getLessons() {
    return List.copyOf(lessons);
  }
}
