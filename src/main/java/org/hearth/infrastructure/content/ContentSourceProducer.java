package org.hearth.infrastructure.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hearth.application.content.ContentSource;
import org.hearth.infrastructure.markdown.MarkdownRenderer;

/**
 * The content folder named by HEARTH_CONTENT_DIR (default: content, beside where Hearth started),
 * read strictly (every note a refusal) when HEARTH_CONTENT_STRICT is true, and the same reading for
 * drafts and uploaded archives.
 */
@ApplicationScoped
public class ContentSourceProducer {

  @Inject
  @ConfigProperty(name = "hearth.content.dir", defaultValue = "content")
  String contentDir;

  /**
   * HEARTH_CONTENT_STRICT=true: every note refuses its course, as in a course.yaml strict: true.
   */
  @Inject
  @ConfigProperty(name = "hearth.content.strict", defaultValue = "false")
  boolean strict;

  @Produces
  @Singleton
  ContentSource contentSource(MarkdownRenderer markdown) {
    return new FileSystemContentSource(Path.of(contentDir), markdown, strict);
  }

  @Produces
  @Singleton
  DraftCourseReader draftCourseReader(MarkdownRenderer markdown) {
    return new DraftCourseReader(markdown, strict);
  }

  @Produces
  @Singleton
  MarkdownRenderer markdownRenderer() {
    return new MarkdownRenderer();
  }
}
