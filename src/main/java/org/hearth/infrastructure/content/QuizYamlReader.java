package org.hearth.infrastructure.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hearth.domain.catalog.LessonOutline;
import org.hearth.domain.quiz.Choice;
import org.hearth.domain.quiz.MatchPair;
import org.hearth.domain.quiz.Question;
import org.hearth.domain.quiz.QuestionType;
import org.hearth.domain.quiz.Scoring;
import org.hearth.infrastructure.content.YamlMapping.Located;

/**
 * Reads a quiz written in Hearth's own YAML ({@code NN-slug.quiz.yaml}), as documented in
 * content/README.md. Every problem is reported with its line; a quiz with any problem is not
 * returned, so its course is not imported.
 */
final class QuizYamlReader {

  private static final Set<String> QUIZ_FIELDS = with(QuizSettings.FIELDS, "intro", "questions");
  private static final Set<String> QUESTION_FIELDS =
      Set.of("type", "prompt", "points", "explanation");
  private static final Map<String, Set<String>> FIELDS_BY_TYPE =
      Map.of(
          "single", with(QUESTION_FIELDS, "options"),
          "multiple", with(QUESTION_FIELDS, "options", "scoring"),
          "true-false", with(QUESTION_FIELDS, "answer", "feedback_correct", "feedback_incorrect"),
          "short",
              with(
                  QUESTION_FIELDS,
                  "answers",
                  "case_sensitive",
                  "feedback_correct",
                  "feedback_incorrect"),
          "matching", with(QUESTION_FIELDS, "scoring", "pairs"),
          "ordering", with(QUESTION_FIELDS, "scoring", "items"));
  private static final String TYPES = "single, multiple, true-false, short, matching or ordering";
  private static final Set<String> OPTION_FIELDS = Set.of("text", "correct", "feedback");
  private static final Set<String> PAIR_FIELDS = Set.of("prompt", "match");
  private static final double MAX_POINTS = 1_000;

  private final ProblemList problems;
  private final QuizMarkdown markdown;

  QuizYamlReader(ProblemList problems, QuizMarkdown markdown) {
    this.problems = problems;
    this.markdown = markdown;
  }

  /** The quiz as a course item, or empty when anything in it was reported. */
  Optional<LessonOutline> read(String text, String path, String slug) {
    int problemsBefore = problemCount();
    Optional<YamlMapping> parsed = YamlMapping.parse(text, path, 0, problems);
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    YamlMapping yaml = parsed.get();
    yaml.rejectUnknownKeys(QUIZ_FIELDS);
    QuizSettings settings = QuizSettings.read(yaml, path, problems, Optional.empty());
    String introHtml = yaml.located("intro").map(this::render).orElse("");
    int beforeList = problemCount();
    List<YamlMapping> entries = yaml.mappingList("questions");
    if (entries.isEmpty() && problemCount() == beforeList) {
      problems.add(
          path,
          yaml.lineOfKey("questions"),
          "has no questions; add a list under \"questions:\" with at least one \"- type: …\""
              + " entry");
    }
    QuestionReading reading = new QuestionReading(path, settings.graded());
    List<Question> questions = new ArrayList<>();
    for (YamlMapping entry : entries) {
      reading.read(entry, "q" + (questions.size() + 1)).ifPresent(questions::add);
    }
    if (problemCount() > problemsBefore || settings.title() == null) {
      return Optional.empty();
    }
    return Optional.of(
        LessonOutline.quiz(
            slug,
            settings.title(),
            settings.minutesFor(questions.size()),
            settings.required(),
            introHtml,
            settings.definition(questions)));
  }

  private String render(Located text) {
    return markdown.render(text.text(), text.line());
  }

  private int problemCount() {
    return problems.problems().size();
  }

  /** Reads the questions of one quiz file. */
  private final class QuestionReading {

    private final String path;
    private final boolean graded;

    QuestionReading(String path, boolean graded) {
      this.path = path;
      this.graded = graded;
    }

    Optional<Question> read(YamlMapping yaml, String key) {
      Optional<String> type = yaml.text("type");
      if (type.isEmpty()) {
        problems.add(
            path,
            yaml.line(),
            "type is missing; start each question with \"- type: …\", one of " + TYPES);
        return Optional.empty();
      }
      Set<String> fields = FIELDS_BY_TYPE.get(type.get());
      if (fields == null) {
        problems.add(
            path, yaml.lineOfKey("type"), "type must be " + TYPES + ", not \"" + type.get() + "\"");
        return Optional.empty();
      }
      yaml.rejectUnknownKeys(fields);
      String promptHtml =
          yaml.requiredLocated("prompt").map(QuizYamlReader.this::render).orElse("");
      double points = yaml.decimalAbove("points", 0, MAX_POINTS).orElse(1.0);
      String explanationHtml =
          yaml.located("explanation").map(QuizYamlReader.this::render).orElse("");
      QuestionDraft draft = new QuestionDraft();
      switch (type.get()) {
        case "single" -> single(yaml, draft);
        case "multiple" -> multiple(yaml, draft);
        case "true-false" -> trueFalse(yaml, draft);
        case "short" -> shortAnswer(yaml, draft);
        case "matching" -> matching(yaml, draft);
        default -> ordering(yaml, draft);
      }
      return Optional.of(
          new Question(
              key,
              draft.type,
              promptHtml,
              points,
              draft.choices,
              draft.scoring,
              draft.caseSensitive,
              draft.pairs,
              explanationHtml,
              draft.incorrectFeedbackHtml));
    }

    private void single(YamlMapping yaml, QuestionDraft draft) {
      draft.type = QuestionType.SINGLE_CHOICE;
      List<OptionEntry> options = options(yaml);
      List<OptionEntry> correct = options.stream().filter(OptionEntry::correct).toList();
      if (correct.size() > 1) {
        problems.add(
            path,
            correct.get(1).line(),
            "is a second correct option, but a single question has exactly one; use \"type:"
                + " multiple\" for several");
      }
      if (correct.isEmpty()) {
        noCorrectAnswer(yaml, "has no correct option; mark the right one with \"correct: true\"");
      }
      for (OptionEntry option : options) {
        draft.choices.add(option.choice(draft.choices.size() + 1, option.correct() ? 1 : 0));
      }
    }

    private void multiple(YamlMapping yaml, QuestionDraft draft) {
      draft.type = QuestionType.MULTIPLE_CHOICE;
      draft.scoring = scoring(yaml, Scoring.ALL_OR_NOTHING);
      List<OptionEntry> options = options(yaml);
      long correct = options.stream().filter(OptionEntry::correct).count();
      if (correct == 0) {
        noCorrectAnswer(yaml, "has no correct option; mark each right one with \"correct: true\"");
      }
      // Wrong options take away as much as right ones give, so ticking everything never earns full
      // credit.
      double share = correct == 0 ? 0 : 1.0 / correct;
      double wrong = draft.scoring == Scoring.PARTIAL ? -share : 0;
      for (OptionEntry option : options) {
        draft.choices.add(
            option.choice(draft.choices.size() + 1, option.correct() ? share : wrong));
      }
    }

    private List<OptionEntry> options(YamlMapping yaml) {
      List<OptionEntry> options = new ArrayList<>();
      List<YamlMapping> entries = yaml.mappingList("options");
      for (YamlMapping entry : entries) {
        entry.rejectUnknownKeys(OPTION_FIELDS);
        Optional<Located> text = entry.requiredLocated("text");
        boolean correct = entry.yesNo("correct", false);
        String feedbackHtml = entry.located("feedback").map(QuizYamlReader.this::render).orElse("");
        text.ifPresent(
            t ->
                options.add(
                    new OptionEntry(
                        t.text(), render(t), correct, feedbackHtml, entry.lineOfKey("correct"))));
      }
      if (entries.size() < 2) {
        problems.add(
            path,
            yaml.lineOfKey("options"),
            "options needs at least two options, each written \"- text: …\"; this question has "
                + entries.size());
      }
      return options;
    }

    private void trueFalse(YamlMapping yaml, QuestionDraft draft) {
      draft.type = QuestionType.TRUE_FALSE;
      int before = problemCount();
      Optional<Boolean> answer = yaml.trueOrFalse("answer");
      if (answer.isEmpty() && problemCount() == before) {
        noCorrectAnswer(yaml, "answer is missing; add \"answer: true\" or \"answer: false\"");
      }
      String right = yaml.located("feedback_correct").map(QuizYamlReader.this::render).orElse("");
      String wrong = yaml.located("feedback_incorrect").map(QuizYamlReader.this::render).orElse("");
      for (boolean value : new boolean[] {true, false}) {
        String label = value ? "True" : "False";
        boolean isAnswer = answer.isPresent() && answer.get() == value;
        String feedback = answer.isEmpty() ? "" : isAnswer ? right : wrong;
        draft.choices.add(
            new Choice(String.valueOf(value), label, label, isAnswer ? 1 : 0, feedback));
      }
    }

    private void shortAnswer(YamlMapping yaml, QuestionDraft draft) {
      draft.type = QuestionType.SHORT_ANSWER;
      List<String> answers = yaml.textList("answers");
      if (answers.isEmpty()) {
        noCorrectAnswer(
            yaml,
            "has no accepted answers; add them as a list such as \"answers: [regulate,"
                + " regulation]\"");
      }
      draft.caseSensitive = yaml.yesNo("case_sensitive", false);
      String right = yaml.located("feedback_correct").map(QuizYamlReader.this::render).orElse("");
      draft.incorrectFeedbackHtml =
          yaml.located("feedback_incorrect").map(QuizYamlReader.this::render).orElse("");
      for (String answer : answers) {
        draft.choices.add(
            new Choice(
                "o" + (draft.choices.size() + 1), answer, PlainText.toHtml(answer), 1, right));
      }
    }

    private void matching(YamlMapping yaml, QuestionDraft draft) {
      draft.type = QuestionType.MATCHING;
      draft.scoring = scoring(yaml, Scoring.PARTIAL);
      List<YamlMapping> entries = yaml.mappingList("pairs");
      Map<String, String> matchByPrompt = new HashMap<>();
      for (YamlMapping entry : entries) {
        entry.rejectUnknownKeys(PAIR_FIELDS);
        Optional<Located> prompt = entry.requiredLocated("prompt");
        Optional<String> match = entry.requiredText("match");
        if (prompt.isEmpty() || match.isEmpty()) {
          continue;
        }
        String promptKey = prompt.get().text().replaceAll("\\s+", " ");
        String earlier = matchByPrompt.putIfAbsent(promptKey, match.get());
        if (earlier != null && earlier.equals(match.get())) {
          problems.add(
              path,
              entry.line(),
              "repeats the pair \"" + promptKey + "\" → \"" + earlier + "\"; keep one");
        } else if (earlier != null) {
          problems.add(
              path,
              entry.line(),
              "repeats the prompt \""
                  + promptKey
                  + "\" (matched with \""
                  + earlier
                  + "\" above); each prompt must appear once");
        } else {
          draft.pairs.add(
              new MatchPair("p" + (draft.pairs.size() + 1), render(prompt.get()), match.get()));
        }
      }
      if (entries.size() < 2) {
        problems.add(
            path,
            yaml.lineOfKey("pairs"),
            "pairs needs at least two pairs, each written \"- prompt: …\" and \"match: …\"; this"
                + " question has "
                + entries.size());
      }
    }

    private void ordering(YamlMapping yaml, QuestionDraft draft) {
      draft.type = QuestionType.ORDERING;
      draft.scoring = scoring(yaml, Scoring.ALL_OR_NOTHING);
      List<Located> items = yaml.locatedList("items");
      Set<String> seen = new HashSet<>();
      for (Located item : items) {
        if (!seen.add(item.text())) {
          problems.add(
              path,
              item.line(),
              "\"" + item.text() + "\" appears twice in items; each item must be different");
        }
        draft.choices.add(
            new Choice("o" + (draft.choices.size() + 1), item.text(), render(item), 0, ""));
      }
      if (items.size() < 2) {
        problems.add(
            path,
            yaml.lineOfKey("items"),
            "items needs at least two items, in their correct order; this question has "
                + items.size());
      }
    }

    private Scoring scoring(YamlMapping yaml, Scoring defaultScoring) {
      Optional<String> scoring = yaml.text("scoring");
      if (scoring.isEmpty()) {
        return defaultScoring;
      }
      return switch (scoring.get()) {
        case "all-or-nothing" -> Scoring.ALL_OR_NOTHING;
        case "partial" -> Scoring.PARTIAL;
        default -> {
          problems.add(
              path,
              yaml.lineOfKey("scoring"),
              "scoring must be all-or-nothing or partial, not \"" + scoring.get() + "\"");
          yield defaultScoring;
        }
      };
    }

    /** Only a graded quiz needs a right answer; a self-check question may be a free reflection. */
    private void noCorrectAnswer(YamlMapping yaml, String message) {
      if (graded) {
        problems.add(path, yaml.line(), message + " (or make the quiz \"kind: self-check\")");
      }
    }
  }

  /** An option as written, before its credit is known. */
  private record OptionEntry(
      String text, String html, boolean correct, String feedbackHtml, int line) {

    Choice choice(int number, double credit) {
      return new Choice("o" + number, text, html, credit, feedbackHtml);
    }
  }

  /** What differs between question types, filled in by type. */
  private static final class QuestionDraft {
    QuestionType type;
    Scoring scoring = Scoring.ALL_OR_NOTHING;
    boolean caseSensitive;
    String incorrectFeedbackHtml = "";
    final List<Choice> choices = new ArrayList<>();
    final List<MatchPair> pairs = new ArrayList<>();
  }

  private static Set<String> with(Set<String> fields, String... more) {
    Set<String> all = new HashSet<>(fields);
    all.addAll(List.of(more));
    return Set.copyOf(all);
  }
}
