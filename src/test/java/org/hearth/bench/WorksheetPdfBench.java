package org.hearth.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.hearth.application.content.ContentScan;
import org.hearth.application.content.CourseFolder;
import org.hearth.application.content.CourseReading;
import org.hearth.domain.catalog.ItemKind;
import org.hearth.domain.catalog.LessonOutline;
import org.hearth.domain.catalog.ModuleOutline;
import org.hearth.domain.worksheet.WorksheetDefinition;
import org.hearth.infrastructure.content.FileSystemContentSource;
import org.hearth.infrastructure.markdown.MarkdownRenderer;
import org.hearth.infrastructure.pdf.WorksheetPdf;
import org.hearth.infrastructure.pdf.WorksheetSamples;

/**
 * How long one worksheet PDF takes to generate, blank and filled in: median and p99 over many
 * generations after a warm-up. Uses the empathy course's regulation practice log as the content
 * folder's reader reads it, or, while that cannot be read, the same log built in code. Run by
 * bench/worksheet-pdf.sh.
 *
 * <p>Arguments: the content folder (default {@code content}). System properties: {@code runs}
 * (default 300 per kind), {@code warmup} (default 300 of each kind).
 */
public final class WorksheetPdfBench {

  private static final String COURSE = "empathy-and-safety";
  private static final String WORKSHEET = "regulation-practice-log";
  private static final String FILE =
      "courses/empathy-and-safety/02-practising-empathy/04-regulation-practice-log.worksheet.md";

  private WorksheetPdfBench() {}

  /** The worksheet to time, and where it came from. */
  private record Subject(
      String courseTitle, String title, WorksheetDefinition worksheet, String source) {}

  public static void main(String[] args) throws Exception {
    Path content = Path.of(args.length > 0 ? args[0] : "content");
    int runs = Integer.getInteger("runs", 300);
    int warmup = Integer.getInteger("warmup", 300);
    if (runs < 1 || warmup < 0) {
      throw new IllegalArgumentException("runs must be at least 1 and warmup at least 0");
    }
    Subject subject = subject(content);
    WorksheetDefinition worksheet = subject.worksheet();
    Map<String, String> answers = WorksheetSamples.answersFor(worksheet);
    WorksheetPdf pdf = new WorksheetPdf();
    Supplier<byte[]> blank = () -> pdf.blank(subject.courseTitle(), subject.title(), worksheet);
    Supplier<byte[]> filled =
        () -> pdf.filled(subject.courseTitle(), subject.title(), worksheet, answers);

    System.out.printf("worksheet: %s%n", subject.source());
    System.out.printf(
        "           %d fields, %d blocks; filled copy answers %d fields%n",
        worksheet.fields().size(), worksheet.blocks().size(), answers.size());
    long warmStart = System.nanoTime();
    long warmBytes = 0; // used below, so the JIT cannot drop the work
    for (int i = 0; i < warmup; i++) {
      warmBytes += blank.get().length + filled.get().length;
    }
    System.out.printf(
        "warm-up:   %d blank + %d filled in %.1f s (%d KB)%n",
        warmup, warmup, (System.nanoTime() - warmStart) / 1e9, warmBytes / 1024);
    report("blank", blank, runs);
    report("filled", filled, runs);
  }

  private static void report(String kind, Supplier<byte[]> generate, int runs) throws Exception {
    long[] nanos = new long[runs];
    byte[] last = null;
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      last = generate.get();
      nanos[i] = System.nanoTime() - start;
    }
    Arrays.sort(nanos);
    int pages;
    try (PDDocument document = Loader.loadPDF(last)) {
      pages = document.getNumberOfPages();
    }
    System.out.printf(
        "%-7s median %6.2f ms   p99 %6.2f ms   min %6.2f ms   max %6.2f ms   (%d runs; %d pages,"
            + " %.1f KB)%n",
        kind + ":",
        millis(percentile(nanos, 50)),
        millis(percentile(nanos, 99)),
        millis(nanos[0]),
        millis(nanos[runs - 1]),
        runs,
        pages,
        last.length / 1024.0);
  }

  /** Nearest-rank percentile of sorted values. */
  private static long percentile(long[] sorted, int percent) {
    int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  private static double millis(long nanos) {
    return nanos / 1e6;
  }

  private static Subject subject(Path content) {
    Path file = content.resolve(FILE);
    if (!Files.isReadable(file)) {
      return fallback("built in code: " + file + " does not exist yet");
    }
    try {
      FileSystemContentSource source = new FileSystemContentSource(content, new MarkdownRenderer());
      ContentScan scan = source.scan();
      Optional<CourseFolder> folder =
          scan.folders().stream().filter(f -> f.slug().equals(COURSE)).findFirst();
      if (folder.isEmpty()) {
        return fallback("built in code: no course folder " + COURSE + " in " + content);
      }
      CourseReading reading = source.read(folder.get());
      if (reading.course().isEmpty()) {
        return fallback(
            "built in code: the course cannot be read yet ("
                + reading.problems().size()
                + " problems, first: "
                + reading.problems().get(0)
                + ")");
      }
      for (ModuleOutline module : reading.course().get().modules()) {
        for (LessonOutline item : module.lessons()) {
          if (item.kind() == ItemKind.WORKSHEET && item.slug().equals(WORKSHEET)) {
            return new Subject(
                reading.course().get().details().title(),
                item.title(),
                item.worksheet(),
                file.toString());
          }
        }
      }
      return fallback(
          "built in code: "
              + file
              + " exists but its reader does not return it as a worksheet yet");
    } catch (RuntimeException e) {
      return fallback("built in code: reading " + file + " failed: " + e);
    }
  }

  private static Subject fallback(String why) {
    return new Subject(
        "Empathy and Safety After Betrayal",
        "Regulation practice log",
        WorksheetSamples.regulationLog(),
        why);
  }
}
