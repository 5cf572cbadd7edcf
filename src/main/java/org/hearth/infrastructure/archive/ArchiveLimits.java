package org.hearth.infrastructure.archive;

/**
 * How much an uploaded course archive may hold: checked against what the archive declares before
 * anything is inflated, and again while inflating, since declarations can lie.
 */
public record ArchiveLimits(long maxTotalBytes, int maxFiles, long maxArchiveBytes) {

  /** 50 MB uncompressed, 2,000 files, and 60 MB for the archive itself. */
  public static final ArchiveLimits COURSE =
      new ArchiveLimits(50L * 1024 * 1024, 2_000, 60L * 1024 * 1024);
}
