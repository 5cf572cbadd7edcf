package org.hearth.application.quiz;

import java.time.Instant;

/** One past attempt, as the attempt history shows it. */
public record AttemptSummary(
    int number,
    Instant submittedAt,
    double score,
    double maxScore,
    double percent,
    boolean passed) {}
