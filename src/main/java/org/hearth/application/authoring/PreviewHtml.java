package org.hearth.application.authoring;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.hearth.domain.catalog.LessonOutline;
import org.hearth.domain.quiz.Choice;
import org.hearth.domain.quiz.MatchPair;
import org.hearth.domain.quiz.Question;
import org.hearth.domain.quiz.QuestionType;
import org.hearth.domain.worksheet.WorksheetBlock;

/**
 * The instructor's preview of an item as HTML. Lessons are their rendered, sanitised body; quizzes
 * list each question with its options and which are right (learners never get that part);
 * worksheets show their prose with a placeholder per field. Every fragment is either already
 * sanitised by the content pipeline or escaped here.
 */
final class PreviewHtml {

  private PreviewHtml() {}

  static String of(LessonOutline item) {
    return switch (item.kind()) {
      case LESSON -> item.html();
      case QUIZ -> quiz(item);
      case WORKSHEET -> worksheet(item);
    };
  }

  /** The quiz as a learner meets it (controls disabled), then each question's right answers. */
  private static String quiz(LessonOutline item) {
    StringBuilder html =
        new StringBuilder("<h3>As a learner sees it</h3>")
            .append(item.html() == null ? "" : item.html());
    int number = 0;
    for (Question question : item.quiz().questions()) {
      number++;
      html.append("<fieldset class=\"preview-question\"><legend>Question ")
          .append(number)
          .append("</legend>")
          .append(question.promptHtml());
      html.append(learnerControls(question, number)).append("</fieldset>");
    }
    html.append("<h3>The right answers</h3>");
    number = 0;
    for (Question question : item.quiz().questions()) {
      html.append("<section class=\"preview-question\"><h4>Question ")
          .append(++number)
          .append("</h4>")
          .append(question.promptHtml());
      rightAnswers(question, html);
      html.append("</section>");
    }
    return html.toString();
  }

  /** The options with the right ones marked (or in their right order), and matching pairs. */
  private static void rightAnswers(Question question, StringBuilder html) {
    if (!question.choices().isEmpty()) {
      html.append(question.type() == QuestionType.ORDERING ? "<ol>" : "<ul>");
      for (Choice choice : question.choices()) {
        html.append("<li>")
            .append(choiceHtml(choice))
            .append(
                question.type() != QuestionType.ORDERING && choice.credit() > 0
                    ? " <strong>(right)</strong>"
                    : "")
            .append("</li>");
      }
      html.append(question.type() == QuestionType.ORDERING ? "</ol>" : "</ul>");
    }
    if (!question.pairs().isEmpty()) {
      html.append("<ul>");
      for (MatchPair pair : question.pairs()) {
        html.append("<li>")
            .append(pair.promptHtml())
            .append(" → ")
            .append(escape(pair.answer()))
            .append("</li>");
      }
      html.append("</ul>");
    }
  }

  /**
   * Disabled controls like the learner's page: the options in file order (learners may get them
   * shuffled).
   */
  private static String learnerControls(Question question, int number) {
    StringBuilder html = new StringBuilder();
    String name = "preview-q" + number;
    switch (question.type()) {
      case SINGLE_CHOICE, MULTIPLE_CHOICE, TRUE_FALSE -> choiceControls(question, name, html);
      case SHORT_ANSWER, NUMERICAL ->
          html.append("<p><label>Your answer <input type=\"text\" disabled=\"disabled\" name=\"")
              .append(name)
              .append("\"/></label></p>");
      case MATCHING -> matchingControls(question, html);
      case ORDERING -> orderingControls(question, html);
    }
    return html.toString();
  }

  private static void choiceControls(Question question, String name, StringBuilder html) {
    String type = question.type() == QuestionType.MULTIPLE_CHOICE ? "checkbox" : "radio";
    html.append("<ul class=\"choices\">");
    for (Choice choice : question.choices()) {
      html.append("<li><label><input type=\"")
          .append(type)
          .append("\" disabled=\"disabled\" name=\"")
          .append(name)
          .append("\"/> ")
          .append(choiceHtml(choice))
          .append("</label></li>");
    }
    html.append("</ul>");
  }

  private static void matchingControls(Question question, StringBuilder html) {
    List<String> answers =
        question.pairs().stream().map(MatchPair::answer).distinct().sorted().toList();
    for (MatchPair pair : question.pairs()) {
      html.append("<p><label>")
          .append(pair.promptHtml())
          .append(" <select disabled=\"disabled\"><option>Choose…</option>");
      answers.forEach(a -> html.append("<option>").append(escape(a)).append("</option>"));
      html.append("</select></label></p>");
    }
  }

  private static void orderingControls(Question question, StringBuilder html) {
    List<Choice> items =
        question.choices().stream().sorted(Comparator.comparing(Choice::text)).toList();
    for (Choice choice : items) {
      html.append("<p><label>")
          .append(choiceHtml(choice))
          .append(" <select disabled=\"disabled\"><option>Position</option>");
      for (int i = 1; i <= items.size(); i++) {
        html.append("<option>").append(i).append("</option>");
      }
      html.append("</select></label></p>");
    }
  }

  /** A choice's sanitised HTML, or its plain text escaped when it has none. */
  private static String choiceHtml(Choice choice) {
    return choice.html() == null ? escape(choice.text()) : choice.html();
  }

  private static String worksheet(LessonOutline item) {
    StringBuilder html = new StringBuilder();
    for (WorksheetBlock block : item.worksheet().blocks()) {
      if (block.isField()) {
        html.append("<p class=\"preview-field\">[")
            .append(escape(block.field().label()))
            .append("] <em>(")
            .append(block.field().type().name().toLowerCase(Locale.ROOT))
            .append(" field #")
            .append(escape(block.field().name()))
            .append(")</em></p>");
      } else {
        html.append(block.proseHtml());
      }
    }
    return html.toString();
  }

  static String escape(String text) {
    if (text == null) {
      return "";
    }
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
