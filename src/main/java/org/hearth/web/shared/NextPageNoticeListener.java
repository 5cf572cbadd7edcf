package org.hearth.web.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpServletRequest;

/** Shows a waiting {@link NextPageNotice} on the page about to be rendered, once. */
public class NextPageNoticeListener implements PhaseListener {

  private static final long serialVersionUID = 1L;

  @Override
  public void beforePhase(PhaseEvent event) {
    if (event.getFacesContext().getExternalContext().getRequest()
        instanceof HttpServletRequest request) {
      String notice = NextPageNotice.take(request);
      if (notice != null) {
        event
            .getFacesContext()
            .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, notice, null));
      }
    }
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    // nothing: the notice is added before the page renders
  }

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RENDER_RESPONSE;
  }
}
