package org.hearth.web.shared;

import org.omnifaces.util.Faces;

/** Small helpers shared by page beans. */
public final class Pages {

  private Pages() {}

  /** Answers the current request with the friendly 404 page, whatever page was asked for. */
  public static void notFound() {
    Faces.responseSendError(404, "Not found");
  }
}
