package org.hearth.domain.authoring;

import java.time.Instant;

/** A published version as the history lists it, without its files. */
public record VersionSummary(
    int number, Instant publishedAt, String publishedBy, String summary, String checksum) {}
