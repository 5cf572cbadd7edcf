package org.hearth.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Every field error of the form just sent, listed at the top of the page with a link to each field
 * (GOV.UK's error summary), so someone who cannot see the whole form, or reads it with a screen
 * reader, learns at once what to put right and can go straight there. Each field still shows its
 * own message beside it.
 */
@Named
@RequestScoped
public class ErrorSummary {

  /** One problem: the field's element id and what is wrong with it. */
  public record Entry(String fieldId, String message) {}

  /**
   * The field errors in the order they were found; empty when there are none. Read afresh each
   * time: Faces asks whether the summary is rendered while it decodes the form too, before the
   * action has added any message.
   */
  public List<Entry> getEntries() {
    List<Entry> entries = new ArrayList<>();
    FacesContext context = FacesContext.getCurrentInstance();
    Iterator<String> fields = context.getClientIdsWithMessages();
    while (fields.hasNext()) {
      String field = fields.next();
      if (field == null) {
        continue; // a message for the whole page, shown in the message region
      }
      for (FacesMessage message : context.getMessageList(field)) {
        if (message.getSeverity().compareTo(FacesMessage.SEVERITY_ERROR) >= 0) {
          entries.add(new Entry(field, message.getSummary()));
        }
      }
    }
    return entries;
  }
}
