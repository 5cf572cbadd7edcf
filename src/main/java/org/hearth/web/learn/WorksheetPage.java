package org.hearth.web.learn;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.hearth.application.catalog.LessonView;
import org.hearth.application.worksheet.WorksheetProblem;
import org.hearth.application.worksheet.WorksheetService;
import org.hearth.domain.worksheet.WorksheetDefinition;
import org.hearth.domain.worksheet.WorksheetField;
import org.hearth.web.account.CurrentUser;
import org.hearth.web.shared.NextPageNotice;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The worksheet part of an item page (/learn/{course}/{worksheet}): its prose and fields, filled in
 * with the learner's own answers, which save as they write; downloads; and clearing.
 */
@Named
@RequestScoped
public class WorksheetPage {

  private static final List<String> SCALE =
      IntStream.rangeClosed(0, 10).mapToObj(String::valueOf).toList();

  @Inject LessonPage lessonPage;
  @Inject CurrentUser viewer;
  @Inject WorksheetService worksheets;

  private Map<String, String> answers;

  private LessonView item() {
    return lessonPage.getLesson();
  }

  public WorksheetDefinition getDefinition() {
    return item().worksheet();
  }

  /** Enrolled learners write answers; instructors and administrators read the worksheet only. */
  public boolean isWriting() {
    return viewer.user().isPresent()
        && lessonPage.getProgress() != null
        && lessonPage.getProgress().enrolled();
  }

  public boolean isConfirmingClear() {
    return isWriting() && "confirm".equals(Faces.getRequestParameter("clear"));
  }

  private Map<String, String> answers() {
    if (answers == null) {
      answers = isWriting() ? worksheets.answersOf(viewer.require(), item()) : Map.of();
    }
    return answers;
  }

  public boolean isAnswered() {
    return !answers().isEmpty();
  }

  public String field(WorksheetField field) {
    return WorksheetForm.field(field.name());
  }

  public String type(WorksheetField field) {
    return field.type().name();
  }

  public String value(WorksheetField field) {
    return answers().getOrDefault(field.name(), "");
  }

  public String checked(WorksheetField field) {
    return "true".equals(answers().get(field.name())) ? "checked" : null;
  }

  public String selected(WorksheetField field, String option) {
    return option.equals(answers().get(field.name())) ? "selected" : null;
  }

  public List<String> getScale() {
    return SCALE;
  }

  /** "Save my answers", for browsers without scripts: every field on the form, ticked or not. */
  public void save() throws IOException {
    if (!lessonPage.checkAccess() || !item().isWorksheet() || !isWriting()) {
      return;
    }
    try {
      worksheets.save(
          viewer.require(),
          lessonPage.getCourse(),
          item(),
          WorksheetForm.read(getDefinition(), Faces.getRequestParameterValuesMap()));
      NextPageNotice.info("Your answers are saved. Only you can see them.");
      Faces.redirect(address());
    } catch (WorksheetProblem e) {
      Messages.addGlobalError(e.getMessage());
    }
  }

  /** "Yes, clear my answers", after the confirmation. */
  public void clear() throws IOException {
    if (!lessonPage.checkAccess() || !item().isWorksheet() || !isWriting()) {
      return;
    }
    worksheets.clear(viewer.require(), item());
    NextPageNotice.info("Your answers to this worksheet are cleared.");
    Faces.redirect(address());
  }

  private String address() {
    return Faces.getRequestContextPath()
        + "/learn/"
        + lessonPage.getCourse().slug()
        + "/"
        + item().slug();
  }
}
