package org.hearth.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hearth.application.authoring.AuthoringProblem;
import org.hearth.application.authoring.CourseHistory;
import org.hearth.application.authoring.DraftPreview;
import org.hearth.application.worksheet.WorksheetRenderer;
import org.hearth.domain.asset.ImageUpload;
import org.hearth.domain.catalog.ItemKind;
import org.hearth.web.account.CurrentUser;
import org.hearth.web.authoring.LessonFile;

/**
 * The item editor's live preview, {@code POST /api/instructor/courses/{course}/preview} with the
 * editor's form fields: the item rendered and sanitised by the learners' pipeline, and the file's
 * problems by line. Also the PDF of a draft worksheet, {@code GET …/worksheet.pdf?path=…}. Nothing
 * is saved; only the course's instructors and administrators are answered.
 */
@Path("instructor/courses/{course: [a-z0-9-]{1,100}}")
@RequestScoped
@RolesAllowed({"instructor", "administrator"})
public class DraftPreviewResource {

  private static final int MAX_TEXT = 1_000_000;

  @Inject DraftPreview previews;
  @Inject CurrentUser viewer;
  @Inject CourseHistory history;
  @Inject WorksheetRenderer worksheets;

  @POST
  @Path("preview")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.APPLICATION_JSON)
  public Response preview(
      @PathParam("course") String slug,
      @FormParam("path") String path,
      @FormParam("lesson-form") String lessonForm,
      @FormParam("title") String title,
      @FormParam("minutes") String minutes,
      @FormParam("objectives") String objectives,
      @FormParam("preview") String preview,
      @FormParam("required") String required,
      @FormParam("text") String text) {
    if (path == null || (text != null && text.length() > MAX_TEXT)) {
      return JsonAnswers.problem(
          Response.Status.BAD_REQUEST,
          "A preview needs the file's path and at most " + MAX_TEXT + " characters of text.");
    }
    Integer mins = null;
    if (minutes != null && !minutes.isBlank()) {
      try {
        mins = Integer.valueOf(minutes.strip());
      } catch (NumberFormatException e) {
        return JsonAnswers.problem(
            Response.Status.BAD_REQUEST, "Reading time must be a whole number of minutes.");
      }
    }
    String composed =
        LessonFile.compose(
            "true".equals(lessonForm),
            title,
            mins,
            objectives,
            isOn(preview),
            isOn(required),
            text);
    DraftPreview.Preview result = previews.preview(viewer.require(), slug, path, composed);
    JsonArrayBuilder problems = Json.createArrayBuilder();
    LessonFile.asShown(result.problems(), "true".equals(lessonForm), composed)
        .forEach(
            p ->
                problems.add(
                    Json.createObjectBuilder().add("line", p.line()).add("message", p.message())));
    return Response.ok(
            Json.createObjectBuilder()
                .add("html", result.html())
                .add("problems", problems)
                .add("draftProblems", result.draftProblems())
                .build())
        .header("Cache-Control", "no-store")
        .build();
  }

  @GET
  @Path("worksheet.pdf")
  @Produces("application/pdf")
  public Response worksheetPdf(@PathParam("course") String slug, @QueryParam("path") String path) {
    if (path == null || !path.endsWith(".worksheet.md")) {
      throw new AuthoringProblem(AuthoringProblem.Kind.NOT_FOUND, "The worksheet was not found.");
    }
    DraftPreview.Preview result = previews.previewSaved(viewer.require(), slug, path);
    var item =
        result
            .item()
            .filter(i -> i.kind() == ItemKind.WORKSHEET)
            .orElseThrow(
                () ->
                    new AuthoringProblem(
                        AuthoringProblem.Kind.INVALID,
                        "The draft has problems to fix before its worksheets can be shown as PDFs.",
                        result.problems()));
    return Response.ok(
            worksheets.blank("Draft preview", item.title(), item.worksheet()), "application/pdf")
        .header("Content-Disposition", DownloadName.inline("worksheet-preview.pdf"))
        .header("Cache-Control", "private, no-store")
        .build();
  }

  /** An image of the draft, for the editor's preview: generated names only, with nosniff. */
  @GET
  @Path("draft-assets/{name: [a-f0-9]{20}\\.(png|jpg|gif|webp)}")
  public Response draftAsset(@PathParam("course") String slug, @PathParam("name") String name) {
    var type =
        ImageUpload.storedType(name)
            .orElseThrow(
                () ->
                    new AuthoringProblem(
                        AuthoringProblem.Kind.NOT_FOUND, "The image was not found."));
    byte[] bytes =
        history
            .draftFile(viewer.require(), slug, "assets/" + name)
            .orElseThrow(
                () ->
                    new AuthoringProblem(
                        AuthoringProblem.Kind.NOT_FOUND, "The image was not found."));
    return Response.ok(bytes, type.contentType())
        .header("X-Content-Type-Options", "nosniff")
        .header("Cache-Control", "private, no-store")
        .build();
  }

  /** A checkbox is on when the form sent it at all (Faces sends "on"; others may send "true"). */
  private static boolean isOn(String value) {
    return value != null && !value.equals("false");
  }
}
