package org.hearth.infrastructure.content;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The body of a worksheet file split into what it is made of, in order: runs of Markdown prose,
 * field lines and repeated sections, with each one's line in the file. Lines inside fenced code
 * blocks are always prose. Problems with fields and sections are reported at their lines.
 */
final class WorksheetBody {

  /** Stands for the repetition's number in the prose and labels of a repeated section. */
  static final String NUMBER = "{n}";

  static final int MAX_REPEAT = 31;

  // Possessive where a long line could otherwise make a pattern backtrack.
  private static final Pattern FENCE = Pattern.compile("\\s*+(`{3,}+|~{3,}+)(.*)");
  private static final Pattern SECTION = Pattern.compile(" {0,3}:{3,}+(.*)");
  private static final Pattern REPEAT = Pattern.compile("repeat(?:\\s++(\\S*+))?(.*)");

  /** A piece of a worksheet body. */
  sealed interface Part permits Prose, FieldPart, Repeat {}

  /** Consecutive lines of Markdown, the first of them on {@code firstLine} of the file. */
  record Prose(List<String> lines, int firstLine) implements Part {}

  /** A field line that was read without problems. */
  record FieldPart(WorksheetFieldLine field) implements Part {}

  /** A section to show {@code count} times, opened on {@code line}. */
  record Repeat(int count, int line, List<Part> parts) implements Part {}

  private final List<Part> parts = new ArrayList<>();
  private int fieldLines;

  private WorksheetBody() {}

  List<Part> parts() {
    return parts;
  }

  /** How many lines were written as fields, including those reported as wrong. */
  int fieldLines() {
    return fieldLines;
  }

  /**
   * Splits {@code body}, whose first line is line {@code firstLine} of the file at {@code path}.
   */
  static WorksheetBody read(String body, int firstLine, String path, ProblemList problems) {
    WorksheetBody result = new WorksheetBody();
    new Reading(result, path, problems).read(body, firstLine);
    return result;
  }

  /** One pass over the lines of a body. */
  private static final class Reading {

    private final WorksheetBody body;
    private final String path;
    private final ProblemList problems;

    /** Sections opened and not yet closed, innermost first; only the outermost is repeated. */
    private final Deque<OpenSection> open = new ArrayDeque<>();

    private List<String> prose = new ArrayList<>();
    private int proseLine;
    private String fence;
    private int fenceLine;

    Reading(WorksheetBody body, String path, ProblemList problems) {
      this.body = body;
      this.path = path;
      this.problems = problems;
    }

    void read(String text, int firstLine) {
      String[] lines = text.split("\n", -1);
      int count = text.endsWith("\n") ? lines.length - 1 : lines.length;
      for (int i = 0; i < count; i++) {
        line(lines[i], firstLine + i);
      }
      endProse();
      if (fence != null) {
        problems.add(
            path,
            fenceLine,
            "opens a code block with "
                + fence
                + " that is never closed, so every line below it "
                + "is shown as code; close it with a line "
                + fence);
      }
      while (!open.isEmpty()) {
        OpenSection section = open.pop();
        problems.add(
            path,
            section.line,
            "\""
                + section.written
                + "\" is never closed; add a line \":::\" where the section "
                + "ends");
        if (open.isEmpty()) {
          close(section);
        }
      }
    }

    private void line(String text, int number) {
      if (fence != null) {
        prose(text, number);
        if (closesFence(text)) {
          fence = null;
        }
        return;
      }
      Matcher fenceOpening = FENCE.matcher(text);
      if (fenceOpening.matches()
          && !(fenceOpening.group(1).startsWith("`") && fenceOpening.group(2).contains("`"))) {
        fence = fenceOpening.group(1);
        fenceLine = number;
        prose(text, number);
        return;
      }
      Matcher section = SECTION.matcher(text);
      if (section.matches()) {
        sectionLine(section, text, number);
      } else if (WorksheetFieldLine.isField(text)) {
        endProse();
        body.fieldLines++;
        WorksheetFieldLine.read(text, number, path, problems)
            .ifPresent(f -> target().add(new FieldPart(f)));
      } else {
        proseLine(text, number);
      }
    }

    /** A ":::" line: the end of a section, or the start of one. */
    private void sectionLine(Matcher section, String text, int number) {
      endProse();
      String rest = withoutClosingColons(section.group(1));
      if (rest.isEmpty()) {
        closeSection(number);
      } else {
        openSection(WorksheetFieldLine.quote(text.strip()), rest, number);
      }
    }

    /** A line of prose, which must not hide a field in its text (code is exempt). */
    private void proseLine(String text, int number) {
      if (!text.startsWith("    ")
          && !text.startsWith("\t")
          && WorksheetFieldLine.holdsField(text)) {
        problems.add(
            path,
            number,
            "holds a field inside other text; write each field on a line of its own, "
                + "such as [What helped today?]{long #what-helped}");
      }
      prose(text, number);
    }

    /** Pandoc allows colons at the end of an opening line too: "::: repeat 7 :::". */
    private static String withoutClosingColons(String text) {
      String rest = text.strip();
      int end = rest.length();
      while (end > 0 && rest.charAt(end - 1) == ':') {
        end--;
      }
      return rest.substring(0, end).strip();
    }

    private boolean closesFence(String text) {
      String stripped = text.strip();
      return stripped.length() >= fence.length()
          && stripped.chars().allMatch(c -> c == fence.charAt(0));
    }

    private void openSection(String written, String rest, int number) {
      Matcher repeat = REPEAT.matcher(rest);
      int count = 0;
      if (!repeat.matches()) {
        problems.add(
            path,
            number,
            "\""
                + written
                + "\" is not a section a worksheet knows; the only one is a repeated section,"
                + " opened with a line such as \"::: repeat 7\" and closed with a line \":::\"");
      } else if (!open.isEmpty()) {
        problems.add(
            path,
            number,
            "opens a repeated section inside the one opened on line "
                + open.getLast().line
                + "; sections cannot be nested, so close that one with \":::\" first");
      } else {
        count = repeatCount(repeat, number);
      }
      open.push(new OpenSection(written, number, count));
    }

    private int repeatCount(Matcher repeat, int number) {
      String written = repeat.group(1) == null ? "" : repeat.group(1);
      if (repeat.group(2).isBlank() && written.matches("\\d{1,9}")) {
        int count = Integer.parseInt(written);
        if (count >= 1 && count <= MAX_REPEAT) {
          return count;
        }
      }
      problems.add(
          path,
          number,
          "\"::: repeat\" needs how many times to repeat, a whole number from 1 to "
              + MAX_REPEAT
              + ", such as \"::: repeat 7\"; not \""
              + WorksheetFieldLine.quote((written + repeat.group(2)).strip())
              + "\"");
      return 1;
    }

    private void closeSection(int number) {
      if (open.isEmpty()) {
        problems.add(
            path,
            number,
            "closes a section with \":::\", but no section is open; open one above it with a line "
                + "such as \"::: repeat 7\"");
        return;
      }
      OpenSection section = open.pop();
      if (open.isEmpty()) {
        close(section);
      }
    }

    /**
     * Adds an outermost section; one that is not a repeat, already reported, adds its parts as they
     * are.
     */
    private void close(OpenSection section) {
      if (section.count == 0) {
        body.parts.addAll(section.parts);
      } else {
        body.parts.add(new Repeat(section.count, section.line, List.copyOf(section.parts)));
      }
    }

    private void prose(String text, int number) {
      if (prose.isEmpty()) {
        proseLine = number;
      }
      prose.add(text);
    }

    private void endProse() {
      if (!prose.isEmpty()) {
        target().add(new Prose(List.copyOf(prose), proseLine));
        prose = new ArrayList<>();
      }
    }

    /** Where the next part goes: the outermost open section, or the body itself. */
    private List<Part> target() {
      return open.isEmpty() ? body.parts : open.getLast().parts;
    }
  }

  /**
   * A section whose closing ":::" has not been met yet; a count of 0 marks one that is not a
   * repeat.
   */
  private static final class OpenSection {
    final String written;
    final int line;
    final int count;
    final List<Part> parts = new ArrayList<>();

    OpenSection(String written, int line, int count) {
      this.written = written;
      this.line = line;
      this.count = count;
    }
  }
}
