package org.hearth.domain.worksheet;

import java.util.List;
import java.util.Optional;

/**
 * A worksheet as authored: a description and its blocks, prose already rendered and sanitised.
 * Title and {@code required} live on the course item that holds it, like a lesson's.
 */
public record WorksheetDefinition(String description, List<WorksheetBlock> blocks) {

  public WorksheetDefinition {
    description = description == null ? "" : description;
    blocks = List.copyOf(blocks);
  }

  public List<WorksheetField> fields() {
    return blocks.stream().filter(WorksheetBlock::isField).map(WorksheetBlock::field).toList();
  }

  public Optional<WorksheetField> field(String name) {
    return fields().stream().filter(f -> f.name().equals(name)).findFirst();
  }
}
