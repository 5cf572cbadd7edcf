package org.hearth.infrastructure.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A numbered module folder of a course and the items found in it, in their order; what {@link
 * ModuleFinder} hands to {@link ModuleReader}.
 */
record ModuleFolder(Path dir, String slug, List<ItemFile> items) {

  ModuleFolder(Path dir, String slug) {
    this(dir, slug, new ArrayList<>());
  }
}
