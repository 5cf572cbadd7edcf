package org.hearth.web.authoring;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.hearth.application.authoring.AuthoringProblem;
import org.hearth.application.authoring.CourseDrafts;
import org.hearth.application.authoring.DraftPreview;
import org.hearth.application.authoring.GiftQuestions;
import org.hearth.application.authoring.QuizForms;
import org.hearth.application.content.ContentProblem;
import org.hearth.web.account.CurrentUser;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The editor of one draft file, /instructor/item?course={slug}&path={path}, named for its page
 * (quizzes also have a form of their own, {@link InstructorQuizPage}). A lesson's front matter is a
 * form and its body a code-style text area; other files (quizzes, worksheets, course.yaml,
 * module.yaml) are edited as text. The preview beside it is rendered by the learners' pipeline (a
 * script refreshes it as the instructor types), with the file's problems by line. Saving names the
 * version that was opened, so a save over someone else's is refused, not lost.
 */
@Named
@RequestScoped
public class ItemPage {

  @Inject CurrentUser viewer;
  @Inject CourseDrafts drafts;
  @Inject DraftPreview previews;
  @Inject GiftQuestions gifts;
  @Inject QuizForms forms;

  private String slug;
  private String path;
  private long version = -1;
  private boolean loaded;
  private boolean found;
  private String text = "";
  private String title = "";
  private Integer minutes;
  private String objectives = "";
  private boolean preview;
  private boolean required = true;
  private boolean lessonForm;
  private DraftPreview.Preview rendered;

  public void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    if (!AuthoringPages.addressed(slug, path != null)) {
      return;
    }
    try {
      CourseDrafts.OpenFile file =
          drafts
              .open(viewer.require(), slug, path)
              .orElseThrow(
                  () -> new AuthoringProblem(AuthoringProblem.Kind.NOT_FOUND, "Not found"));
      found = true;
      version = file.version();
      fill(file.text());
    } catch (AuthoringProblem e) {
      AuthoringPages.show(e);
    }
  }

  private void fill(String fileText) {
    text = fileText;
    lessonForm = isLesson();
    if (lessonForm) {
      LessonFile lesson = LessonFile.parse(fileText);
      if (lesson.hasForm()) {
        title = lesson.title();
        minutes = lesson.minutes();
        objectives = String.join("\n", lesson.objectives());
        preview = lesson.preview();
        required = lesson.required();
        text = lesson.body();
      } else {
        lessonForm = false;
      }
    }
  }

  public void save() {
    loaded = true;
    found = true;
    try {
      version = AuthoringPages.openedVersion();
      long saved = drafts.save(viewer.require(), slug, path, composed(), version);
      AuthoringPages.saved(
          "item",
          slug,
          path,
          saved,
          "Saved to the draft. Learners see it after the course is published.");
    } catch (AuthoringProblem e) {
      AuthoringPages.show(e);
    }
  }

  /**
   * Adds the questions of pasted GIFT text to the saved quiz: converted into the quiz's YAML, or
   * appended to a GIFT file. With any problem nothing is added, and each problem gives its line in
   * the pasted text.
   */
  public void pasteGift() {
    loaded = true;
    found = true;
    String gift = Faces.getRequestParameter("gift");
    try {
      long opened = AuthoringPages.openedVersion();
      GiftPaste.Pasted pasted = GiftPaste.into(gifts, forms, path, text, gift);
      long savedVersion = drafts.save(viewer.require(), slug, path, pasted.text(), opened);
      AuthoringPages.saved("item", slug, path, savedVersion, pasted.message());
    } catch (IllegalArgumentException e) {
      Messages.addGlobalError(
          "The saved quiz could not be read as YAML, so nothing was added: " + e.getMessage());
    } catch (AuthoringProblem e) {
      giftProblems = AuthoringPages.show(e);
    }
  }

  private List<ContentProblem> giftProblems = List.of();

  public List<ContentProblem> getGiftProblems() {
    return giftProblems;
  }

  public boolean isQuiz() {
    return path != null && (path.endsWith(".quiz.yaml") || path.endsWith(".gift"));
  }

  /** The file text the form holds: front matter from the lesson fields, then the body. */
  String composed() {
    return LessonFile.compose(lessonForm, title, minutes, objectives, preview, required, text);
  }

  /**
   * Reads the course and file from the request before any field is decoded (views are stateless).
   */
  @PostConstruct
  void init() {
    slug = Faces.getRequestParameter("course");
    path = Faces.getRequestParameter("path");
    if (Faces.isPostback()) {
      lessonForm = "true".equals(Faces.getRequestParameter("lesson-form"));
    }
  }

  public boolean isLesson() {
    return path != null && path.endsWith(".md") && !path.endsWith(".worksheet.md");
  }

  public boolean isWorksheet() {
    return path != null && path.endsWith(".worksheet.md");
  }

  public String getKindLabel() {
    if (path == null) {
      return "file";
    }
    if (isWorksheet()) {
      return "worksheet";
    }
    if (path.endsWith(".quiz.yaml") || path.endsWith(".gift")) {
      return "quiz";
    }
    return isLesson() ? "lesson" : "file";
  }

  public List<ContentProblem> getProblems() {
    return preview()
        .map(p -> LessonFile.asShown(p.problems(), lessonForm, composed()))
        .orElse(List.of());
  }

  public String getPreviewHtml() {
    return preview().map(DraftPreview.Preview::html).orElse("");
  }

  public int getDraftProblems() {
    return preview().map(DraftPreview.Preview::draftProblems).orElse(0);
  }

  /**
   * The preview of what the form holds, made when the page is rendered: a save that redirects never
   * reads the draft for a preview it would not show.
   */
  private Optional<DraftPreview.Preview> preview() {
    if (rendered == null && found && AuthoringPages.rendering()) {
      rendered = previews.preview(viewer.require(), slug, path, composed());
    }
    return Optional.ofNullable(rendered);
  }

  /** Loads on first use: on a postback the form is decoded before any page event runs. */
  public boolean isFound() {
    load();
    return found;
  }

  public String getSlug() {
    return slug;
  }

  public String getPath() {
    return path;
  }

  public long getVersion() {
    return version;
  }

  public boolean isLessonForm() {
    return lessonForm;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public Integer getMinutes() {
    return minutes;
  }

  public void setMinutes(Integer minutes) {
    this.minutes = minutes;
  }

  public String getObjectives() {
    return objectives;
  }

  public void setObjectives(String objectives) {
    this.objectives = objectives;
  }

  public boolean isPreview() {
    return preview;
  }

  public void setPreview(boolean preview) {
    this.preview = preview;
  }

  public boolean isRequired() {
    return required;
  }

  public void setRequired(boolean required) {
    this.required = required;
  }
}
