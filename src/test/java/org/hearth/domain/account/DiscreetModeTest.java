package org.hearth.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Set;
import org.hearth.application.account.SignedInUser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DiscreetModeTest {

  @ParameterizedTest(name = "{0} in a course whose default is {1}: discreet {2}")
  @CsvSource({
    "COURSE, true, true",
    "COURSE, false, false",
    "ON, false, true",
    "ON, true, true",
    "OFF, true, false",
    "OFF, false, false"
  })
  void aLearnersChoiceWinsOverTheCoursesDefault(
      DiscreetMode mode, boolean courseDiscreet, boolean expected) {
    assertEquals(expected, mode.appliesTo(courseDiscreet));
    SignedInUser learner = new SignedInUser(1, "a@example.org", "A", Set.of(Role.LEARNER), 0, mode);
    assertEquals(expected, SignedInUser.discreetIn(Optional.of(learner), courseDiscreet));
  }

  @ParameterizedTest(name = "a visitor in a course whose default is {0}")
  @CsvSource({"true", "false"})
  void aVisitorWhoIsNotSignedInGetsTheCoursesDefault(boolean courseDiscreet) {
    assertEquals(courseDiscreet, SignedInUser.discreetIn(Optional.empty(), courseDiscreet));
  }
}
