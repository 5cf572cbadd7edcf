package org.hearth.application.worksheet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Logger;
import org.hearth.application.account.SignedInUser;
import org.hearth.application.catalog.CourseView;
import org.hearth.application.catalog.LessonView;
import org.hearth.application.progress.CourseProgress;
import org.hearth.application.progress.ProgressService;
import org.hearth.application.shared.Retry;
import org.hearth.domain.worksheet.WorksheetAnswer;
import org.hearth.domain.worksheet.WorksheetDefinition;
import org.hearth.domain.worksheet.WorksheetField;
import org.hearth.infrastructure.persistence.WorksheetRepository;

/**
 * Worksheets: answers saved field by field as the learner writes, visible to that learner only;
 * blank and filled-in PDFs; clearing; and marking a worksheet done.
 */
@ApplicationScoped
public class WorksheetService {

  private static final Logger LOG = Logger.getLogger(WorksheetService.class.getName());

  @Inject WorksheetRepository answers;
  @Inject AnswerWrites writes;
  @Inject ProgressService progress;
  @Inject WorksheetRenderer pdf;
  @Inject Clock clock;

  /** The learner's own answers, by field name. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<String, String> answersOf(SignedInUser learner, LessonView item) {
    definitionOf(item);
    Map<String, String> byField = new TreeMap<>();
    for (WorksheetAnswer answer : answers.answers(learner.id(), item.id())) {
      byField.put(answer.getFieldName(), answer.getAnswer());
    }
    return byField;
  }

  /**
   * Saves the fields given, and only those: two tabs saving different fields both keep theirs.
   * Every value is checked first; one bad value saves nothing and names the field.
   */
  public Instant save(
      SignedInUser learner, CourseView course, LessonView item, Map<String, String> changes) {
    WorksheetDefinition worksheet = definitionOf(item);
    checkEnrolled(learner, course, item);
    Map<String, Optional<String>> checked = new LinkedHashMap<>();
    for (Map.Entry<String, String> change : changes.entrySet()) {
      WorksheetField field =
          worksheet
              .field(change.getKey())
              .orElseThrow(
                  () ->
                      new WorksheetProblem(
                          "This worksheet has no field named \""
                              + shorten(change.getKey())
                              + "\"."));
      checked.put(field.name(), AnswerRules.check(field, change.getValue()));
    }
    Instant now = clock.instant();
    // Two tabs inserting the same field at once: the loser tries again as an update.
    Retry.write(() -> writes.write(learner.id(), item.id(), checked, now));
    return now;
  }

  /** Deletes every answer the learner gave in this worksheet. */
  public int clear(SignedInUser learner, LessonView item) {
    definitionOf(item);
    int removed = writes.clear(learner.id(), item.id());
    LOG.fine(() -> "Account " + learner.id() + " cleared worksheet " + item.id());
    return removed;
  }

  /** "Mark as done": a required worksheet then counts as complete. */
  public CourseProgress markDone(SignedInUser learner, CourseView course, LessonView item) {
    definitionOf(item);
    checkEnrolled(learner, course, item);
    return progress.complete(learner, course, item);
  }

  /** The blank worksheet; its document details name nothing when it is discreet for them. */
  public byte[] blankPdf(Optional<SignedInUser> who, CourseView course, LessonView item) {
    byte[] blank = pdf.blank(course.title(), item.title(), definitionOf(item));
    return SignedInUser.discreetIn(who, course.discreet()) ? pdf.withNeutralDetails(blank) : blank;
  }

  /** The worksheet with the learner's answers; discreet details as for {@link #blankPdf}. */
  public byte[] filledPdf(SignedInUser learner, CourseView course, LessonView item) {
    byte[] filled =
        pdf.filled(course.title(), item.title(), definitionOf(item), answersOf(learner, item));
    return SignedInUser.discreetIn(Optional.of(learner), course.discreet())
        ? pdf.withNeutralDetails(filled)
        : filled;
  }

  private void checkEnrolled(SignedInUser learner, CourseView course, LessonView item) {
    CourseProgress current = progress.of(Optional.of(learner), course);
    if (!current.enrolled()) {
      throw new WorksheetProblem("Enrol in the course to keep your answers to its worksheets.");
    }
    if (!current.isUnlocked(item)) {
      throw new WorksheetProblem("This worksheet opens once the item before it is complete.");
    }
  }

  private static WorksheetDefinition definitionOf(LessonView item) {
    if (!item.isWorksheet()) {
      throw new IllegalArgumentException("item " + item.id() + " is not a worksheet");
    }
    return item.worksheet();
  }

  private static String shorten(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}
