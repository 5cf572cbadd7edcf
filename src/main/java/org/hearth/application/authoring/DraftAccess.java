package org.hearth.application.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hearth.application.account.SignedInUser;
import org.hearth.domain.account.Role;
import org.hearth.domain.authoring.CourseDraft;
import org.hearth.domain.authoring.DraftFile;
import org.hearth.infrastructure.persistence.DraftRepository;

/**
 * Finds a course draft for someone who wants to edit it, and refuses everyone else: a draft may be
 * read and changed by administrators and by the instructors its course.yaml names, nobody else.
 */
@ApplicationScoped
public class DraftAccess {

  @Inject DraftRepository drafts;

  public static boolean mayEdit(SignedInUser user, CourseDraft draft) {
    return user.has(Role.ADMINISTRATOR)
        || (user.has(Role.INSTRUCTOR) && draft.isTaughtBy(user.email()));
  }

  /** The draft, for reading. Must run inside a transaction. */
  public CourseDraft read(SignedInUser user, String slug) {
    return allowed(
        user,
        drafts
            .bySlug(slug)
            .orElseThrow(
                () -> AuthoringProblem.notFound("The course \"" + Display.clip(slug) + "\"")));
  }

  /** The draft, locked until the transaction ends, for a change. Must run inside a transaction. */
  public CourseDraft change(SignedInUser user, String slug) {
    return allowed(
        user,
        drafts
            .lockBySlug(slug)
            .orElseThrow(
                () -> AuthoringProblem.notFound("The course \"" + Display.clip(slug) + "\"")));
  }

  /** Every file of the draft by path, in path order. */
  public Map<String, byte[]> files(CourseDraft draft) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (DraftFile file : drafts.files(draft.getId())) {
      files.put(file.getPath(), file.getContent());
    }
    return files;
  }

  public List<CourseDraft> editableBy(SignedInUser user) {
    return drafts.all().stream().filter(d -> mayEdit(user, d)).toList();
  }

  private static CourseDraft allowed(SignedInUser user, CourseDraft draft) {
    if (!mayEdit(user, draft)) {
      throw AuthoringProblem.forbidden();
    }
    return draft;
  }
}
