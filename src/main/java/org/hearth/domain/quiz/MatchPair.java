package org.hearth.domain.quiz;

/**
 * One row of a matching question: a prompt and the answer that belongs to it.
 *
 * @param key stable within its question ("p1", "p2", … in source order)
 * @param promptHtml the left side, rendered and sanitised
 * @param answer the right side as plain text; learners pick it from all the question's answers
 */
public record MatchPair(String key, String promptHtml, String answer) {}
