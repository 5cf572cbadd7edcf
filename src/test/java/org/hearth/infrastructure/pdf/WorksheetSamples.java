package org.hearth.infrastructure.pdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hearth.domain.worksheet.FieldType;
import org.hearth.domain.worksheet.WorksheetBlock;
import org.hearth.domain.worksheet.WorksheetDefinition;
import org.hearth.domain.worksheet.WorksheetField;

/** Worksheets built in code for the PDF tests and the PDF benchmark. */
public final class WorksheetSamples {

  private static final String[] PRACTICES = {
    "meditation", "yoga", "weight-lifting", "breathwork", "safe-people", "other"
  };
  private static final String[] PRACTICE_LABELS = {
    "Meditation", "Yoga", "Weight lifting", "Breathwork", "Connecting with safe people", "Other"
  };

  private WorksheetSamples() {}

  /**
   * The empathy course's regulation practice log as its reader expands it: an introduction, then
   * seven days of a date, six practices to tick, another practice, a scale before and after, and
   * four lines on what triggered or helped (77 fields), then a closing note.
   */
  public static WorksheetDefinition regulationLog() {
    List<WorksheetBlock> blocks = new ArrayList<>();
    blocks.add(
        prose(
            """
            > **From the course:** “The first step will be regulating your nervous system.” This log is just for you. \
            There are no right or wrong answers, and you can fill in as much or as little as feels right.

            The lesson names a few ways to regulate: connecting with safe people, or exercises on your own like \
            meditation, yoga, weight lifting or breathwork. It suggests using these practices daily and after triggers.

            For each day, tick what you used, then give a number for how regulated you felt before and after. \
            Think of 0 as not at all and 10 as calm and at home in yourself.

            If a day is hard, that makes sense. You are welcome to leave it blank and come back whenever you like.\
            """));
    for (int day = 1; day <= 7; day++) {
      blocks.add(prose("## Day " + day));
      blocks.add(field("date-" + day, FieldType.DATE, "Date", 1));
      blocks.add(prose("**The practice I used on day " + day + "**"));
      for (int p = 0; p < PRACTICES.length; p++) {
        blocks.add(field(PRACTICES[p] + "-" + day, FieldType.CHECKBOX, PRACTICE_LABELS[p], 1));
      }
      blocks.add(field("other-practice-" + day, FieldType.TEXT, "Other practice", 1));
      blocks.add(prose("**How regulated I felt, from 0 to 10**"));
      blocks.add(field("before-" + day, FieldType.SCALE, "Before the practice", 1));
      blocks.add(field("after-" + day, FieldType.SCALE, "After the practice", 1));
      blocks.add(
          field(
              "triggered-or-helped-" + day,
              FieldType.LONG_TEXT,
              "What triggered me, or what helped?",
              4));
    }
    blocks.add(
        prose(
            """
            ## Looking back

            When the week is done, you may notice which practices help you most, and when. Whatever your week \
            looked like, you make sense.\
            """));
    return new WorksheetDefinition(
        "A private log for the next seven days: which practices you used, how you felt before and"
            + " after, and what triggered or helped you.",
        blocks);
  }

  /** Plausible answers for every field of a worksheet, as a learner would save them. */
  public static Map<String, String> answersFor(WorksheetDefinition worksheet) {
    Map<String, String> answers = new LinkedHashMap<>();
    int n = 0;
    for (WorksheetField field : worksheet.fields()) {
      n++;
      String answer =
          switch (field.type()) {
            case TEXT -> "A slow walk by the river with my sister";
            case LONG_TEXT ->
                "A message from him this morning — I felt my chest tighten and wanted to answer at"
                    + " once.\n"
                    + "I waited, did the “box breathing” from the lesson for five minutes… and then"
                    + " decided not to reply today.";
            case CHECKBOX -> n % 2 == 0 ? "true" : null;
            case SCALE -> String.valueOf(n % 11);
            case DATE -> "2026-11-" + (10 + n % 18);
          };
      if (answer != null) {
        answers.put(field.name(), answer);
      }
    }
    return answers;
  }

  static WorksheetBlock prose(String markdown) {
    return WorksheetBlock.prose("<p>" + markdown + "</p>", markdown);
  }

  static WorksheetBlock field(String name, FieldType type, String label, int lines) {
    return WorksheetBlock.field(new WorksheetField(name, type, label, lines));
  }
}
