package org.hearth.application.authoring;

/** A course archive refused, naming the entry at fault (or the archive) and why. */
public class ArchiveProblem extends RuntimeException {

  private final String entry;

  public ArchiveProblem(String entry, String reason) {
    super(entry == null ? reason : entry + ": " + reason, null, false, false);
    this.entry = entry;
  }

  /** The entry's name as the archive gives it; null when the archive as a whole is at fault. */
  public String entry() {
    return entry;
  }
}
