package org.hearth.application.authoring;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.hearth.application.account.SignedInUser;
import org.hearth.domain.authoring.CourseDraft;
import org.hearth.domain.authoring.DraftFile;
import org.hearth.infrastructure.persistence.DraftRepository;

/**
 * Renames a draft's files and rewrites every link to them, in one pass over the draft, so a
 * reordered course never links to a file that moved. Runs inside the caller's transaction.
 */
final class DraftRenames {

  private DraftRenames() {}

  static void apply(
      DraftRepository drafts,
      Clock clock,
      CourseDraft draft,
      SignedInUser user,
      UnaryOperator<String> newPathOf) {
    List<DraftFile> files = drafts.files(draft.getId());
    Map<String, String> renames = new HashMap<>();
    for (DraftFile file : files) {
      String renamed = newPathOf.apply(file.getPath());
      if (!renamed.equals(file.getPath())) {
        renames.put(file.getPath(), renamed);
      }
    }
    if (renames.isEmpty()) {
      return;
    }
    LinkRenames links = new LinkRenames(renames);
    Instant now = clock.instant();
    for (DraftFile file : files) {
      String path = renames.getOrDefault(file.getPath(), file.getPath());
      byte[] content =
          LinkRenames.isText(path)
              ? links.apply(file.text()).getBytes(StandardCharsets.UTF_8)
              : file.getContent();
      if (!path.equals(file.getPath()) || !Arrays.equals(content, file.getContent())) {
        file.move(path, content, now, user.email());
      }
    }
    draft.edited(now, user.email());
  }
}
