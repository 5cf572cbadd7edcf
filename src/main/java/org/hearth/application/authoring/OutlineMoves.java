package org.hearth.application.authoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Works out the new names when modules or items change places: their folders and files are numbered
 * in course order, so a move renumbers everything between the old place and the new. Pure
 * reckoning, nothing written; {@link DraftRenames} applies the result.
 */
final class OutlineMoves {

  private OutlineMoves() {}

  /**
   * {@code names} with {@code name} moved one place up (-1) or down (+1); empty when it cannot
   * move.
   */
  static Optional<List<String>> moved(List<String> names, String name, int delta) {
    int from = names.indexOf(name);
    int to = from + Integer.signum(delta);
    if (from < 0 || to < 0 || to >= names.size()) {
      return Optional.empty();
    }
    List<String> order = new ArrayList<>(names);
    order.add(to, order.remove(from));
    return Optional.of(order);
  }

  /** Every path of the draft under its module's new folder, modules being in {@code order}. */
  static UnaryOperator<String> modulePaths(DraftOutline outline, List<String> order) {
    Map<String, String> renames = new HashMap<>();
    for (int i = 0; i < order.size(); i++) {
      String old = order.get(i);
      String slugPart = outline.module(old).orElseThrow().slug();
      String renamed = String.format("%02d-%s", i + 1, slugPart);
      if (!renamed.equals(old)) {
        renames.put(old, renamed);
      }
    }
    return path -> {
      int slash = path.indexOf('/');
      if (slash < 0) {
        return path;
      }
      String renamed = renames.get(path.substring(0, slash));
      return renamed == null ? path : renamed + path.substring(slash);
    };
  }

  /** Every path of the draft, a module's items renumbered to be in {@code order}. */
  static UnaryOperator<String> itemPaths(DraftOutline.Module module, List<String> order) {
    Map<String, String> renames = new HashMap<>();
    for (int i = 0; i < order.size(); i++) {
      String old = order.get(i);
      DraftOutline.Item item =
          module.items().stream().filter(it -> it.path().equals(old)).findFirst().orElseThrow();
      String renamed =
          module.dir() + "/" + DraftOutline.numbered(i + 1, item.slug(), item.extension());
      if (!renamed.equals(old)) {
        renames.put(old, renamed);
      }
    }
    return path -> renames.getOrDefault(path, path);
  }
}
