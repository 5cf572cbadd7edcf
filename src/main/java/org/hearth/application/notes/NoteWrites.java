package org.hearth.application.notes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.hearth.domain.notes.PrivateNote;
import org.hearth.infrastructure.persistence.NoteRepository;

/** One save of a note in its own transaction, so a racing first save can simply be tried again. */
@ApplicationScoped
public class NoteWrites {

  @Inject NoteRepository notes;

  /** Writes the note, or removes it when the text is blank. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void write(
      long accountId, long courseId, String slug, String title, String text, Instant at) {
    PrivateNote existing = notes.of(accountId, courseId, slug).orElse(null);
    if (text.isBlank()) {
      if (existing != null) {
        notes.remove(existing);
      }
      return;
    }
    if (existing != null) {
      existing.write(text, title, at);
      return;
    }
    PrivateNote fresh = new PrivateNote(accountId, courseId, slug);
    fresh.write(text, title, at);
    notes.add(fresh);
  }
}
