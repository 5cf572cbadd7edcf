package org.hearth.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CountedTest {

  @Test
  void oneTakesTheSingularAndEveryOtherCountThePlural() {
    Counted counted = new Counted();
    assertEquals("0 attempts", counted.of(0, "attempt", "attempts"));
    assertEquals("1 attempt", counted.of(1, "attempt", "attempts"));
    assertEquals("2 learners", counted.of(2, "learner", "learners"));
    assertEquals("1 person", counted.of(1, "person", "people"));
    assertEquals("12 people", counted.of(12, "person", "people"));
  }
}
