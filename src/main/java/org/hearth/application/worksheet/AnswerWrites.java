package org.hearth.application.worksheet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.hearth.domain.worksheet.WorksheetAnswer;
import org.hearth.infrastructure.persistence.WorksheetRepository;

/** The transactional writes, in their own bean so each runs in a fresh transaction. */
@ApplicationScoped
public class AnswerWrites {

  @Inject WorksheetRepository answers;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void write(
      long accountId, long lessonId, Map<String, Optional<String>> checked, Instant now) {
    for (Map.Entry<String, Optional<String>> entry : checked.entrySet()) {
      Optional<WorksheetAnswer> stored = answers.answer(accountId, lessonId, entry.getKey());
      if (entry.getValue().isEmpty()) {
        stored.ifPresent(answers::remove);
      } else if (stored.isPresent()) {
        stored.get().write(entry.getValue().get(), now);
      } else {
        answers.add(
            new WorksheetAnswer(accountId, lessonId, entry.getKey(), entry.getValue().get(), now));
      }
    }
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int clear(long accountId, long lessonId) {
    return answers.clear(accountId, lessonId);
  }
}
