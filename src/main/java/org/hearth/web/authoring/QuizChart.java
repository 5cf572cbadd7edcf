package org.hearth.web.authoring;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.hearth.application.stats.QuizStats;

/**
 * A quiz's per-question percent correct drawn as horizontal bars (a Chart.js configuration for
 * p:chart), and the same figures in words for its label: the chart's shape is kept apart from the
 * page that shows it. The table beside the chart carries the figures for screen readers and
 * keyboards too.
 */
final class QuizChart {

  private static final String PERCENT_CORRECT = "Percent correct";

  private QuizChart() {}

  static String config(QuizStats quiz) {
    JsonObject config =
        Json.createObjectBuilder()
            .add("type", "bar")
            .add("data", data(quiz))
            .add(
                "options",
                Json.createObjectBuilder()
                    .add("indexAxis", "y")
                    .add("animation", false)
                    .add(
                        "plugins",
                        Json.createObjectBuilder()
                            .add("legend", Json.createObjectBuilder().add("display", false)))
                    .add("scales", Json.createObjectBuilder().add("x", percentAxis())))
            .build();
    return config.toString();
  }

  private static JsonObjectBuilder data(QuizStats quiz) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder values = Json.createArrayBuilder();
    for (QuizStats.QuestionStats question : quiz.questions()) {
      labels.add("Question " + question.number());
      values.add(question.percentCorrect());
    }
    return Json.createObjectBuilder()
        .add("labels", labels)
        .add(
            "datasets",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("label", PERCENT_CORRECT)
                        .add("data", values)
                        .add("backgroundColor", "#1f5f5b")));
  }

  private static JsonObjectBuilder percentAxis() {
    return Json.createObjectBuilder()
        .add("min", 0)
        .add("max", 100)
        .add("title", Json.createObjectBuilder().add("display", true).add("text", PERCENT_CORRECT));
  }

  static String label(QuizStats quiz) {
    StringBuilder label =
        new StringBuilder("Percent correct per question in " + quiz.title() + ": ");
    for (QuizStats.QuestionStats question : quiz.questions()) {
      label
          .append("question ")
          .append(question.number())
          .append(' ')
          .append(question.percentCorrect())
          .append("%; ");
    }
    return label.toString().strip();
  }
}
