package org.hearth.web.shared;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.render.RenderKit;
import jakarta.faces.render.RenderKitFactory;
import jakarta.faces.render.RenderKitWrapper;
import java.io.Writer;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Gives every render kit a response writer that marks Hearth's, Faces' and PrimeFaces' script
 * elements with this response's Content-Security-Policy nonce ({@link NonceResponseWriter}).
 */
public class NonceRenderKitFactory extends RenderKitFactory {

  private final Map<RenderKit, RenderKit> wrapped = new ConcurrentHashMap<>();

  public NonceRenderKitFactory(RenderKitFactory wrapped) {
    super(wrapped);
  }

  @Override
  public RenderKit getRenderKit(FacesContext context, String renderKitId) {
    RenderKit kit = getWrapped().getRenderKit(context, renderKitId);
    return kit == null ? null : wrapped.computeIfAbsent(kit, NonceRenderKit::new);
  }

  @Override
  public void addRenderKit(String renderKitId, RenderKit renderKit) {
    getWrapped().addRenderKit(renderKitId, renderKit);
  }

  @Override
  public Iterator<String> getRenderKitIds() {
    return getWrapped().getRenderKitIds();
  }

  /** A render kit whose response writers add the nonce. */
  static final class NonceRenderKit extends RenderKitWrapper {

    NonceRenderKit(RenderKit wrapped) {
      super(wrapped);
    }

    @Override
    public ResponseWriter createResponseWriter(
        Writer writer, String contentTypeList, String characterEncoding) {
      return new NonceResponseWriter(
          getWrapped().createResponseWriter(writer, contentTypeList, characterEncoding));
    }
  }
}
