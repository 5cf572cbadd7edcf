package org.hearth.application.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hearth.application.account.SignedInUser;
import org.hearth.domain.authoring.CourseDraft;
import org.hearth.domain.authoring.DraftFile;
import org.hearth.domain.authoring.DraftOrigin;
import org.hearth.domain.catalog.ItemKind;
import org.hearth.infrastructure.persistence.CourseRepository;
import org.hearth.infrastructure.persistence.DraftRepository;

/**
 * Every change an instructor makes in the browser, applied to the course's draft and never to what
 * learners read: saving a file (refused with a conflict when someone else saved it since it was
 * opened), creating a course, adding, renaming, reordering and deleting modules and items. Each
 * change locks the draft row, so changes to one course queue up rather than interleave.
 */
@ApplicationScoped
@Transactional
public class CourseDrafts {

  static final String COURSE_YAML = "course.yaml";

  @Inject DraftRepository drafts;
  @Inject CourseRepository courses;
  @Inject DraftAccess access;
  @Inject Clock clock;

  /** A file as the editor opens it: its text and the version a save must name. */
  public record OpenFile(String path, String text, long version, Instant editedAt) {}

  public Optional<OpenFile> open(SignedInUser user, String slug, String path) {
    CourseDraft draft = access.read(user, slug);
    return drafts
        .file(draft.getId(), path)
        .map(f -> new OpenFile(f.getPath(), f.text(), f.getVersion(), f.getEditedAt()));
  }

  /**
   * Saves one file's text. {@code expectedVersion} is the version the editor opened, or -1 for a
   * new file; anything else means someone saved in between, and nothing is written.
   */
  public long save(SignedInUser user, String slug, String path, String text, long expectedVersion) {
    CourseDraft draft = access.change(user, slug);
    DraftPaths.check(path);
    Instant now = clock.instant();
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    Optional<DraftFile> existing = drafts.file(draft.getId(), path);
    DraftFile file;
    if (expectedVersion < 0) {
      if (existing.isPresent()) {
        throw conflict(path, "already exists in the draft");
      }
      file = new DraftFile(draft.getId(), path, bytes, now, user.email());
      drafts.addFile(file);
    } else {
      file =
          existing.orElseThrow(
              () -> conflict(path, "was deleted from the draft since you opened it"));
      if (file.getVersion() != expectedVersion) {
        throw conflict(
            path, "was saved by someone else at " + file.getEditedAt() + ", after you opened it");
      }
      file.replace(bytes, now, user.email());
    }
    if (path.equals(COURSE_YAML)) {
      List<String> instructors = SourceTitles.instructors(text);
      InstructorList.checkChange(user, draft, instructors);
      draft.describe(SourceTitles.title(path, text).orElse(draft.getTitle()), instructors);
    }
    draft.edited(now, user.email());
    drafts.flush();
    return file.getVersion();
  }

  /** Adds or replaces a file the instructor uploaded (an image), whatever its version. */
  public void put(SignedInUser user, String slug, String path, byte[] content) {
    CourseDraft draft = access.change(user, slug);
    DraftPaths.check(path);
    Instant now = clock.instant();
    Optional<DraftFile> existing = drafts.file(draft.getId(), path);
    if (existing.isPresent()) {
      existing.get().replace(content, now, user.email());
    } else {
      drafts.addFile(new DraftFile(draft.getId(), path, content, now, user.email()));
    }
    draft.edited(now, user.email());
  }

  public void delete(SignedInUser user, String slug, String path) {
    CourseDraft draft = access.change(user, slug);
    DraftFile file =
        drafts
            .file(draft.getId(), path)
            .orElseThrow(
                () -> AuthoringProblem.notFound("The file \"" + Display.clip(path) + "\""));
    drafts.removeFile(file);
    draft.edited(clock.instant(), user.email());
  }

  /** Creates a course with only a course.yaml, taught by its creator. */
  public CourseDraft create(SignedInUser user, String title) {
    if (title == null || title.isBlank() || title.length() > 200) {
      throw new AuthoringProblem(
          AuthoringProblem.Kind.INVALID, "Give the course a title of 1 to 200 characters.");
    }
    DraftTitles.refuseHidden(title);
    Set<String> taken = new HashSet<>(courses.revisions().keySet());
    drafts.all().forEach(d -> taken.add(d.getSlug()));
    String slug = Slugs.unique(title, taken);
    Instant now = clock.instant();
    CourseDraft draft =
        new CourseDraft(slug, title.strip(), DraftOrigin.BROWSER, now, user.email());
    draft.describe(title.strip(), List.of(user.email()));
    drafts.add(draft);
    String yaml = ItemTemplates.courseYaml(title.strip(), user.email());
    drafts.addFile(
        new DraftFile(
            draft.getId(), COURSE_YAML, yaml.getBytes(StandardCharsets.UTF_8), now, user.email()));
    return draft;
  }

  /** Adds a module at the end of the course; returns its folder. */
  public String addModule(SignedInUser user, String slug, String title) {
    CourseDraft draft = access.change(user, slug);
    String clean = DraftTitles.require(title);
    DraftOutline outline = DraftOutline.of(access.files(draft));
    String dir =
        String.format(
            "%02d-%s", outline.modules().size() + 1, Slugs.unique(clean, outline.moduleSlugs()));
    addText(draft, user, dir + "/module.yaml", "title: " + SourceTitles.quoted(clean) + "\n");
    return dir;
  }

  /** Adds a lesson, quiz or worksheet at the end of a module; returns its path. */
  public String addItem(
      SignedInUser user, String slug, String moduleDir, ItemKind kind, String title) {
    CourseDraft draft = access.change(user, slug);
    String clean = DraftTitles.require(title);
    DraftOutline outline = DraftOutline.of(access.files(draft));
    DraftOutline.Module module =
        outline
            .module(moduleDir)
            .orElseThrow(
                () -> AuthoringProblem.notFound("The module \"" + Display.clip(moduleDir) + "\""));
    String itemSlug = Slugs.unique(clean, outline.itemSlugs());
    String extension =
        switch (kind) {
          case LESSON -> ".md";
          case QUIZ -> ".quiz.yaml";
          case WORKSHEET -> ".worksheet.md";
        };
    String path =
        moduleDir + "/" + DraftOutline.numbered(module.items().size() + 1, itemSlug, extension);
    addText(draft, user, path, ItemTemplates.of(kind, clean));
    return path;
  }

  /** Sets the title of an item, or of a module when {@code path} is its folder. */
  public void retitle(SignedInUser user, String slug, String path, String title) {
    CourseDraft draft = access.change(user, slug);
    String clean = DraftTitles.require(title);
    String filePath = path.contains("/") ? path : path + "/module.yaml";
    DraftFile file =
        drafts
            .file(draft.getId(), filePath)
            .orElseThrow(
                () -> AuthoringProblem.notFound("The file \"" + Display.clip(filePath) + "\""));
    file.replace(
        SourceTitles.retitle(filePath, file.text(), clean).getBytes(StandardCharsets.UTF_8),
        clock.instant(),
        user.email());
    draft.edited(clock.instant(), user.email());
  }

  /** Moves an item one place up (-1) or down (+1) within its module. */
  public void moveItem(SignedInUser user, String slug, String path, int delta) {
    CourseDraft draft = access.change(user, slug);
    DraftOutline outline = DraftOutline.of(access.files(draft));
    String dir = path.substring(0, Math.max(0, path.indexOf('/')));
    DraftOutline.Module module =
        outline
            .module(dir)
            .orElseThrow(
                () -> AuthoringProblem.notFound("The item \"" + Display.clip(path) + "\""));
    OutlineMoves.moved(module.items().stream().map(DraftOutline.Item::path).toList(), path, delta)
        .ifPresent(order -> renumberItems(draft, user, module, order));
  }

  /** Puts a module's items in the given order, as drag and drop does. */
  public void reorderItems(SignedInUser user, String slug, String moduleDir, List<String> paths) {
    CourseDraft draft = access.change(user, slug);
    DraftOutline.Module module =
        DraftOutline.of(access.files(draft))
            .module(moduleDir)
            .orElseThrow(
                () -> AuthoringProblem.notFound("The module \"" + Display.clip(moduleDir) + "\""));
    Set<String> current =
        new HashSet<>(module.items().stream().map(DraftOutline.Item::path).toList());
    if (!current.equals(new HashSet<>(paths)) || current.size() != paths.size()) {
      throw conflict(
          moduleDir, "changed while you were reordering it; reload the page to see its items");
    }
    renumberItems(draft, user, module, paths);
  }

  /** Moves a module one place up (-1) or down (+1). */
  public void moveModule(SignedInUser user, String slug, String dir, int delta) {
    CourseDraft draft = access.change(user, slug);
    DraftOutline outline = DraftOutline.of(access.files(draft));
    Optional<List<String>> moved =
        OutlineMoves.moved(
            outline.modules().stream().map(DraftOutline.Module::dir).toList(), dir, delta);
    if (moved.isEmpty()) {
      return;
    }
    DraftRenames.apply(drafts, clock, draft, user, OutlineMoves.modulePaths(outline, moved.get()));
  }

  public void deleteModule(SignedInUser user, String slug, String dir) {
    CourseDraft draft = access.change(user, slug);
    List<DraftFile> files =
        drafts.files(draft.getId()).stream()
            .filter(f -> f.getPath().startsWith(dir + "/"))
            .toList();
    if (files.isEmpty() || dir.contains("/")) {
      throw AuthoringProblem.notFound("The module \"" + Display.clip(dir) + "\"");
    }
    files.forEach(drafts::removeFile);
    draft.edited(clock.instant(), user.email());
  }

  private void renumberItems(
      CourseDraft draft, SignedInUser user, DraftOutline.Module module, List<String> order) {
    DraftRenames.apply(drafts, clock, draft, user, OutlineMoves.itemPaths(module, order));
  }

  private void addText(CourseDraft draft, SignedInUser user, String path, String text) {
    Instant now = clock.instant();
    drafts.addFile(
        new DraftFile(
            draft.getId(),
            DraftPaths.check(path),
            text.getBytes(StandardCharsets.UTF_8),
            now,
            user.email()));
    draft.edited(now, user.email());
  }

  private static AuthoringProblem conflict(String path, String what) {
    return new AuthoringProblem(
        AuthoringProblem.Kind.CONFLICT,
        "\""
            + Display.clip(path)
            + "\" "
            + what
            + ". Nothing was overwritten: copy your text, reload, and apply your change again.");
  }
}
