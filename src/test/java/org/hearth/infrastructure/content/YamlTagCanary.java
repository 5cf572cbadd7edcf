package org.hearth.infrastructure.content;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A class a hostile YAML tag names ({@code !!org.hearth.infrastructure.content.YamlTagCanary}). If
 * the YAML reader ever built objects from tags, loading this class would flip {@link Flag#TOUCHED}.
 * The flag lives in a nested holder so that tests can read it without initialising the canary.
 */
public final class YamlTagCanary {

  static {
    Flag.TOUCHED.set(true);
  }

  public YamlTagCanary() {
    Flag.TOUCHED.set(true);
  }

  public YamlTagCanary(Object anything) {
    Flag.TOUCHED.set(true);
  }

  /** Read this, never {@link YamlTagCanary} itself, so the canary stays unloaded. */
  static final class Flag {
    static final AtomicBoolean TOUCHED = new AtomicBoolean();

    private Flag() {}
  }
}
