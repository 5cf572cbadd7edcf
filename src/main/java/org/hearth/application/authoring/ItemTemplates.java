package org.hearth.application.authoring;

import org.hearth.domain.catalog.ItemKind;

/** The first text of a new course, lesson, quiz or worksheet: valid, short, and easy to replace. */
final class ItemTemplates {

  private ItemTemplates() {}

  /** A new course's course.yaml: its title, open enrolment, and its creator as instructor. */
  static String courseYaml(String title, String instructor) {
    return "title: "
        + SourceTitles.quoted(title)
        + "\n"
        + "summary: \"\"\n"
        + "enrolment: open\n"
        + "instructors:\n  - "
        + instructor
        + "\n";
  }

  static String of(ItemKind kind, String title) {
    String heading = "title: " + SourceTitles.quoted(title) + "\n";
    return switch (kind) {
      case LESSON -> "---\n" + heading + "---\nWrite the lesson here, in Markdown.\n";
      case WORKSHEET ->
          "---\n"
              + heading
              + "---\n"
              + "A sentence or two about this worksheet.\n\n"
              + "[What do you notice?]{long #notice}\n";
      case QUIZ ->
          heading
              + "kind: graded\n"
              + "pass_mark: 70\n"
              + "questions:\n"
              + "  - type: single\n"
              + "    prompt: Write the question here.\n"
              + "    options:\n"
              + "      - text: The right answer\n"
              + "        correct: true\n"
              + "      - text: Another answer\n";
    };
  }
}
