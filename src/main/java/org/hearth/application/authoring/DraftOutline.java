package org.hearth.application.authoring;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hearth.domain.catalog.ItemKind;

/**
 * The modules and items of a draft as its file names lay them out, read leniently so the course
 * editor can show a draft that does not yet publish: numbered folders are modules, numbered {@code
 * .md}, {@code .quiz.yaml}, {@code .gift} and {@code .worksheet.md} files are items, and titles
 * come from each file's title line (or its name, when that cannot be read).
 */
public record DraftOutline(List<Module> modules, List<String> assets, List<String> otherFiles) {

  private static final Pattern NUMBERED = Pattern.compile("(\\d{1,4})-([a-z0-9]+(?:-[a-z0-9]+)*)");
  private static final Pattern ITEM =
      Pattern.compile(NUMBERED.pattern() + "(\\.worksheet\\.md|\\.quiz\\.yaml|\\.gift|\\.md)");

  /** A module folder and its items, in reading order. */
  public record Module(String dir, String slug, String title, List<Item> items) {}

  /** One lesson, quiz or worksheet file. */
  public record Item(String path, String slug, String title, ItemKind kind, String extension) {

    public String fileName() {
      return path.substring(path.indexOf('/') + 1);
    }

    public String kindLabel() {
      return switch (kind) {
        case LESSON -> "Lesson";
        case QUIZ -> "Quiz";
        case WORKSHEET -> "Worksheet";
      };
    }
  }

  public static DraftOutline of(Map<String, byte[]> files) {
    Map<String, List<Item>> itemsByDir = new TreeMap<>(byNumber());
    Map<String, String> moduleTitles = new TreeMap<>();
    List<String> assets = new ArrayList<>();
    List<String> others = new ArrayList<>();
    for (Map.Entry<String, byte[]> file : new TreeMap<>(files).entrySet()) {
      String path = file.getKey();
      String[] parts = path.split("/");
      if (parts[0].equals("assets")) {
        assets.add(path);
      } else if (parts.length == 2 && NUMBERED.matcher(parts[0]).matches()) {
        itemsByDir.computeIfAbsent(parts[0], d -> new ArrayList<>());
        Matcher item = ITEM.matcher(parts[1]);
        String text = new String(file.getValue(), StandardCharsets.UTF_8);
        if (parts[1].equals("module.yaml")) {
          SourceTitles.title(path, text).ifPresent(t -> moduleTitles.put(parts[0], t));
        } else if (item.matches()) {
          String title = SourceTitles.title(path, text).orElse(item.group(2));
          itemsByDir
              .get(parts[0])
              .add(new Item(path, item.group(2), title, kindOf(item.group(3)), item.group(3)));
        } else {
          others.add(path);
        }
      } else if (!path.equals("course.yaml")) {
        others.add(path);
      }
    }
    List<Module> modules = new ArrayList<>();
    itemsByDir.forEach(
        (dir, items) -> {
          Matcher m = NUMBERED.matcher(dir);
          String slug = m.matches() ? m.group(2) : dir;
          items.sort(Comparator.comparing(Item::fileName, byNumber()));
          modules.add(
              new Module(dir, slug, moduleTitles.getOrDefault(dir, slug), List.copyOf(items)));
        });
    return new DraftOutline(List.copyOf(modules), List.copyOf(assets), List.copyOf(others));
  }

  public Optional<Module> module(String dir) {
    return modules.stream().filter(m -> m.dir().equals(dir)).findFirst();
  }

  public Optional<Item> item(String path) {
    return modules.stream()
        .flatMap(m -> m.items().stream())
        .filter(i -> i.path().equals(path))
        .findFirst();
  }

  public Set<String> moduleSlugs() {
    Set<String> slugs = new HashSet<>();
    modules.forEach(m -> slugs.add(m.slug()));
    return slugs;
  }

  public Set<String> itemSlugs() {
    Set<String> slugs = new HashSet<>();
    modules.forEach(m -> m.items().forEach(i -> slugs.add(i.slug())));
    return slugs;
  }

  /** The file name an item gets at a position: 3 and "intro" and ".md" give 03-intro.md. */
  public static String numbered(int position, String slug, String extension) {
    return String.format("%02d-%s%s", position, slug, extension);
  }

  private static ItemKind kindOf(String extension) {
    return switch (extension) {
      case ".worksheet.md" -> ItemKind.WORKSHEET;
      case ".quiz.yaml", ".gift" -> ItemKind.QUIZ;
      default -> ItemKind.LESSON;
    };
  }

  /** Orders names by their leading number, then by name, as the content reader does. */
  private static Comparator<String> byNumber() {
    return Comparator.comparingInt(DraftOutline::leadingNumber)
        .thenComparing(Comparator.naturalOrder());
  }

  private static int leadingNumber(String name) {
    Matcher m = Pattern.compile("^(\\d{1,4})-").matcher(name);
    return m.find() ? Integer.parseInt(m.group(1)) : Integer.MAX_VALUE;
  }
}
