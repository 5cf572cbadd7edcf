package org.hearth.infrastructure.content;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.hearth.application.content.MarkdownTooDeep;
import org.hearth.infrastructure.markdown.LinkRewriter;
import org.hearth.infrastructure.markdown.MarkdownRenderer;

/**
 * Renders the Markdown of one course (lessons, quiz texts, worksheet prose) the same way wherever
 * it is written, with its links resolved by {@link CourseLinks} and checked at their lines in the
 * file, and a text nested too deeply reported instead of crashing the import.
 */
final class CourseMarkdown {

  private final MarkdownRenderer markdown;
  private final CourseFiles files;
  private final CourseLinks links;

  CourseMarkdown(MarkdownRenderer markdown, CourseFiles files, CourseLinks links) {
    this.markdown = markdown;
    this.files = files;
    this.links = links;
  }

  /** Renders Markdown that starts at {@code firstLine} of {@code file}. */
  String render(Path file, int firstLine, String text) {
    return render(
        file,
        firstLine,
        text,
        (destination, image, line) ->
            links.rewrite(file, destination, image, line + firstLine - 1));
  }

  /**
   * Quiz Markdown is rendered as lessons are, its links checked at their lines in the quiz file.
   */
  QuizMarkdown forQuiz(Path file) {
    return (text, firstLine) -> render(file, firstLine, text);
  }

  /**
   * Worksheet prose is rendered as lessons are. A repeated section renders its prose once per
   * repetition, so each link is checked once per line of the file and a broken one reported once.
   */
  QuizMarkdown forWorksheet(Path file) {
    Map<String, String> rewritten = new HashMap<>();
    return (text, firstLine) ->
        render(
            file,
            firstLine,
            text,
            (destination, image, line) -> {
              int fileLine = line + firstLine - 1;
              return rewritten.computeIfAbsent(
                  fileLine + (image ? " image " : " link ") + destination,
                  key -> links.rewrite(file, destination, image, fileLine));
            });
  }

  private String render(Path file, int firstLine, String text, LinkRewriter links) {
    LinkRewriter rewriter =
        new LinkRewriter() {
          @Override
          public String rewrite(String destination, boolean image, int line) {
            return links.rewrite(destination, image, line);
          }

          @Override
          public void leftOut(String what) {
            files
                .problems()
                .note(
                    files.relative(file),
                    firstLine,
                    "holds raw HTML that lessons do not show, so it was left out: "
                        + what
                        + " (content/README.md lists the HTML lessons may use)");
          }
        };
    try {
      return markdown.render(LiquidTags.resolve(text, file, files), rewriter);
    } catch (MarkdownTooDeep e) {
      files.problems().add(files.relative(file), e.line() + firstLine - 1, e.getMessage());
      return "";
    }
  }
}
