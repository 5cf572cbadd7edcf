package org.hearth.web.lesson;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.hearth.application.catalog.CourseView;
import org.hearth.application.catalog.LessonView;
import org.hearth.web.catalog.CourseRoute;
import org.hearth.web.shared.Pages;

/** A lesson (/learn/{course}/{lesson}) with its outline and previous/next links. */
@Named
@RequestScoped
public class LessonPage {

  @Inject CourseRoute route;

  private CourseView course;
  private LessonView lesson;

  public void load() {
    if (route.hasSegmentsBeyond(2)) {
      Pages.notFound();
      return;
    }
    course = route.getCourse();
    lesson = course == null ? null : course.lesson(route.getItemSlug()).orElse(null);
    if (lesson == null) {
      Pages.notFound();
    }
  }

  public CourseView getCourse() {
    return course;
  }

  public LessonView getLesson() {
    return lesson;
  }

  public LessonView getPrevious() {
    return course.previous(lesson).orElse(null);
  }

  public LessonView getNext() {
    return course.next(lesson).orElse(null);
  }

  public boolean isCurrent(LessonView other) {
    return other.slug().equals(lesson.slug());
  }
}
