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
import org.hearth.domain.account.DisplayChoice;
import org.hearth.domain.catalog.Course;
import org.hearth.domain.certificate.Certificate;
import org.hearth.domain.enrolment.Enrolment;
import org.hearth.domain.progress.LessonCompletion;
import org.hearth.domain.quiz.QuizAttempt;
import org.hearth.domain.quiz.QuizDraft;
import org.hearth.domain.worksheet.WorksheetAnswer;
import org.hearth.infrastructure.persistence.AccountRepository;
import org.hearth.infrastructure.persistence.CertificateRepository;
import org.hearth.infrastructure.persistence.CourseRepository;
import org.hearth.infrastructure.persistence.NoteRepository;
import org.hearth.infrastructure.persistence.ProgressRepository;
import org.hearth.infrastructure.persistence.QuizRepository;
import org.hearth.infrastructure.persistence.WorksheetRepository;

/**
 * A learner's rights over their data: a copy of everything Hearth holds about them, and deleting
 * it. Deletion removes the account, its enrolments, lesson completions, quiz attempts, quiz answers
 * in progress, worksheet answers, private notes and certificates outright; nothing personal is kept
 * (see the README).
 */
@ApplicationScoped
public class LearnerDataService {

  private static final Logger LOG = Logger.getLogger(LearnerDataService.class.getName());

  @Inject AccountRepository accounts;
  @Inject ProgressRepository progress;
  @Inject CourseRepository courses;
  @Inject SignInThrottles throttles;
  @Inject QuizRepository quizzes;
  @Inject WorksheetRepository worksheets;
  @Inject CertificateRepository certificateRows;
  @Inject NoteRepository notes;

  /** Everything about one account, shaped for JSON. */
  public record Export(
      Instant exportedAt,
      AccountData account,
      List<EnrolmentData> enrolments,
      List<CompletionData> completedLessons,
      List<QuizAttemptData> quizAttempts,
      List<QuizDraftData> quizAnswersInProgress,
      List<WorksheetAnswerData> worksheetAnswers,
      List<NoteData> privateNotes,
      List<CertificateData> certificates) {}

  /** A private note, with the lesson's title when it was last saved. */
  public record NoteData(
      String course, String lesson, String lessonTitle, String note, Instant savedAt) {}

  public record WorksheetAnswerData(
      String course, String worksheet, String field, String answer, Instant savedAt) {}

  public record CertificateData(
      String course, String nameOnCertificate, java.time.LocalDate completedOn, String code) {}

  /**
   * Whether a recovery code is set, never the code or its hash; the discreet-mode choice; and the
   * colours and text size chosen (such as "dark.large"), null until chosen.
   */
  public record AccountData(
      String email,
      String displayName,
      Instant createdAt,
      List<String> roles,
      boolean recoveryCodeSet,
      String discreetMode,
      String display) {}

  public record EnrolmentData(
      String course, boolean active, Instant enrolledAt, String lastLesson, Instant completedAt) {}

  public record CompletionData(String course, String lesson, Instant completedAt) {}

  /** One submitted attempt, with the answers as given (question key to values). */
  public record QuizAttemptData(
      String course,
      String quiz,
      int attempt,
      Instant submittedAt,
      double score,
      double maxScore,
      double percent,
      boolean passed,
      Map<String, List<String>> answers) {}

  public record QuizDraftData(
      String course, String quiz, Instant savedAt, Map<String, List<String>> answers) {}

  @Transactional(Transactional.TxType.SUPPORTS)
  public Export export(long accountId, Instant now) {
    Account account =
        accounts
            .findById(accountId)
            .orElseThrow(() -> new AccountProblem(null, "This account no longer exists."));
    Map<Long, String> courseSlugs = courseSlugs();
    List<EnrolmentData> enrolments = enrolments(accountId, courseSlugs);
    List<CompletionData> completions = completions(accountId, courseSlugs);
    return new Export(
        now,
        new AccountData(
            account.getEmail(),
            account.getDisplayName(),
            account.getCreatedAt(),
            account.roles().stream().map(r -> r.group()).sorted().toList(),
            account.hasRecoveryCode(),
            DisplayChoice.word(account.getDiscreetMode()),
            account.getDisplayChoice().map(DisplayChoice::cookieValue).orElse(null)),
        enrolments,
        completions,
        quizAttempts(accountId, courseSlugs),
        quizDrafts(accountId, courseSlugs),
        worksheetAnswers(accountId, courseSlugs),
        notes.allOf(accountId).stream()
            .map(
                n ->
                    new NoteData(
                        courseSlugs.get(n.getCourseId()),
                        n.getLessonSlug(),
                        n.getLessonTitle(),
                        n.getBody(),
                        n.getSavedAt()))
            .toList(),
        certificates(accountId, courseSlugs));
  }

  /** Courses by id, named in the export by their slug, which means something outside Hearth. */
  private Map<Long, String> courseSlugs() {
    Map<Long, String> courseSlugs = new HashMap<>();
    for (Course course : courses.findAll()) {
      courseSlugs.put(course.getId(), course.getSlug());
    }
    return courseSlugs;
  }

  private List<EnrolmentData> enrolments(long accountId, Map<Long, String> courseSlugs) {
    List<EnrolmentData> enrolments = new ArrayList<>();
    for (Enrolment e : progress.allEnrolments(accountId)) {
      enrolments.add(
          new EnrolmentData(
              courseSlugs.get(e.getCourseId()),
              e.isActive(),
              e.getEnrolledAt(),
              e.getLastLessonSlug(),
              e.getCompletedAt()));
    }
    return enrolments;
  }

  private List<CompletionData> completions(long accountId, Map<Long, String> courseSlugs) {
    List<LessonCompletion> done = progress.completions(accountId);
    Map<Long, String> lessonSlugs =
        courses.lessonSlugs(done.stream().map(LessonCompletion::getLessonId).toList());
    List<CompletionData> completions = new ArrayList<>();
    for (LessonCompletion c : done) {
      completions.add(
          new CompletionData(
              courseSlugs.get(c.getCourseId()),
              lessonSlugs.get(c.getLessonId()),
              c.getCompletedAt()));
    }
    return completions;
  }

  private List<QuizAttemptData> quizAttempts(long accountId, Map<Long, String> courseSlugs) {
    List<QuizAttempt> attempts = quizzes.allAttemptsOf(accountId);
    Map<Long, String> itemSlugs =
        courses.lessonSlugs(attempts.stream().map(QuizAttempt::getLessonId).distinct().toList());
    List<QuizAttemptData> data = new ArrayList<>();
    for (QuizAttempt a : attempts) {
      data.add(
          new QuizAttemptData(
              courseSlugs.get(a.getCourseId()),
              itemSlugs.get(a.getLessonId()),
              a.getNumber(),
              a.getSubmittedAt(),
              a.getScore(),
              a.getMaxScore(),
              a.getPercent(),
              a.isPassed(),
              a.getAnswers().byQuestion()));
    }
    return data;
  }

  private List<QuizDraftData> quizDrafts(long accountId, Map<Long, String> courseSlugs) {
    List<QuizDraft> drafts = quizzes.allDraftsOf(accountId);
    Map<Long, String> itemSlugs =
        courses.lessonSlugs(drafts.stream().map(QuizDraft::getLessonId).distinct().toList());
    Map<Long, Long> courseOfItem =
        courses.courseIdsOfLessons(drafts.stream().map(QuizDraft::getLessonId).distinct().toList());
    List<QuizDraftData> data = new ArrayList<>();
    for (QuizDraft d : drafts) {
      data.add(
          new QuizDraftData(
              courseSlugs.get(courseOfItem.get(d.getLessonId())),
              itemSlugs.get(d.getLessonId()),
              d.getSavedAt(),
              d.getAnswers().byQuestion()));
    }
    return data;
  }

  private List<WorksheetAnswerData> worksheetAnswers(
      long accountId, Map<Long, String> courseSlugs) {
    List<WorksheetAnswer> answers = worksheets.allAnswersOf(accountId);
    List<Long> items = answers.stream().map(WorksheetAnswer::getLessonId).distinct().toList();
    Map<Long, String> itemSlugs = courses.lessonSlugs(items);
    Map<Long, Long> courseOfItem = courses.courseIdsOfLessons(items);
    List<WorksheetAnswerData> data = new ArrayList<>();
    for (WorksheetAnswer a : answers) {
      data.add(
          new WorksheetAnswerData(
              courseSlugs.get(courseOfItem.get(a.getLessonId())),
              itemSlugs.get(a.getLessonId()),
              a.getFieldName(),
              a.getAnswer(),
              a.getSavedAt()));
    }
    return data;
  }

  private List<CertificateData> certificates(long accountId, Map<Long, String> courseSlugs) {
    List<CertificateData> data = new ArrayList<>();
    for (Certificate c : certificateRows.allOf(accountId)) {
      data.add(
          new CertificateData(
              courseSlugs.get(c.getCourseId()),
              c.getNameOnCertificate(),
              c.getCompletedOn(),
              c.getCode()));
    }
    return data;
  }

  /** Deletes the account and everything attached to it, in one transaction. */
  @Transactional
  public void delete(long accountId) {
    worksheets.removeAllOf(accountId);
    notes.removeAllOf(accountId);
    certificateRows.removeAllOf(accountId);
    quizzes.removeAllOf(accountId);
    progress.removeAllOf(accountId);
    accounts
        .findById(accountId)
        .ifPresent(
            account -> {
              throttles.clearWithin(SignInThrottles.accountKey(account.getEmail()));
              accounts.remove(account);
            });
    LOG.info(() -> "Account " + accountId + " was deleted at its owner's request");
  }
}
