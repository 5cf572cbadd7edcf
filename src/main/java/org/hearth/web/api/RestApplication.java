package org.hearth.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/**
 * Hearth's small HTTP API for operators and scripts, under /api. Jersey's generated WADL ({@code
 * /api/application.wadl}) is switched off: it lists every endpoint to anyone, and the OpenAPI
 * document is the description Hearth publishes.
 */
@ApplicationPath("api")
public class RestApplication extends Application {

  @Override
  public Map<String, Object> getProperties() {
    return Map.of("jersey.config.server.wadl.disableWadl", true);
  }
}
