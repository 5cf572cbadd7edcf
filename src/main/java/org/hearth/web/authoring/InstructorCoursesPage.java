package org.hearth.web.authoring;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hearth.application.authoring.AuthoringProblem;
import org.hearth.application.authoring.CourseArchives;
import org.hearth.application.authoring.CourseDrafts;
import org.hearth.application.authoring.DraftAccess;
import org.hearth.application.content.ContentProblem;
import org.hearth.application.stats.CourseStats;
import org.hearth.application.stats.CourseStatsService;
import org.hearth.application.stats.QuizStats;
import org.hearth.domain.authoring.CourseDraft;
import org.hearth.web.account.CurrentUser;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * "Your courses", /instructor/courses (named for its page): the courses one may edit, creating one
 * and importing a zip as a new course, then the figures of every course one teaches (counts only,
 * never who), with each graded quiz's chart drawn by {@link QuizChart}.
 */
@Named
@RequestScoped
public class InstructorCoursesPage {

  @Inject CurrentUser viewer;
  @Inject DraftAccess access;
  @Inject CourseDrafts drafts;
  @Inject CourseArchives archives;
  @Inject CourseStatsService stats;

  private Map<String, CourseStats> figures;
  private List<CourseStats> courses;

  private List<CourseDraft> editable;
  private String title;
  private Part upload;
  private List<ContentProblem> problems = List.of();

  public List<CourseDraft> getEditable() {
    if (editable == null) {
      editable = access.editableBy(viewer.require());
    }
    return editable;
  }

  /** "12 enrolled · 5 finished (42%)", or a dash before the first publish. */
  public String figures(String slug) {
    if (figures == null) {
      figures = new HashMap<>();
      getCourses().forEach(c -> figures.put(c.slug(), c));
    }
    CourseStats course = figures.get(slug);
    if (course == null) {
      return "not published yet";
    }
    long rate =
        course.enrolled() == 0 ? 0 : Math.round(100.0 * course.finished() / course.enrolled());
    return course.enrolled()
        + " enrolled · "
        + course.finished()
        + " finished (completion rate "
        + rate
        + "%)";
  }

  public void create() {
    try {
      CourseDraft draft = drafts.create(viewer.require(), title);
      AuthoringPages.done(
          "Created \"" + draft.getTitle() + "\". Add a module and a lesson, then publish it.",
          "/instructor/edit?course=" + draft.getSlug());
    } catch (AuthoringProblem e) {
      problems = AuthoringPages.show(e);
    }
  }

  public void importNew() {
    try {
      if (upload == null || upload.getSize() == 0) {
        throw new AuthoringProblem(AuthoringProblem.Kind.INVALID, "Choose a zip to upload.");
      }
      byte[] zip;
      try (InputStream in = upload.getInputStream()) {
        zip = in.readNBytes(60 * 1024 * 1024 + 1);
      }
      CourseDraft draft = archives.importNew(viewer.require(), zip);
      AuthoringPages.done(
          "Imported \"" + draft.getTitle() + "\" as a new course. Check it, then publish it.",
          "/instructor/edit?course=" + draft.getSlug());
    } catch (AuthoringProblem e) {
      problems = AuthoringPages.show(e);
    } catch (IOException e) {
      Messages.addGlobalError("The upload could not be read; please try again.");
    }
  }

  /** Instructors see their own courses; administrators see all. */
  public List<CourseStats> getCourses() {
    if (courses == null) {
      courses = stats.visibleTo(viewer.require());
    }
    return courses;
  }

  public String chart(QuizStats quiz) {
    return QuizChart.config(quiz);
  }

  public String chartLabel(QuizStats quiz) {
    return QuizChart.label(quiz);
  }

  public List<ContentProblem> getProblems() {
    return problems;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public Part getUpload() {
    return upload;
  }

  public void setUpload(Part upload) {
    this.upload = upload;
  }

  public String contextPath() {
    return Faces.getRequestContextPath();
  }
}
