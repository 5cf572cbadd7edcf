package org.hearth.application.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Syncs the content source into the catalog, one course at a time: each valid, changed folder is
 * copied into its course's draft and published. A malformed course is reported and left out while
 * its previous version stays; an unchanged course (same checksum) is skipped without a write; a
 * course edited in the browser since its last sync is reported as a conflict and left as it is; one
 * course's failure never stops the others. Neither an unchanged course nor a refused one whose
 * files and folders did not change since it was refused is parsed again: the checksums the scan
 * computes decide, and the refused one's problems and notes are reported again as they were.
 */
@ApplicationScoped
public class ContentImportService {

  private static final Logger LOG = Logger.getLogger(ContentImportService.class.getName());

  @Inject ContentSource source;
  @Inject CourseFolderDrafts sync;
  @Inject Clock clock;

  private final AtomicReference<ImportReport> last = new AtomicReference<>();
  private final RefusedReadings refused = new RefusedReadings();

  /** Imports every course folder of the configured content source; one import runs at a time. */
  public ImportReport importAll() {
    return importAll(source);
  }

  /**
   * Imports every course folder of {@code source}, such as a folder other than the configured one.
   */
  public synchronized ImportReport importAll(ContentSource source) {
    Instant started = clock.instant();
    long start = System.nanoTime();
    ContentScan scan = source.scan();
    List<CourseImportResult> results = new ArrayList<>();
    for (CourseFolder folder : scan.folders()) {
      results.add(importOne(source, folder, false));
    }
    refused.keepOnly(
        source, scan.folders().stream().map(CourseFolder::slug).collect(Collectors.toSet()));
    ImportReport report =
        new ImportReport(scan.location(), started, millisSince(start), results, scan.problems());
    last.set(report);
    log(report);
    return report;
  }

  /** The report of the most recent import, if one has run since start-up. */
  public Optional<ImportReport> lastReport() {
    return Optional.ofNullable(last.get());
  }

  /**
   * Syncs one course from the configured folder on an instructor's request; with {@code takeFolder}
   * the folder's version replaces one edited in the browser.
   */
  public CourseImportResult syncOne(String slug, boolean takeFolder) {
    return syncOne(source, slug, takeFolder);
  }

  /**
   * As {@link #syncOne(String, boolean)}, from {@code source}, such as a folder other than the
   * configured one.
   */
  public synchronized CourseImportResult syncOne(
      ContentSource source, String slug, boolean takeFolder) {
    Optional<CourseFolder> folder =
        source.scan().folders().stream().filter(f -> f.slug().equals(slug)).findFirst();
    if (folder.isEmpty()) {
      return new CourseImportResult(
          slug,
          "courses/" + slug,
          CourseImportStatus.REJECTED,
          0,
          0,
          List.of(
              new ContentProblem(
                  "courses/" + slug,
                  0,
                  "is not in the content folder, so there is nothing to sync from")),
          List.of());
    }
    return importOne(source, folder.get(), takeFolder);
  }

  /** The content/ folder of a course, if it has one: what the editor compares the draft with. */
  public Optional<CourseFolder> folderOf(String slug) {
    return source.scan().folders().stream().filter(f -> f.slug().equals(slug)).findFirst();
  }

  private CourseImportResult importOne(
      ContentSource source, CourseFolder folder, boolean takeFolder) {
    long start = System.nanoTime();
    Optional<CourseImportResult> skipped = skipped(folder, takeFolder, start);
    if (skipped.isPresent()) {
      return skipped.get();
    }
    Optional<CourseImportResult> refusedBefore = refused.unchanged(source, folder);
    if (refusedBefore.isPresent()) {
      return refusedAgain(refusedBefore.get(), start);
    }
    CourseImportResult result = readAndTake(source, folder, takeFolder, start);
    refused.remember(source, folder, result);
    return result;
  }

  /** Reads a folder and, when it is valid, takes it into its draft. */
  private CourseImportResult readAndTake(
      ContentSource source, CourseFolder folder, boolean takeFolder, long start) {
    CourseReading reading;
    Map<String, byte[]> files;
    try {
      reading = source.read(folder);
      files = reading.course().isPresent() ? source.files(folder) : Map.of();
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Reading " + folder.path() + " failed unexpectedly", e);
      return failed(
          folder,
          start,
          List.of(),
          "could not be read because of an internal error; the log has the details");
    }
    if (reading.course().isEmpty()) {
      return new CourseImportResult(
          folder.slug(),
          folder.path(),
          CourseImportStatus.REJECTED,
          0,
          millisSince(start),
          reading.problems(),
          reading.notes());
    }
    return take(folder, files, reading, takeFolder, start);
  }

  /** A refusal reported again for a folder unchanged since: its problems and notes as they were. */
  private static CourseImportResult refusedAgain(CourseImportResult before, long start) {
    return new CourseImportResult(
        before.slug(),
        before.path(),
        CourseImportStatus.REJECTED,
        0,
        millisSince(start),
        before.problems(),
        before.notes());
  }

  /**
   * Unless the folder is to win regardless: the result for a folder unchanged since its last sync,
   * or for one whose course was edited in the browser since; empty when it is to be read.
   */
  private Optional<CourseImportResult> skipped(
      CourseFolder folder, boolean takeFolder, long start) {
    Optional<CourseFolderDrafts.DraftState> state = sync.state(folder.slug());
    if (!takeFolder
        && state.isPresent()
        && folder.checksum().equals(state.get().folderChecksum())) {
      return Optional.of(
          new CourseImportResult(
              folder.slug(),
              folder.path(),
              CourseImportStatus.UNCHANGED,
              0,
              millisSince(start),
              List.of(),
              List.of()));
    }
    if (!takeFolder && state.isPresent() && state.get().conflictsWith(folder.checksum())) {
      return Optional.of(conflict(folder, start));
    }
    return Optional.empty();
  }

  /** Copies a valid course into its draft and publishes it; a failure keeps the old version. */
  private CourseImportResult take(
      CourseFolder folder,
      Map<String, byte[]> files,
      CourseReading reading,
      boolean takeFolder,
      long start) {
    CourseSource course = reading.course().get();
    try {
      sync.take(folder, files, course, takeFolder);
    } catch (CourseFolderDrafts.Conflict e) {
      return conflict(folder, start);
    } catch (RuntimeException e) {
      LOG.log(
          Level.SEVERE,
          "Saving course " + folder.slug() + " failed; its previous version stays",
          e);
      return failed(
          folder,
          start,
          reading.notes(),
          "could not be saved to the database; its previous version stays. The log has the"
              + " details");
    }
    return new CourseImportResult(
        folder.slug(),
        folder.path(),
        CourseImportStatus.IMPORTED,
        course.lessonCount(),
        millisSince(start),
        List.of(),
        reading.notes());
  }

  private CourseImportResult conflict(CourseFolder folder, long start) {
    return new CourseImportResult(
        folder.slug(),
        folder.path(),
        CourseImportStatus.CONFLICT,
        0,
        millisSince(start),
        List.of(new ContentProblem(folder.path(), 0, CourseFolderDrafts.conflictMessage(folder))),
        List.of());
  }

  private CourseImportResult failed(
      CourseFolder folder, long start, List<ContentProblem> notes, String message) {
    return new CourseImportResult(
        folder.slug(),
        folder.path(),
        CourseImportStatus.FAILED,
        0,
        millisSince(start),
        List.of(new ContentProblem(folder.path(), 0, message)),
        notes);
  }

  private static long millisSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }

  private static void log(ImportReport report) {
    LOG.info(
        () ->
            String.format(
                "Content import from %s took %d ms: %d imported, %d unchanged, %d rejected, %d in"
                    + " conflict, %d failed",
                report.contentDir(),
                report.millis(),
                report.count(CourseImportStatus.IMPORTED),
                report.count(CourseImportStatus.UNCHANGED),
                report.count(CourseImportStatus.REJECTED),
                report.count(CourseImportStatus.CONFLICT),
                report.count(CourseImportStatus.FAILED)));
    report.problems().forEach(p -> LOG.warning(() -> "Content problem: " + p));
    for (CourseImportResult course : report.courses()) {
      course.problems().forEach(p -> LOG.warning(() -> "Content problem: " + p));
      course.notes().forEach(p -> LOG.info(() -> "Content note: " + p));
    }
  }
}
