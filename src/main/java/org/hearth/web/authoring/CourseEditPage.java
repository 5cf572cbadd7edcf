package org.hearth.web.authoring;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hearth.application.authoring.AuthoringProblem;
import org.hearth.application.authoring.CourseHistory;
import org.hearth.application.authoring.DraftOutline;
import org.hearth.application.authoring.FileChange;
import org.hearth.application.authoring.Publisher;
import org.hearth.application.content.ContentProblem;
import org.hearth.domain.authoring.CourseDraft;
import org.hearth.domain.authoring.VersionSummary;
import org.hearth.domain.catalog.ItemKind;
import org.hearth.web.account.CurrentUser;
import org.hearth.web.shared.NextPageNotice;
import org.hearth.web.shared.UtcMinute;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The course editor, /instructor/edit?course={slug}, named for its page: the draft's modules and
 * items (add, retitle, reorder by drag and drop or with Up and Down, delete; {@link OutlineEdits}),
 * publishing, the changes since the last publish, history with restore, images and zips ({@link
 * DraftUploads}), and content/ sync conflicts ({@link FolderVersions}). This bean holds what the
 * page shows and how every action ends: views are stateless, so every form names its course (and
 * item) in hidden fields, and a refused change shows the page again with its problems.
 */
@Named
@RequestScoped
public class CourseEditPage {

  @Inject CurrentUser viewer;
  @Inject CourseHistory history;
  @Inject Publisher publisher;
  @Inject OutlineEdits edits;
  @Inject DraftUploads uploads;
  @Inject FolderVersions folders;

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
    act(() -> done(edits.addModule(slug, newTitle)));
  }

  /** Adds to the module the form names; its fields are plain named inputs (see edit.xhtml). */
  public void addItem() {
    String module = Faces.getRequestParameter("module");
    String title = Faces.getRequestParameter("title");
    act(
        () -> {
          String path = edits.addItem(slug, module, Faces.getRequestParameter("kind"), title);
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
    act(() -> done(edits.retitle(slug, path, title)));
  }

  public void moveUp() {
    move(-1);
  }

  public void moveDown() {
    move(1);
  }

  private void move(int delta) {
    String path = Faces.getRequestParameter("path");
    act(() -> done(edits.move(slug, path, delta)));
  }

  /** Drag and drop: the script posts the module's item paths in their new order. */
  public void reorder() {
    String module = Faces.getRequestParameter("module");
    String order = Faces.getRequestParameter("order");
    act(() -> done(edits.reorder(slug, module, order)));
  }

  public void deleteItem() {
    String path = Faces.getRequestParameter("path");
    act(() -> done(edits.delete(slug, path)));
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
    act(() -> done(uploads.image(slug, upload)));
  }

  public void importDraft() {
    act(() -> done(uploads.zip(slug, upload)));
  }

  public void keepBrowserVersion() {
    act(() -> done(folders.keepBrowserVersion(slug)));
  }

  public void takeFolderVersion() {
    act(() -> done(folders.takeFolderVersion(slug)));
  }

  public void syncNow() {
    act(() -> done(folders.syncNow(slug)));
  }

  /**
   * Whether content/ holds a version of this course that differs from the draft the browser
   * changed. Checking scans the content folder, so it is done once per request.
   */
  public boolean isFolderConflict() {
    if (folderConflict == null) {
      folderConflict = folders.conflicts(draft, slug);
    }
    return folderConflict;
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

  /** A change the page makes; it may read an upload, so {@link #act} handles that failure too. */
  @FunctionalInterface
  private interface Action {
    void run() throws IOException;
  }

  public String when(Instant at) {
    return UtcMinute.format(at);
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
    return OutlineEdits.label(kind);
  }

  public Part getUpload() {
    return upload;
  }

  public void setUpload(Part upload) {
    this.upload = upload;
  }
}
