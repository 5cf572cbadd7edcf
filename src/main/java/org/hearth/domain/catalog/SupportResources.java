package org.hearth.domain.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Lob;
import java.util.ArrayList;
import java.util.List;

/**
 * What a course offers a learner who is not safe right now: a heading, a short sanitised text and
 * links. A course that declares them shows "Get help now" and the quick exit on every page.
 */
@Embeddable
public class SupportResources {

  @Column(name = "support_title", length = 200)
  private String title;

  @Lob
  @Column(name = "support_html")
  private String html;

  @Convert(converter = SupportLinksConverter.class)
  @Lob
  @Column(name = "support_links")
  private List<SupportLink> links = new ArrayList<>();

  protected SupportResources() {}

  public SupportResources(String title, String html, List<SupportLink> links) {
    this.title = title;
    this.html = html;
    this.links = new ArrayList<>(links);
  }

  public boolean isDeclared() {
    return title != null && !title.isBlank();
  }

  public String getTitle() {
    return title;
  }

  public String getHtml() {
    return html;
  }

  public List<SupportLink> getLinks() {
    return List.copyOf(links);
  }
}
