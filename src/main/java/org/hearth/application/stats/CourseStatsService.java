package org.hearth.application.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hearth.application.account.SignedInUser;
import org.hearth.application.catalog.CourseCatalog;
import org.hearth.application.catalog.CourseView;
import org.hearth.application.catalog.LessonView;
import org.hearth.application.enrolment.EnrolmentService;
import org.hearth.domain.quiz.Question;
import org.hearth.infrastructure.persistence.ProgressRepository;
import org.hearth.infrastructure.persistence.QuizRepository;
import org.hearth.infrastructure.persistence.WorksheetRepository;

/**
 * Enrolment and completion counts for the courses a person teaches (or all, for administrators).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CourseStatsService {

  @Inject CourseCatalog catalog;
  @Inject ProgressRepository progress;
  @Inject QuizRepository quizzes;
  @Inject WorksheetRepository worksheets;

  public List<CourseStats> visibleTo(SignedInUser user) {
    Map<Long, Long> enrolled = progress.activeEnrolmentCounts();
    List<CourseStats> stats = new ArrayList<>();
    for (CourseView course : catalog.all()) {
      if (EnrolmentService.teachesOrAdministers(user, course)) {
        stats.add(of(course, enrolled.getOrDefault(course.id(), 0L)));
      }
    }
    return stats;
  }

  private CourseStats of(CourseView course, long enrolled) {
    Map<Long, Long> completions = progress.completionCounts(course.id());
    List<CourseStats.LessonStats> lessons = new ArrayList<>();
    for (LessonView lesson : course.lessons()) {
      lessons.add(
          new CourseStats.LessonStats(
              lesson.moduleTitle(),
              lesson.title(),
              lesson.required(),
              completions.getOrDefault(lesson.id(), 0L)));
    }
    return new CourseStats(
        course.slug(),
        course.title(),
        enrolled,
        progress.completedCourseCount(course.id()),
        lessons,
        quizStats(course),
        worksheetStats(course, completions));
  }

  private List<CourseStats.WorksheetStats> worksheetStats(
      CourseView course, Map<Long, Long> completions) {
    Map<Long, Long> withAnswers = worksheets.learnersWithAnswers(course.id());
    List<CourseStats.WorksheetStats> stats = new ArrayList<>();
    for (LessonView item : course.lessons()) {
      if (item.isWorksheet()) {
        stats.add(
            new CourseStats.WorksheetStats(
                item.slug(),
                item.title(),
                withAnswers.getOrDefault(item.id(), 0L),
                completions.getOrDefault(item.id(), 0L)));
      }
    }
    return stats;
  }

  private List<QuizStats> quizStats(CourseView course) {
    Map<Long, QuizRepository.QuizFigures> figures = new HashMap<>();
    quizzes.figures(course.id()).forEach(f -> figures.put(f.lessonId(), f));
    Map<String, QuizRepository.QuestionFigures> questionFigures = new HashMap<>();
    quizzes
        .questionFigures(course.id())
        .forEach(f -> questionFigures.put(f.lessonId() + "/" + f.questionKey(), f));
    List<QuizStats> stats = new ArrayList<>();
    for (LessonView item : course.lessons()) {
      if (item.isQuiz()) {
        stats.add(
            quizStats(
                item,
                figures.getOrDefault(item.id(), new QuizRepository.QuizFigures(item.id(), 0, 0, 0)),
                questionFigures));
      }
    }
    return stats;
  }

  private static QuizStats quizStats(
      LessonView item,
      QuizRepository.QuizFigures f,
      Map<String, QuizRepository.QuestionFigures> questionFigures) {
    boolean graded = item.quiz().graded();
    List<QuizStats.QuestionStats> questions =
        graded ? questionStats(item, questionFigures) : new ArrayList<>();
    double passRate =
        !graded || f.learners() == 0
            ? 0
            : Math.round(f.learnersPassed() * 1000.0 / f.learners()) / 10.0;
    return new QuizStats(
        item.slug(),
        item.title(),
        graded,
        f.attempts(),
        f.learners(),
        graded ? f.learnersPassed() : 0,
        passRate,
        questions);
  }

  /** How well each question of a graded quiz went: average credit, and how many answered it. */
  private static List<QuizStats.QuestionStats> questionStats(
      LessonView item, Map<String, QuizRepository.QuestionFigures> questionFigures) {
    List<QuizStats.QuestionStats> questions = new ArrayList<>();
    int number = 0;
    for (Question question : item.quiz().questions()) {
      number++;
      QuizRepository.QuestionFigures q = questionFigures.get(item.id() + "/" + question.key());
      questions.add(
          new QuizStats.QuestionStats(
              number,
              number + ". " + HtmlExcerpt.excerpt(question.promptHtml(), 80),
              q == null ? 0 : Math.round(q.averageCredit() * 1000) / 10.0,
              q == null ? 0 : q.answered()));
    }
    return questions;
  }
}
