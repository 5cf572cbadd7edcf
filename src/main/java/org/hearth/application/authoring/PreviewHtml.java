package org.hearth.application.authoring;

import org.hearth.domain.catalog.LessonOutline;
import org.hearth.domain.quiz.Choice;
import org.hearth.domain.quiz.MatchPair;
import org.hearth.domain.quiz.Question;
import org.hearth.domain.worksheet.WorksheetBlock;

/**
 * The instructor's preview of an item as HTML. Lessons are their rendered, sanitised body; quizzes
 * list each question with its options and which are right (learners never get that part); worksheets
 * show their prose with a placeholder per field. Every fragment is either already sanitised by the
 * content pipeline or escaped here.
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

  private static String quiz(LessonOutline item) {
    StringBuilder html = new StringBuilder(item.html() == null ? "" : item.html());
    int number = 0;
    for (Question question : item.quiz().questions()) {
      html.append("<section class=\"preview-question\"><h3>Question ").append(++number).append("</h3>").append(question.promptHtml());
      if (!question.choices().isEmpty()) {
        html.append("<ul>");
        for (Choice choice : question.choices()) {
          html.append("<li>").append(choice.html() == null ? escape(choice.text()) : choice.html())
              .append(choice.credit() > 0 ? " <strong>(right)</strong>" : "").append("</li>");
        }
        html.append("</ul>");
      }
      if (!question.pairs().isEmpty()) {
        html.append("<ul>");
        for (MatchPair pair : question.pairs()) {
          html.append("<li>").append(pair.promptHtml()).append(" → ").append(escape(pair.answer())).append("</li>");
        }
        html.append("</ul>");
      }
      html.append("</section>");
    }
    return html.toString();
  }

  private static String worksheet(LessonOutline item) {
    StringBuilder html = new StringBuilder();
    for (WorksheetBlock block : item.worksheet().blocks()) {
      if (block.isField()) {
        html.append("<p class=\"preview-field\">[").append(escape(block.field().label())).append("] <em>(")
            .append(block.field().type().name().toLowerCase(java.util.Locale.ROOT)).append(" field #").append(escape(block.field().name())).append(")</em></p>");
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
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
  }
}
