package org.hearth.application.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.hearth.domain.asset.CourseFileAddress;
import org.hearth.domain.authoring.CourseDraft;
import org.hearth.infrastructure.persistence.DraftRepository;

/**
 * The images and downloads of each course's newest published version, by their public address
 * ({@link CourseFileAddress}: the files of assets/ by their name there, every other one by its path
 * in the course folder, as a static-site generator publishes them). They are read from the
 * version's archive once per version and kept in memory; a request costs one small query that
 * checks the version number.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PublishedAssets {

  private record Loaded(int number, Map<String, byte[]> assets) {}

  @Inject CourseArchiveFormat zips;
  @Inject DraftRepository drafts;

  private final Map<String, Loaded> cache = new ConcurrentHashMap<>();

  /** The bytes of the file published at {@code path}, if there is such a file. */
  public Optional<byte[]> asset(String slug, String path) {
    int number = drafts.latestNumber(slug);
    if (number == 0) {
      cache.remove(slug);
      return Optional.empty();
    }
    Loaded loaded = cache.get(slug);
    if (loaded == null || loaded.number() != number) {
      loaded = load(slug, number);
      cache.put(slug, loaded);
    }
    return Optional.ofNullable(loaded.assets().get(path));
  }

  private Loaded load(String slug, int number) {
    CourseDraft draft = drafts.bySlug(slug).orElseThrow();
    Map<String, byte[]> assets = new HashMap<>();
    drafts
        .version(draft.getId(), number)
        .ifPresent(
            v ->
                zips.read(v.getArchive())
                    .files()
                    .forEach((path, bytes) -> add(assets, path, bytes)));
    return new Loaded(number, Map.copyOf(assets));
  }

  /**
   * Adds a file of a served type at its address; a file in assets/ wins over another one that would
   * have its address (the import refuses a link to the other one).
   */
  private static void add(Map<String, byte[]> assets, String path, byte[] bytes) {
    if (CourseFileAddress.contentType(path).isEmpty()) {
      return;
    }
    CourseFileAddress.publicPath(path)
        .ifPresent(
            address -> {
              if (path.startsWith("assets/")) {
                assets.put(address, bytes);
              } else {
                assets.putIfAbsent(address, bytes);
              }
            });
  }
}
