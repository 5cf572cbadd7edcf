package org.hearth.infrastructure.content;

import java.nio.file.Path;

/**
 * A lesson, quiz or worksheet file of a module, with the slug its page will have and the format its
 * extension names, so that it is read by the right reader.
 */
record ItemFile(Path file, String slug, Format format) {

  /** The formats a module item may be written in. */
  enum Format {
    LESSON,
    QUIZ_YAML,
    GIFT,
    WORKSHEET
  }
}
