package org.hearth.web.authoring;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import org.hearth.application.authoring.AuthoringProblem;
import org.hearth.application.authoring.CourseDrafts;
import org.hearth.domain.catalog.ItemKind;
import org.hearth.web.account.CurrentUser;

/**
 * The course editor's changes to a draft's outline: modules and items added, renamed, moved,
 * reordered and deleted. A path with a slash names an item, one without a module. Each change
 * answers with what the editor then tells; a refusal is an {@link AuthoringProblem}.
 */
@Dependent
class OutlineEdits {

  @Inject CurrentUser viewer;
  @Inject CourseDrafts drafts;

  String addModule(String slug, String title) {
    drafts.addModule(viewer.require(), slug, title);
    return "Added the module \"" + title.strip() + "\" to the draft.";
  }

  /** Adds an item of the kind the form names ({@code kind}) and answers with its path. */
  String addItem(String slug, String module, String kind, String title) {
    return drafts.addItem(viewer.require(), slug, module, kindNamed(kind), title);
  }

  String retitle(String slug, String path, String title) {
    drafts.retitle(viewer.require(), slug, path, title);
    return "Renamed to \"" + title.strip() + "\" in the draft.";
  }

  String move(String slug, String path, int delta) {
    if (path != null && path.contains("/")) {
      drafts.moveItem(viewer.require(), slug, path, delta);
    } else {
      drafts.moveModule(viewer.require(), slug, path, delta);
    }
    return "Moved " + (delta < 0 ? "up" : "down") + " in the draft.";
  }

  /** Drag and drop: {@code order} holds the module's item paths in their new order, a line each. */
  String reorder(String slug, String module, String order) {
    List<String> paths =
        order == null
            ? List.of()
            : Arrays.stream(order.split("\n"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    drafts.reorderItems(viewer.require(), slug, module, paths);
    return "Saved the new order in the draft.";
  }

  String delete(String slug, String path) {
    if (path != null && path.contains("/")) {
      drafts.delete(viewer.require(), slug, path);
    } else {
      drafts.deleteModule(viewer.require(), slug, path);
    }
    return "Deleted from the draft. Learners keep it until you publish.";
  }

  /** How the Add form names a kind of item. */
  static String label(ItemKind kind) {
    return switch (kind) {
      case LESSON -> "a lesson";
      case QUIZ -> "a quiz";
      case WORKSHEET -> "a worksheet";
    };
  }

  private static ItemKind kindNamed(String kind) {
    for (ItemKind known : ItemKind.values()) {
      if (known.name().equals(kind)) {
        return known;
      }
    }
    throw new AuthoringProblem(
        AuthoringProblem.Kind.INVALID, "Choose what to add: a lesson, a quiz or a worksheet.");
  }
}
