package org.hearth.web.authoring;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.hearth.application.authoring.AuthoringProblem;
import org.hearth.application.authoring.CourseDrafts;
import org.hearth.application.authoring.DraftPreview;
import org.hearth.application.authoring.QuizDocument;
import org.hearth.application.authoring.QuizForms;
import org.hearth.application.authoring.QuizNumberDraft;
import org.hearth.application.authoring.QuizOptionDraft;
import org.hearth.application.authoring.QuizPairDraft;
import org.hearth.application.authoring.QuizQuestionDraft;
import org.hearth.application.authoring.QuizTextDraft;
import org.hearth.application.content.ContentProblem;
import org.hearth.domain.quiz.QuestionType;
import org.hearth.domain.quiz.QuizKind;
import org.hearth.domain.quiz.Scoring;
import org.hearth.web.account.CurrentUser;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The quiz editor, /instructor/quiz?course={slug}&path={file}.quiz.yaml: the quiz's settings and
 * each question as a form, whatever its type, with buttons to add, remove and move questions,
 * options, pairs, items and accepted answers. Views are stateless, so the saved quiz is read before
 * the form is decoded; every button applies the form to it and saves the draft file (refused when
 * someone else saved it since), then shows the page afresh with the quiz's problems and preview.
 */
@Named
@RequestScoped
public class InstructorQuizPage {

  @Inject CurrentUser viewer;
  @Inject CourseDrafts drafts;
  @Inject DraftPreview previews;
  @Inject QuizForms forms;

  private String slug;
  private String path;
  private long version = -1;
  private boolean loaded;
  private QuizDocument quiz;
  private DraftPreview.Preview preview;
  private String savedText;
  private QuestionType newType = QuestionType.SINGLE_CHOICE;

  /** Reads the saved quiz on first use: on a postback, before the form is decoded into it. */
  public void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    slug = Faces.getRequestParameter("course");
    path = Faces.getRequestParameter("path");
    if (!AuthoringPages.addressed(slug, path != null && path.endsWith(".quiz.yaml"))) {
      return;
    }
    try {
      CourseDrafts.OpenFile file =
          drafts
              .open(viewer.require(), slug, path)
              .orElseThrow(
                  () -> new AuthoringProblem(AuthoringProblem.Kind.NOT_FOUND, "Not found"));
      version = file.version();
      quiz = forms.read(file.text());
      savedText = file.text();
    } catch (IllegalArgumentException e) {
      Messages.addGlobalError(
          "This quiz's YAML cannot be read as a form ("
              + e.getMessage()
              + "). Edit it as text instead.");
    } catch (AuthoringProblem e) {
      AuthoringPages.show(e);
    }
  }

  public void save() {
    change(() -> {}, "Saved the quiz to the draft.");
  }

  public void addQuestion() {
    change(() -> getQuiz().addQuestion(newType), "Added a question at the end.");
  }

  public void removeQuestion(QuizQuestionDraft question) {
    change(() -> getQuiz().removeQuestion(question), "Removed the question.");
  }

  public void moveQuestionUp(QuizQuestionDraft question) {
    change(() -> getQuiz().moveQuestionUp(question), "Moved the question up.");
  }

  public void moveQuestionDown(QuizQuestionDraft question) {
    change(() -> getQuiz().moveQuestionDown(question), "Moved the question down.");
  }

  public void addOption(QuizQuestionDraft question) {
    change(question::addOption, "Added an option.");
  }

  public void removeOption(QuizQuestionDraft question, QuizOptionDraft option) {
    change(() -> question.removeOption(option), "Removed the option.");
  }

  public void addPair(QuizQuestionDraft question) {
    change(question::addPair, "Added a pair.");
  }

  public void removePair(QuizQuestionDraft question, QuizPairDraft pair) {
    change(() -> question.removePair(pair), "Removed the pair.");
  }

  public void addItem(QuizQuestionDraft question) {
    change(question::addItem, "Added an item.");
  }

  public void removeItem(QuizQuestionDraft question, QuizTextDraft item) {
    change(() -> question.removeItem(item), "Removed the item.");
  }

  public void addAnswer(QuizQuestionDraft question) {
    change(question::addAnswer, "Added an accepted answer.");
  }

  public void addNumber(QuizQuestionDraft question) {
    change(question::addNumber, "Added an accepted number.");
  }

  public void removeNumber(QuizQuestionDraft question, QuizNumberDraft number) {
    change(() -> question.removeNumber(number), "Removed the accepted number.");
  }

  public void removeAnswer(QuizQuestionDraft question, QuizTextDraft answer) {
    change(() -> question.removeAnswer(answer), "Removed the accepted answer.");
  }

  private void change(Runnable change, String message) {
    if (getQuiz() == null) {
      return;
    }
    try {
      long opened = AuthoringPages.openedVersion();
      change.run();
      long saved = drafts.save(viewer.require(), slug, path, quiz.toYaml(), opened);
      AuthoringPages.saved(
          "quiz", slug, path, saved, message + " Learners see it after the course is published.");
    } catch (AuthoringProblem e) {
      AuthoringPages.show(e);
    }
  }

  public QuizDocument getQuiz() {
    load();
    return quiz;
  }

  public List<ContentProblem> getProblems() {
    return preview().map(DraftPreview.Preview::problems).orElse(List.of());
  }

  public String getPreviewHtml() {
    return preview().map(DraftPreview.Preview::html).orElse("");
  }

  /**
   * The saved quiz's preview, made when the page is rendered, never for a button that redirects.
   */
  private Optional<DraftPreview.Preview> preview() {
    if (preview == null && savedText != null && AuthoringPages.rendering()) {
      preview = previews.preview(viewer.require(), slug, path, savedText);
    }
    return Optional.ofNullable(preview);
  }

  public String getSlug() {
    load();
    return slug;
  }

  public String getPath() {
    return path;
  }

  public long getVersion() {
    return version;
  }

  public QuestionType getNewType() {
    return newType;
  }

  public void setNewType(QuestionType newType) {
    this.newType = newType;
  }

  public QuestionType[] getTypes() {
    return QuestionType.values();
  }

  public QuizKind[] getKinds() {
    return QuizKind.values();
  }

  public Scoring[] getScorings() {
    return Scoring.values();
  }

  /** How a question type is named on the page. */
  public String typeLabel(QuestionType type) {
    return switch (type) {
      case SINGLE_CHOICE -> "Single choice (one right option)";
      case MULTIPLE_CHOICE -> "Multiple choice (any number of right options)";
      case TRUE_FALSE -> "True or false";
      case SHORT_ANSWER -> "Short answer (typed text)";
      case MATCHING -> "Matching";
      case ORDERING -> "Ordering";
      case NUMERICAL -> "Numerical (a typed number)";
    };
  }
}
