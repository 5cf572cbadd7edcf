package org.hearth.infrastructure.content;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import org.hearth.infrastructure.content.ItemFile.Format;

/**
 * Finds a course folder's numbered module folders and, in each, its numbered lessons, quizzes and
 * worksheets, before any of them is read: a link from one lesson to another needs every item's slug
 * first. Images and downloads may lie anywhere ({@link AssetFiles}); other stray files, folders
 * that hold lessons under a name Hearth does not read, and names that two entries share once their
 * numbers are dropped are reported.
 */
final class ModuleFinder {

  private final CourseFiles files;
  private final AssetFiles assetFiles;
  private final ProblemList problems;
  private final Map<String, String> moduleSlugs = new HashMap<>();
  private final Map<String, String> itemSlugs = new HashMap<>();

  ModuleFinder(CourseFiles files) {
    this.files = files;
    this.assetFiles = new AssetFiles(files);
    this.problems = files.problems();
  }

  List<ModuleFolder> find() {
    List<ModuleFolder> modules = new ArrayList<>();
    for (Path entry : files.list(files.dir())) {
      module(entry).ifPresent(modules::add);
    }
    return modules;
  }

  /** The module an entry of the course folder is, with its items, or empty if it is none. */
  private Optional<ModuleFolder> module(Path entry) {
    String name = entry.getFileName().toString();
    if (name.startsWith(".") || name.equals("course.yaml")) {
      return Optional.empty();
    }
    boolean folder = Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS);
    if ((name.equals("assets") || name.equals(LiquidTags.INCLUDES)) && folder) {
      return Optional.empty();
    }
    Matcher numbered = ContentNames.NUMBERED.matcher(name);
    if (!folder || !numbered.matches()) {
      if (!assetFiles.isAsset(entry)) {
        problems.add(
            files.relative(entry),
            0,
            "is not expected here; a course folder holds course.yaml, numbered module folders"
                + " such as 01-getting-started/, and images and downloads (in assets/ or any other"
                + " folder without lessons, such as fig/)");
      }
      return Optional.empty();
    }
    String slug = numbered.group(2);
    String previous = moduleSlugs.putIfAbsent(slug, files.relative(entry));
    if (previous != null) {
      problems.add(
          files.relative(entry),
          0,
          "has the same name as "
              + previous
              + " once the number is dropped; module names must differ");
      return Optional.empty();
    }
    ModuleFolder module = new ModuleFolder(entry, slug);
    for (Path item : files.list(entry)) {
      addItem(module, item);
    }
    return Optional.of(module);
  }

  private void addItem(ModuleFolder module, Path item) {
    String itemName = item.getFileName().toString();
    if (itemName.startsWith(".") || itemName.equals("module.yaml")) {
      return;
    }
    Matcher lesson = ContentNames.LESSON_FILE.matcher(itemName);
    Matcher quiz = ContentNames.QUIZ_FILE.matcher(itemName);
    boolean file = Files.isRegularFile(item, LinkOption.NOFOLLOW_LINKS);
    Matcher worksheet = ContentNames.WORKSHEET_FILE.matcher(itemName);
    if (worksheet.matches() && file) {
      addItem(module, item, worksheet.group(2), Format.WORKSHEET);
    } else if (lesson.matches() && file) {
      addItem(module, item, lesson.group(2), Format.LESSON);
    } else if (quiz.matches() && file) {
      addItem(
          module,
          item,
          quiz.group(2),
          quiz.group(3).equals("gift") ? Format.GIFT : Format.QUIZ_YAML);
    } else if (!assetFiles.isAsset(item)) {
      problems.add(
          files.relative(item),
          0,
          "is not a lesson, a quiz or a worksheet; lessons are named like 01-welcome.md,"
              + " quizzes like 02-check.quiz.yaml or 02-check.gift, and worksheets like"
              + " 03-reflect.worksheet.md (a number, a hyphen, lowercase words); images and"
              + " downloads may sit beside them or in a folder without lessons, such as fig/");
    }
  }

  /**
   * Adds a lesson, quiz or worksheet to its module, unless another item of the course has its slug.
   */
  private void addItem(ModuleFolder module, Path file, String slug, Format format) {
    String other = itemSlugs.putIfAbsent(slug, files.relative(file));
    if (other != null) {
      problems.add(
          files.relative(file),
          0,
          "has the same name as "
              + other
              + " once the number and extension are dropped; lesson, quiz and worksheet names"
              + " must differ across the course");
    } else {
      module.items().add(new ItemFile(file, slug, format));
    }
  }
}
