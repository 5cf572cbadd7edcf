package org.hearth.web.shared;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;

/**
 * Facts about the site that pages use in every link, such as {@code #{site.base}} for the context
 * path. Looking up Faces' built-in {@code #{request}} bean dozens of times a page showed up as lock
 * contention under load; one application-scoped value costs nothing.
 */
@Named
@ApplicationScoped
public class Site {

  @Inject ServletContext servletContext;

  private String base;

  @PostConstruct
  void init() {
    base = servletContext.getContextPath();
  }

  /** The context path links start with: "" at the root, "/hearth" under a prefix. */
  public String getBase() {
    return base;
  }
}
