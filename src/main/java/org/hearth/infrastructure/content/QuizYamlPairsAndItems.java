package org.hearth.infrastructure.content;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hearth.application.authoring.QuizPairDraft;
import org.hearth.application.authoring.QuizTextDraft;
import org.hearth.domain.quiz.Choice;
import org.hearth.domain.quiz.MatchPair;
import org.hearth.domain.quiz.QuestionType;
import org.hearth.domain.quiz.Scoring;
import org.hearth.infrastructure.content.YamlMapping.Located;

/**
 * Reads the question types a learner answers by arranging: matching (prompts paired with matches)
 * and ordering (items in their right order), refusing a pair or item written twice.
 */
final class QuizYamlPairsAndItems {

  private static final Set<String> PAIR_FIELDS = Set.of("prompt", "match");

  private final QuizYamlFile file;

  QuizYamlPairsAndItems(QuizYamlFile file) {
    this.file = file;
  }

  void matching(YamlMapping yaml, QuizQuestionParts parts) {
    parts.type = QuestionType.MATCHING;
    parts.scoring = file.scoring(yaml, Scoring.PARTIAL, parts.draft);
    List<YamlMapping> entries = yaml.mappingList("pairs");
    Map<String, String> matchByPrompt = new HashMap<>();
    for (YamlMapping entry : entries) {
      pair(entry, matchByPrompt, parts);
    }
    if (entries.size() < 2) {
      file.problem(
          yaml.lineOfKey("pairs"),
          "pairs needs at least two pairs, each written \"- prompt: …\" and \"match: …\"; this"
              + " question has "
              + entries.size());
    }
  }

  void ordering(YamlMapping yaml, QuizQuestionParts parts) {
    parts.type = QuestionType.ORDERING;
    parts.scoring = file.scoring(yaml, Scoring.ALL_OR_NOTHING, parts.draft);
    List<Located> items = yaml.locatedList("items");
    Set<String> seen = new HashSet<>();
    YamlRawText.list(yaml, "items", false)
        .forEach(text -> parts.draft.getItems().add(new QuizTextDraft(text)));
    for (Located item : items) {
      if (!seen.add(item.text())) {
        file.problem(
            item.line(),
            "\"" + item.text() + "\" appears twice in items; each item must be different");
      }
      parts.choices.add(
          new Choice("o" + (parts.choices.size() + 1), item.text(), file.render(item), 0, ""));
    }
    if (items.size() < 2) {
      file.problem(
          yaml.lineOfKey("items"),
          "items needs at least two items, in their correct order; this question has "
              + items.size());
    }
  }

  private void pair(YamlMapping entry, Map<String, String> matchByPrompt, QuizQuestionParts parts) {
    entry.rejectUnknownKeys(PAIR_FIELDS);
    QuizPairDraft form = parts.draft.addPair();
    entry.raw("prompt").ifPresent(form::setPrompt);
    entry.raw("match").ifPresent(form::setMatch);
    Optional<Located> prompt = entry.requiredLocated("prompt");
    Optional<String> match = entry.requiredText("match");
    if (prompt.isEmpty() || match.isEmpty()) {
      return;
    }
    String promptKey = prompt.get().text().replaceAll("\\s+", " ");
    String earlier = matchByPrompt.putIfAbsent(promptKey, match.get());
    if (earlier != null && earlier.equals(match.get())) {
      file.problem(
          entry.line(), "repeats the pair \"" + promptKey + "\" → \"" + earlier + "\"; keep one");
    } else if (earlier != null) {
      file.problem(
          entry.line(),
          "repeats the prompt \""
              + promptKey
              + "\" (matched with \""
              + earlier
              + "\" above); each prompt must appear once");
    } else {
      parts.pairs.add(
          new MatchPair("p" + (parts.pairs.size() + 1), file.render(prompt.get()), match.get()));
    }
  }
}
