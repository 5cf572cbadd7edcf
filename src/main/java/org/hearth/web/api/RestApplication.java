package org.hearth.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Hearth's small HTTP API for operators and scripts, under /api. */
@ApplicationPath("api")
public class RestApplication extends Application {}
