package org.hearth.domain.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuizDefinitionConverterTest {

  @Test
  void aQuizReadBackEqualsTheQuizStored() {
    QuizDefinition quiz = QuizSamples.everyType();
    QuizDefinitionConverter converter = new QuizDefinitionConverter();

    String json = converter.convertToDatabaseColumn(quiz);

    assertEquals(quiz, converter.convertToEntityAttribute(json));
  }

  @Test
  void noQuizIsStoredAsNull() {
    QuizDefinitionConverter converter = new QuizDefinitionConverter();
    assertEquals(null, converter.convertToDatabaseColumn(null));
    assertEquals(null, converter.convertToEntityAttribute(null));
    assertEquals(
        List.of(),
        new QuizDefinition(QuizKind.SELF_CHECK, 0, 0, false, false, List.of()).questions());
  }

  @Test
  void answersReadBackInTheirOrder() {
    QuizAnswers answers =
        new QuizAnswers(new java.util.LinkedHashMap<>(java.util.Map.of("q1", List.of("o2"))));
    QuizAnswersConverter converter = new QuizAnswersConverter();
    QuizAnswers read =
        converter.convertToEntityAttribute(converter.convertToDatabaseColumn(answers));
    assertEquals(answers, read);
    assertEquals(QuizAnswers.NONE, converter.convertToEntityAttribute(""));
  }
}
