package org.hearth.application.authoring;

import java.util.List;

/**
 * How one file differs between two versions of a course: added, removed or changed, and for a
 * changed text file the unified diff lines (each starting with ' ', '+', '-' or '@').
 */
public record FileChange(String path, Status status, List<String> diff) {

  /** What happened to the file. */
  public enum Status {
    ADDED,
    REMOVED,
    CHANGED
  }

  public FileChange {
    diff = List.copyOf(diff);
  }

  public String statusLabel() {
    return switch (status) {
      case ADDED -> "added";
      case REMOVED -> "removed";
      case CHANGED -> "changed";
    };
  }
}
