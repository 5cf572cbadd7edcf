package org.hearth.web.authoring;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.hearth.application.authoring.AuthoringProblem;
import org.hearth.application.authoring.CourseDetailsDocument;
import org.hearth.application.authoring.CourseDrafts;
import org.hearth.application.authoring.DraftPreview;
import org.hearth.application.content.ContentProblem;
import org.hearth.domain.account.Role;
import org.hearth.web.account.CurrentUser;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The course details form, /instructor/details?course={slug}: every field of course.yaml, from the
 * title to the content note, support resources and enrolment. Administrators also add and remove
 * the course's instructors here. Saving writes the draft's course.yaml; like every edit, learners
 * see it after the next publish.
 */
@Named
@RequestScoped
public class CourseDetailsPage {

  private static final String PATH = "course.yaml";

  @Inject CurrentUser viewer;
  @Inject CourseDrafts drafts;
  @Inject DraftPreview previews;

  private String slug;
  private long version = -1;
  private boolean loaded;
  private CourseDetailsDocument details;
  private List<ContentProblem> problems;
  private String savedText;

  /**
   * Reads the saved course.yaml on first use: on a postback, before the form is decoded into it.
   */
  public void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    slug = Faces.getRequestParameter("course");
    if (!AuthoringPages.addressed(slug, true)) {
      return;
    }
    try {
      CourseDrafts.OpenFile file =
          drafts
              .open(viewer.require(), slug, PATH)
              .orElseThrow(
                  () -> new AuthoringProblem(AuthoringProblem.Kind.NOT_FOUND, "Not found"));
      version = file.version();
      details = CourseDetailsDocument.parse(file.text());
      savedText = file.text();
    } catch (IllegalArgumentException e) {
      Messages.addGlobalError(e.getMessage() + ". Edit course.yaml as text instead.");
    } catch (AuthoringProblem e) {
      AuthoringPages.show(e);
    }
  }

  public void save() {
    if (getDetails() == null) {
      return;
    }
    try {
      drafts.save(viewer.require(), slug, PATH, details.toYaml(), AuthoringPages.openedVersion());
      AuthoringPages.done(
          "Saved the course details to the draft. Learners see them after the course is published.",
          "/instructor/details?course=" + slug);
    } catch (AuthoringProblem e) {
      problems = AuthoringPages.show(e);
    }
  }

  public CourseDetailsDocument getDetails() {
    load();
    return details;
  }

  public boolean isAdministrator() {
    return viewer.require().has(Role.ADMINISTRATOR);
  }

  /**
   * The saved course.yaml's problems, found when the page is rendered, or why a save was refused.
   */
  public List<ContentProblem> getProblems() {
    if (problems == null && savedText != null && AuthoringPages.rendering()) {
      problems = previews.preview(viewer.require(), slug, PATH, savedText).problems();
    }
    return problems == null ? List.of() : problems;
  }

  public String getSlug() {
    load();
    return slug;
  }

  public long getVersion() {
    return version;
  }
}
