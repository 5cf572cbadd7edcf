package org.hearth.infrastructure.content;

import org.hearth.application.authoring.QuizDocument;

/**
 * Puts a quiz's settings, as the content reader read them, on the quiz editor's form. The title and
 * introduction are taken as written, so saving keeps their layout; a setting the file spells out is
 * marked so, so saving keeps it even at its default.
 */
final class QuizSettingsForm {

  private QuizSettingsForm() {}

  static void fill(QuizDocument form, QuizSettings settings, YamlMapping yaml) {
    yaml.raw("title").ifPresent(form::setTitle);
    yaml.raw("intro").ifPresent(form::setIntro);
    form.setKind(settings.kind());
    form.setPassMark(settings.passMark());
    form.setMaxAttempts(settings.maxAttempts());
    form.setShuffleQuestions(settings.shuffleQuestions());
    form.setShuffleOptions(settings.shuffleOptions());
    form.setRequired(settings.required());
    form.setMinutes(settings.minutes());
    for (String key :
        new String[] {
          "pass_mark", "max_attempts", "shuffle_questions", "shuffle_options", "required"
        }) {
      if (yaml.has(key)) {
        form.keepSpelledOut(key);
      }
    }
  }
}
