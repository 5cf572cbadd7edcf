package org.hearth.web.instructor;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;
import org.hearth.application.stats.CourseStats;
import org.hearth.application.stats.CourseStatsService;
import org.hearth.application.stats.QuizStats;
import org.hearth.web.account.CurrentUser;

/** Instructors: enrolment and completion counts for their own courses (administrators: all). */
@Named
@RequestScoped
public class CourseStatsPage {

  @Inject CurrentUser viewer;
  @Inject CourseStatsService stats;

  private List<CourseStats> courses;

  /**
   * A Chart.js configuration for p:chart: per-question percent correct as horizontal bars. The
   * table beside it carries the same figures for screen readers and keyboards.
   */
  public String chart(QuizStats quiz) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder values = Json.createArrayBuilder();
    for (QuizStats.QuestionStats question : quiz.questions()) {
      labels.add("Question " + question.number());
      values.add(question.percentCorrect());
    }
    JsonObject config =
        Json.createObjectBuilder()
            .add("type", "bar")
            .add(
                "data",
                Json.createObjectBuilder()
                    .add("labels", labels)
                    .add(
                        "datasets",
                        Json.createArrayBuilder()
                            .add(
                                Json.createObjectBuilder()
                                    .add("label", "Percent correct")
                                    .add("data", values)
                                    .add("backgroundColor", "#1f5f5b"))))
            .add(
                "options",
                Json.createObjectBuilder()
                    .add("indexAxis", "y")
                    .add("animation", false)
                    .add(
                        "plugins",
                        Json.createObjectBuilder()
                            .add("legend", Json.createObjectBuilder().add("display", false)))
                    .add(
                        "scales",
                        Json.createObjectBuilder()
                            .add(
                                "x",
                                Json.createObjectBuilder()
                                    .add("min", 0)
                                    .add("max", 100)
                                    .add(
                                        "title",
                                        Json.createObjectBuilder()
                                            .add("display", true)
                                            .add("text", "Percent correct")))))
            .build();
    return config.toString();
  }

  public String chartLabel(QuizStats quiz) {
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

  public List<CourseStats> getCourses() {
    if (courses == null) {
      courses = stats.visibleTo(viewer.require());
    }
    return courses;
  }
}
