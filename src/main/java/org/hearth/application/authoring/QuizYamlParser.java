package org.hearth.application.authoring;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hearth.domain.quiz.QuestionType;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads {@code .quiz.yaml} text into a {@link QuizDocument}. Values are taken as the content reader
 * takes them, as the text of each scalar (so {@code title: 1.10} stays "1.10" and {@code
 * shuffle_options: yes} is true), but texts are kept exactly as written, not stripped, so saving
 * keeps a block's layout.
 */
final class QuizYamlParser {

  private QuizYamlParser() {}

  static QuizDocument parse(String yamlText) {
    Optional<Node> root;
    try {
      root =
          new Compose(LoadSettings.builder().build())
              .composeString(yamlText == null ? "" : yamlText);
    } catch (YamlEngineException e) {
      throw new IllegalArgumentException("not valid YAML: " + e.getMessage(), e);
    }
    QuizDocument document = new QuizDocument();
    if (root.isEmpty()) {
      return document;
    }
    Fields quiz = Fields.of(root.get(), "the quiz");
    quiz.text("title").ifPresent(document::setTitle);
    quiz.word("kind").flatMap(QuizYamlNames::kind).ifPresent(document::setKind);
    Set<String> spelled = document.spelledOut;
    spelled(quiz.whole("pass_mark"), "pass_mark", spelled).ifPresent(document::setPassMark);
    spelled(quiz.whole("max_attempts"), "max_attempts", spelled)
        .ifPresent(document::setMaxAttempts);
    spelled(quiz.yesNo("shuffle_questions"), "shuffle_questions", spelled)
        .ifPresent(document::setShuffleQuestions);
    spelled(quiz.yesNo("shuffle_options"), "shuffle_options", spelled)
        .ifPresent(document::setShuffleOptions);
    spelled(quiz.yesNo("required"), "required", spelled).ifPresent(document::setRequired);
    quiz.whole("minutes").ifPresent(document::setMinutes);
    quiz.text("intro").ifPresent(document::setIntro);
    List<Node> questions = quiz.list("questions");
    for (int i = 0; i < questions.size(); i++) {
      document.getQuestions().add(question(Fields.of(questions.get(i), "question " + (i + 1))));
    }
    return document;
  }

  private static QuizQuestionDraft question(Fields fields) {
    String typeName = fields.word("type").orElse("");
    QuestionType type =
        QuizYamlNames.type(typeName)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        fields.what + " has no known type: \"" + typeName + "\""));
    QuizQuestionDraft question = new QuizQuestionDraft(type);
    fields.text("prompt").ifPresent(question::setPrompt);
    Set<String> spelled = question.spelledOut;
    spelled(fields.word("points").flatMap(QuizYamlParser::decimal), "points", spelled)
        .ifPresent(question::setPoints);
    fields.text("explanation").ifPresent(question::setExplanation);
    spelled(fields.word("scoring").flatMap(QuizYamlNames::scoring), "scoring", spelled)
        .ifPresent(question::setScoring);
    for (Node node : fields.list("options")) {
      Fields option = Fields.of(node, fields.what + ", an option");
      QuizOptionDraft draft = question.addOption();
      option.text("text").ifPresent(draft::setText);
      option.yesNo("correct").ifPresent(draft::setCorrect);
      option.text("feedback").ifPresent(draft::setFeedback);
    }
    fields.yesNo("answer").ifPresent(question::setAnswer);
    fields.text("feedback_correct").ifPresent(question::setFeedbackCorrect);
    fields.text("feedback_incorrect").ifPresent(question::setFeedbackIncorrect);
    texts(fields, "answers", question.getAnswers(), true);
    spelled(fields.yesNo("case_sensitive"), "case_sensitive", spelled)
        .ifPresent(question::setCaseSensitive);
    for (Node node : fields.list("pairs")) {
      Fields pair = Fields.of(node, fields.what + ", a pair");
      QuizPairDraft draft = question.addPair();
      pair.text("prompt").ifPresent(draft::setPrompt);
      pair.text("match").ifPresent(draft::setMatch);
    }
    texts(fields, "items", question.getItems(), false);
    return question;
  }

  /**
   * A list of texts; a single text is a list of one, as the reader takes it. The reader runs the
   * spaces together in each listed answer, so that is done here too: a lone answer is then saved as
   * a single text, which the reader takes as written.
   */
  private static void texts(
      Fields fields, String key, List<QuizTextDraft> into, boolean reflowListed) {
    Node node = fields.get(key);
    if (node instanceof ScalarNode scalar && !isNull(scalar)) {
      if (!scalar.getValue().isBlank()) {
        into.add(new QuizTextDraft(scalar.getValue()));
      }
    } else if (node instanceof SequenceNode sequence) {
      for (Node entry : sequence.getValue()) {
        if (entry instanceof ScalarNode scalar && !isNull(scalar)) {
          String text = scalar.getValue();
          into.add(new QuizTextDraft(reflowListed ? text.strip().replaceAll("\\s+", " ") : text));
        }
      }
    }
  }

  /**
   * The value, remembering that the file spelled its key out, so saving keeps it even at its
   * default.
   */
  private static <T> Optional<T> spelled(Optional<T> value, String key, Set<String> spelledOut) {
    value.ifPresent(v -> spelledOut.add(key));
    return value;
  }

  private static Optional<BigDecimal> decimal(String text) {
    try {
      return Optional.of(new BigDecimal(text));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static boolean isNull(Node node) {
    return node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL);
  }

  /** The keys of one YAML mapping, read leniently: a value of the wrong shape counts as missing. */
  private static final class Fields {

    private final Map<String, Node> values;
    private final String what;

    private Fields(Map<String, Node> values, String what) {
      this.values = values;
      this.what = what;
    }

    static Fields of(Node node, String what) {
      if (!(node instanceof MappingNode mapping)) {
        throw new IllegalArgumentException(what + " must be a list of \"key: value\" lines");
      }
      Map<String, Node> values = new LinkedHashMap<>();
      for (NodeTuple tuple : mapping.getValue()) {
        if (tuple.getKeyNode() instanceof ScalarNode key) {
          values.putIfAbsent(key.getValue(), tuple.getValueNode());
        }
      }
      return new Fields(values, what);
    }

    Node get(String key) {
      return values.get(key);
    }

    /** A text exactly as written; empty when missing or null. */
    Optional<String> text(String key) {
      Node node = values.get(key);
      if (node instanceof ScalarNode scalar && !isNull(scalar)) {
        return Optional.of(scalar.getValue());
      }
      return Optional.empty();
    }

    /** A text without white space at either end, for a type, kind, number or truth value. */
    Optional<String> word(String key) {
      return text(key).map(String::strip).filter(word -> !word.isEmpty());
    }

    Optional<Integer> whole(String key) {
      return word(key)
          .flatMap(
              word -> {
                try {
                  return Optional.of(Integer.parseInt(word));
                } catch (NumberFormatException e) {
                  return Optional.empty();
                }
              });
    }

    /** True or false, also yes or no, as the reader takes them. */
    Optional<Boolean> yesNo(String key) {
      return word(key)
          .flatMap(
              word ->
                  switch (word.toLowerCase(Locale.ROOT)) {
                    case "true", "yes" -> Optional.of(true);
                    case "false", "no" -> Optional.of(false);
                    default -> Optional.empty();
                  });
    }

    List<Node> list(String key) {
      Node node = values.get(key);
      return node instanceof SequenceNode sequence ? sequence.getValue() : List.of();
    }
  }
}
