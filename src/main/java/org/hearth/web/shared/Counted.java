package org.hearth.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * Numbers with their nouns, singular or plural as English needs ("1 attempt", "3 attempts"), for
 * pages: {@code #{counted.of(quiz.attempts(), 'attempt', 'attempts')}}.
 */
@Named
@ApplicationScoped
public class Counted {

  public String of(long count, String one, String many) {
    return count + " " + (count == 1 ? one : many);
  }
}
