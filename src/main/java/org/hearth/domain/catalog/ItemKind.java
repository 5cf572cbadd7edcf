package org.hearth.domain.catalog;

/** What a course item is. Every kind is ordered, unlocked and counted in progress the same way. */
public enum ItemKind {
  LESSON,
  QUIZ,
  WORKSHEET
}
