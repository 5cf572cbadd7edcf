package org.hearth.web.shared;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Writer;
import org.hearth.infrastructure.security.ContentSecurityPolicy;

/**
 * Writes {@code nonce="…"} on every {@code <script>} element, so the policy's {@code script-src
 * 'self' 'nonce-…'} lets the page's own scripts run and nothing else.
 */
public class NonceResponseWriter extends ResponseWriterWrapper {

  public NonceResponseWriter(ResponseWriter wrapped) {
    super(wrapped);
  }

  @Override
  public void startElement(String name, UIComponent component) throws IOException {
    super.startElement(name, component);
    if ("script".equalsIgnoreCase(name)) {
      String nonce = nonce();
      if (nonce != null) {
        super.writeAttribute("nonce", nonce, null);
      }
    }
  }

  @Override
  public ResponseWriter cloneWithWriter(Writer writer) {
    return new NonceResponseWriter(getWrapped().cloneWithWriter(writer));
  }

  private static String nonce() {
    FacesContext context = FacesContext.getCurrentInstance();
    if (context == null
        || !(context.getExternalContext().getRequest() instanceof HttpServletRequest request)) {
      return null;
    }
    return ContentSecurityPolicy.nonceOf(request);
  }
}
