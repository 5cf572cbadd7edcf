package org.hearth.application.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.hearth.domain.account.Account;
import org.hearth.domain.catalog.Course;
import org.hearth.domain.enrolment.Enrolment;
import org.hearth.domain.progress.LessonCompletion;
import org.hearth.infrastructure.persistence.AccountRepository;
import org.hearth.infrastructure.persistence.CourseRepository;
import org.hearth.infrastructure.persistence.ProgressRepository;

/**
 * A learner's rights over their data: a copy of everything Hearth holds about them, and deleting
 * it. Deletion removes the account, its enrolments and its lesson completions outright; nothing
 * personal is kept (see the README).
 */
@ApplicationScoped
public class LearnerDataService {

  private static final Logger LOG = Logger.getLogger(LearnerDataService.class.getName());

  @Inject AccountRepository accounts;
  @Inject ProgressRepository progress;
  @Inject CourseRepository courses;
  @Inject SignInThrottles throttles;

  /** Everything about one account, shaped for JSON. */
  public record Export(
      Instant exportedAt, AccountData account, List<EnrolmentData> enrolments, List<CompletionData> completedLessons) {}

  public record AccountData(String email, String displayName, Instant createdAt, List<String> roles) {}

  public record EnrolmentData(String course, boolean active, Instant enrolledAt, String lastLesson, Instant completedAt) {}

  public record CompletionData(String course, String lesson, Instant completedAt) {}

  @Transactional(Transactional.TxType.SUPPORTS)
  public Export export(long accountId, Instant now) {
    Account account = accounts.findById(accountId).orElseThrow(() -> new AccountProblem(null, "This account no longer exists."));
    Map<Long, String> courseSlugs = new HashMap<>();
    for (Course course : courses.findAll()) {
      courseSlugs.put(course.getId(), course.getSlug());
    }
    List<EnrolmentData> enrolments = new ArrayList<>();
    for (Enrolment e : progress.allEnrolments(accountId)) {
      enrolments.add(new EnrolmentData(courseSlugs.get(e.getCourseId()), e.isActive(), e.getEnrolledAt(), e.getLastLessonSlug(), e.getCompletedAt()));
    }
    List<LessonCompletion> done = progress.completions(accountId);
    Map<Long, String> lessonSlugs = courses.lessonSlugs(done.stream().map(LessonCompletion::getLessonId).toList());
    List<CompletionData> completions = new ArrayList<>();
    for (LessonCompletion c : done) {
      completions.add(new CompletionData(courseSlugs.get(c.getCourseId()), lessonSlugs.get(c.getLessonId()), c.getCompletedAt()));
    }
    return new Export(now,
        new AccountData(account.getEmail(), account.getDisplayName(), account.getCreatedAt(),
            account.roles().stream().map(r -> r.group()).sorted().toList()),
        enrolments, completions);
  }

  /** Deletes the account and everything attached to it, in one transaction. */
  @Transactional
  public void delete(long accountId) {
    progress.removeAllOf(accountId);
    accounts.findById(accountId).ifPresent(account -> {
      throttles.clearWithin(SignInThrottles.accountKey(account.getEmail()));
      accounts.remove(account);
    });
    LOG.info(() -> "Account " + accountId + " was deleted at its owner's request");
  }
}
