package org.hearth.web.authoring;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hearth.application.authoring.AuthoringProblem;
import org.hearth.application.authoring.CourseArchives;
import org.hearth.application.authoring.CourseDrafts;
import org.hearth.application.authoring.CourseHistory;
import org.hearth.application.authoring.DraftAccess;
import org.hearth.application.authoring.DraftOutline;
import org.hearth.application.authoring.FileChange;
import org.hearth.application.authoring.FolderSync;
import org.hearth.application.authoring.Publisher;
import org.hearth.application.content.ContentImportService;
import org.hearth.application.content.ContentProblem;
import org.hearth.application.content.CourseFolder;
import org.hearth.application.content.CourseImportResult;
import org.hearth.application.content.CourseImportStatus;
import org.hearth.domain.asset.ImageRefused;
import org.hearth.domain.asset.ImageUpload;
import org.hearth.domain.authoring.CourseDraft;
import org.hearth.domain.authoring.DraftOrigin;
import org.hearth.domain.authoring.VersionSummary;
import org.hearth.domain.catalog.ItemKind;
import org.hearth.web.account.CurrentUser;
import org.hearth.web.shared.NextPageNotice;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The course editor, /instructor/edit?course={slug}: the draft's modules and items (add, retitle,
 * reorder by drag and drop or with Up and Down, delete), publishing, the changes since the last
 * publish, history with restore, images, zip import and export, and content/ sync conflicts. Views
 * are stateless, so every form names its course (and item) in hidden fields.
 */
@Named
@RequestScoped
public class CourseEditorPage {

  @Inject CurrentUser viewer;
  @Inject DraftAccess access;
  @Inject CourseDrafts drafts;
  @Inject CourseHistory history;
  @Inject CourseArchives archives;
  @Inject Publisher publisher;
  @Inject ContentImportService content;
  @Inject FolderSync sync;

  private String slug;
  private CourseDraft draft;
  private DraftOutline outline;
  private List<VersionSummary> versions;
  private Map<String, byte[]> files;
  private List<FileChange> changes;
  private Boolean folderConflict;
  private List<ContentProblem> problems = List.of();
  private String newTitle;
  private String note;
  private Part upload;
  private boolean loaded;

  /** Loads the course named by the request; answers 404 or 403 when there is none to edit. */
  public void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    slug = Faces.getRequestParameter("course");
    if (!AuthoringPages.addressed(slug, true)) {
      return;
    }
    try {
      CourseHistory.Overview overview = history.overview(viewer.require(), slug);
      draft = overview.draft();
      files = overview.files();
      outline = DraftOutline.of(files);
      versions = overview.versions();
    } catch (AuthoringProblem e) {
      AuthoringPages.show(e);
    }
  }

  public void publish() {
    act(
        () -> {
          Publisher.Published published = publisher.publish(viewer.require(), slug, note);
          done(
              "Published version "
                  + published.number()
                  + ". Learners now see it. "
                  + published.summary());
        });
  }

  public void addModule() {
    act(
        () -> {
          drafts.addModule(viewer.require(), slug, newTitle);
          done("Added the module \"" + newTitle.strip() + "\" to the draft.");
        });
  }

  /** Adds to the module the form names; its fields are plain named inputs (see edit.xhtml). */
  public void addItem() {
    String module = Faces.getRequestParameter("module");
    String title = Faces.getRequestParameter("title");
    act(
        () -> {
          String path = drafts.addItem(viewer.require(), slug, module, kindParameter(), title);
          NextPageNotice.info(
              "Added \""
                  + title.strip()
                  + "\" to the draft. Write it here, then publish the course.");
          String editor = path.endsWith(".quiz.yaml") ? "/instructor/quiz" : "/instructor/item";
          Faces.redirect(
              Faces.getRequestContextPath()
                  + editor
                  + "?course="
                  + slug
                  + "&path="
                  + AuthoringPages.encode(path));
        });
  }

  public void retitle() {
    String path = Faces.getRequestParameter("path");
    String title = Faces.getRequestParameter("title");
    act(
        () -> {
          drafts.retitle(viewer.require(), slug, path, title);
          done("Renamed to \"" + title.strip() + "\" in the draft.");
        });
  }

  public void moveUp() {
    move(-1);
  }

  public void moveDown() {
    move(1);
  }

  private void move(int delta) {
    String path = Faces.getRequestParameter("path");
    act(
        () -> {
          if (path != null && path.contains("/")) {
            drafts.moveItem(viewer.require(), slug, path, delta);
          } else {
            drafts.moveModule(viewer.require(), slug, path, delta);
          }
          done("Moved " + (delta < 0 ? "up" : "down") + " in the draft.");
        });
  }

  /** Drag and drop: the script posts the module's item paths in their new order. */
  public void reorder() {
    String module = Faces.getRequestParameter("module");
    String order = Faces.getRequestParameter("order");
    act(
        () -> {
          List<String> paths =
              order == null
                  ? List.of()
                  : Arrays.stream(order.split("\n"))
                      .map(String::strip)
                      .filter(s -> !s.isEmpty())
                      .toList();
          drafts.reorderItems(viewer.require(), slug, module, paths);
          done("Saved the new order in the draft.");
        });
  }

  public void deleteItem() {
    String path = Faces.getRequestParameter("path");
    act(
        () -> {
          if (path != null && path.contains("/")) {
            drafts.delete(viewer.require(), slug, path);
          } else {
            drafts.deleteModule(viewer.require(), slug, path);
          }
          done("Deleted from the draft. Learners keep it until you publish.");
        });
  }

  public void restore() {
    String number = Faces.getRequestParameter("version");
    act(
        () -> {
          int n = Integer.parseInt(number == null ? "0" : number);
          history.restore(viewer.require(), slug, n);
          done("Version " + n + " is now the draft. Learners see no change until you publish.");
        });
  }

  public void uploadImage() {
    act(
        () -> {
          if (upload == null || upload.getSize() == 0) {
            throw new AuthoringProblem(AuthoringProblem.Kind.INVALID, "Choose an image to upload.");
          }
          ImageUpload image;
          try {
            image =
                ImageUpload.check(
                    upload.getSubmittedFileName(), read(upload, ImageUpload.MAX_BYTES + 1));
          } catch (ImageRefused e) {
            throw new AuthoringProblem(AuthoringProblem.Kind.INVALID, e.getMessage());
          }
          drafts.put(viewer.require(), slug, "assets/" + image.storedName(), image.bytes());
          done(
              "Uploaded as assets/"
                  + image.storedName()
                  + ". In a lesson, write ![describe the image](../assets/"
                  + image.storedName()
                  + ").");
        });
  }

  public void importDraft() {
    act(
        () -> {
          if (upload == null || upload.getSize() == 0) {
            throw new AuthoringProblem(AuthoringProblem.Kind.INVALID, "Choose a zip to upload.");
          }
          archives.importAsDraft(viewer.require(), slug, read(upload, 60L * 1024 * 1024 + 1));
          done("The zip is now the draft. Compare it below, then publish when it is right.");
        });
  }

  public void keepBrowserVersion() {
    act(
        () -> {
          access.change(viewer.require(), slug);
          CourseFolder folder =
              content
                  .folderOf(slug)
                  .orElseThrow(
                      () ->
                          new AuthoringProblem(
                              AuthoringProblem.Kind.NOT_FOUND,
                              "The content folder of this course"));
          sync.keepBrowserVersion(slug, folder.checksum());
          done(
              "Kept the browser version. The folder's current files will not be offered again until"
                  + " they change.");
        });
  }

  public void takeFolderVersion() {
    act(
        () -> {
          requireEditable();
          CourseImportResult result = content.syncOne(slug, true);
          if (result.status() != CourseImportStatus.IMPORTED) {
            throw new AuthoringProblem(
                AuthoringProblem.Kind.INVALID,
                "The folder's version could not be taken; nothing changed.",
                result.problems());
          }
          done("Took the folder's version and published it.");
        });
  }

  public void syncNow() {
    act(
        () -> {
          requireEditable();
          CourseImportResult result = content.syncOne(slug, false);
          switch (result.status()) {
            case IMPORTED -> done("Synced from the content folder and published.");
            case UNCHANGED -> done("The content folder has not changed since the last sync.");
            default ->
                throw new AuthoringProblem(
                    AuthoringProblem.Kind.INVALID, "The sync changed nothing.", result.problems());
          }
        });
  }

  /**
   * Whether content/ holds a version of this course that differs from the draft the browser
   * changed. Checking scans the content folder, so it is done once per request, and only for
   * courses from it.
   */
  public boolean isFolderConflict() {
    if (folderConflict == null) {
      folderConflict = false;
      if (draft != null && draft.getOrigin() == DraftOrigin.FOLDER) {
        Optional<CourseFolder> folder = content.folderOf(slug);
        folderConflict =
            folder.isPresent()
                && sync.state(slug)
                    .map(s -> s.conflictsWith(folder.get().checksum()))
                    .orElse(false);
      }
    }
    return folderConflict;
  }

  private void requireEditable() {
    history.draft(viewer.require(), slug);
  }

  private void act(Action action) {
    slug = Faces.getRequestParameter("course");
    try {
      action.run();
    } catch (AuthoringProblem e) {
      problems = AuthoringPages.show(e);
      if (e.kind() != AuthoringProblem.Kind.NOT_FOUND
          && e.kind() != AuthoringProblem.Kind.FORBIDDEN) {
        reload();
      }
    } catch (NumberFormatException e) {
      Messages.addGlobalError("That version number is not a number.");
      reload();
    } catch (IOException e) {
      Messages.addGlobalError("The upload could not be read; please try again.");
      reload();
    }
  }

  private void reload() {
    loaded = false;
    changes = null;
    folderConflict = null;
    load();
  }

  private void done(String message) {
    AuthoringPages.done(message, "/instructor/edit?course=" + slug);
  }

  private static byte[] read(Part part, long limit) throws IOException {
    try (InputStream in = part.getInputStream()) {
      return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit));
    }
  }

  @FunctionalInterface
  private interface Action {
    void run() throws IOException;
  }

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  public String when(Instant at) {
    return at == null ? "" : WHEN.format(at);
  }

  public String getSlug() {
    return slug;
  }

  /** Loads on first use: on a postback the page's forms are decoded before any page event runs. */
  public CourseDraft getDraft() {
    load();
    return draft;
  }

  public DraftOutline getOutline() {
    return outline;
  }

  public List<VersionSummary> getVersions() {
    return versions;
  }

  /**
   * Compared only when the page shows them, not on the postback of a button that then redirects.
   */
  public List<FileChange> getChanges() {
    if (changes == null && files != null && AuthoringPages.rendering()) {
      changes = history.changesOf(viewer.require(), slug, files);
    }
    return changes == null ? List.of() : changes;
  }

  public List<ContentProblem> getProblems() {
    return problems;
  }

  public String getNewTitle() {
    return newTitle;
  }

  public void setNewTitle(String newTitle) {
    this.newTitle = newTitle;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public ItemKind[] getKinds() {
    return ItemKind.values();
  }

  /** How the Add form names a kind of item. */
  public String kindLabel(ItemKind kind) {
    return switch (kind) {
      case LESSON -> "a lesson";
      case QUIZ -> "a quiz";
      case WORKSHEET -> "a worksheet";
    };
  }

  private static ItemKind kindParameter() {
    String kind = Faces.getRequestParameter("kind");
    for (ItemKind known : ItemKind.values()) {
      if (known.name().equals(kind)) {
        return known;
      }
    }
    throw new AuthoringProblem(
        AuthoringProblem.Kind.INVALID, "Choose what to add: a lesson, a quiz or a worksheet.");
  }

  public Part getUpload() {
    return upload;
  }

  public void setUpload(Part upload) {
    this.upload = upload;
  }
}
