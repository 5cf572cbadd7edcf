package org.hearth.infrastructure.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hearth.application.content.ContentProblem;
import org.hearth.application.content.ContentScan;
import org.hearth.application.content.ContentSource;
import org.hearth.application.content.CourseFolder;
import org.hearth.application.content.CourseReading;
import org.hearth.application.content.CourseSource;
import org.hearth.application.content.MarkdownTooDeep;
import org.hearth.domain.catalog.CourseDetails;
import org.hearth.domain.catalog.LessonOutline;
import org.hearth.domain.catalog.ModuleOutline;
import org.hearth.domain.catalog.SupportLink;
import org.hearth.domain.catalog.SupportResources;
import org.hearth.domain.enrolment.EnrolmentMode;
import org.hearth.infrastructure.markdown.ExternalAddress;
import org.hearth.infrastructure.markdown.LinkRewriter;
import org.hearth.infrastructure.markdown.MarkdownRenderer;

/**
 * Reads courses from the content folder: {@code courses/<slug>/course.yaml}, numbered module
 * folders and numbered lesson, quiz and worksheet files, as documented in content/README.md.
 * Symbolic links and paths that leave the course folder are refused, so only files inside the
 * content folder are read.
 */
public final class FileSystemContentSource implements ContentSource {

  static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
  private static final Pattern NUMBERED = Pattern.compile("(\\d{1,4})-(" + SLUG.pattern() + ")");
  private static final Pattern LESSON_FILE = Pattern.compile(NUMBERED.pattern() + "\\.md");
  private static final Pattern QUIZ_FILE =
      Pattern.compile(NUMBERED.pattern() + "\\.(quiz\\.yaml|gift)");
  private static final Pattern WORKSHEET_FILE =
      Pattern.compile(NUMBERED.pattern() + "\\.worksheet\\.md");
  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
  private static final Pattern LEADING_NUMBER = Pattern.compile("(\\d{1,4})-");

  /** Numbered entries by their number (so 9-x comes before 10-x), then by name. */
  private static final Comparator<Path> BY_NUMBER =
      Comparator.comparingInt((Path p) -> leadingNumber(p.getFileName().toString()))
          .thenComparing(Comparator.naturalOrder());

  private static final long MAX_TEXT_BYTES = 1_000_000;
  private static final long MAX_ASSET_BYTES = 10_000_000;
  private static final int MAX_FILES = 5_000;
  private static final int WORDS_PER_MINUTE = 200;

  private static final Set<String> COURSE_FIELDS =
      Set.of(
          "title",
          "summary",
          "authors",
          "language",
          "tags",
          "estimated_minutes",
          "content_note",
          "support_resources",
          "sequential",
          "quick_exit_url",
          "enrolment",
          "enrolment_key",
          "instructors");
  private static final Set<String> SUPPORT_FIELDS = Set.of("title", "text", "links");
  private static final Set<String> LINK_FIELDS = Set.of("label", "url");
  private static final Set<String> MODULE_FIELDS = Set.of("title", "summary");
  private static final Set<String> LESSON_FIELDS =
      Set.of("title", "minutes", "objectives", "preview", "required");

  private final Path root;
  private final MarkdownRenderer markdown;

  public FileSystemContentSource(Path root, MarkdownRenderer markdown) {
    this.root = root.toAbsolutePath().normalize();
    this.markdown = markdown;
  }

  public Path root() {
    return root;
  }

  @Override
  public ContentScan scan() {
    List<ContentProblem> problems = new ArrayList<>();
    List<CourseFolder> folders = new ArrayList<>();
    Path courses = root.resolve("courses");
    if (!Files.isDirectory(courses, LinkOption.NOFOLLOW_LINKS)) {
      problems.add(
          new ContentProblem(
              "courses",
              0,
              "is missing: the content folder "
                  + root
                  + " needs a courses/ folder with one folder per course"));
      return new ContentScan(root.toString(), folders, problems);
    }
    try (Stream<Path> entries = Files.list(courses)) {
      for (Path dir : entries.sorted().toList()) {
        String name = dir.getFileName().toString();
        String relative = "courses/" + name;
        if (name.startsWith(".")) {
          continue;
        }
        if (Files.isSymbolicLink(dir)) {
          problems.add(
              new ContentProblem(
                  relative,
                  0,
                  "is a symbolic link; Hearth reads only real folders inside the content folder"));
        } else if (!Files.isDirectory(dir)) {
          problems.add(
              new ContentProblem(relative, 0, "is a file; courses/ holds only course folders"));
        } else if (!SLUG.matcher(name).matches() || name.length() > 100) {
          problems.add(
              new ContentProblem(
                  relative,
                  0,
                  "is not a valid course name: use lowercase letters, digits and hyphens, such as"
                      + " empathy-and-safety"));
        } else {
          try {
            folders.add(new CourseFolder(name, relative, checksum(dir)));
          } catch (ContentException e) {
            problems.add(e.problem());
          }
        }
      }
    } catch (IOException e) {
      problems.add(new ContentProblem("courses", 0, "cannot be listed: " + e.getMessage()));
    }
    return new ContentScan(root.toString(), folders, problems);
  }

  @Override
  public CourseReading read(CourseFolder folder) {
    ProblemList problems = new ProblemList();
    Optional<CourseSource> course = new CourseFolderReading(folder, problems).read();
    return new CourseReading(
        problems.isEmpty() ? course : Optional.empty(), problems.problems(), problems.notes());
  }

  /**
   * Every regular file of a course folder except dot files, by its path inside the folder, in path
   * order: what a sync copies into the course's draft. The folder's checksum covers exactly these
   * files.
   */
  @Override
  public Map<String, byte[]> files(CourseFolder folder) {
    Path dir = root.resolve(folder.path()).normalize();
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path path : walk.sorted().toList()) {
        if (Files.isSymbolicLink(path)) {
          throw new ContentException(
              relative(path),
              "is a symbolic link; Hearth reads only real files inside the content folder");
        }
        String relative = dir.relativize(path).toString().replace('\\', '/');
        boolean hidden = relative.startsWith(".") || relative.contains("/.");
        if (!hidden && Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
          files.put(relative, Files.readAllBytes(path));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /** SHA-256 over every file's relative path and bytes, in a stable order. */
  private String checksum(Path dir) {
    MessageDigest digest = sha256();
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path path : walk.sorted().toList()) {
        if (Files.isSymbolicLink(path)) {
          throw new ContentException(
              relative(path),
              "is a symbolic link; Hearth reads only real files inside the content folder");
        }
        if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
          if (Files.size(path) > MAX_ASSET_BYTES) {
            throw new ContentException(
                relative(path),
                "is " + Files.size(path) + " bytes; files may be at most " + MAX_ASSET_BYTES);
          }
          files.add(path);
        }
      }
    } catch (IOException e) {
      throw new ContentException(relative(dir), "cannot be read: " + e.getMessage());
    }
    if (files.size() > MAX_FILES) {
      throw new ContentException(
          relative(dir), "holds " + files.size() + " files; the limit is " + MAX_FILES);
    }
    byte[] buffer = new byte[64 * 1024];
    for (Path file : files) {
      digest.update(relative(file).getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
        int read;
        while ((read = in.read(buffer)) > 0) {
          digest.update(buffer, 0, read);
        }
      } catch (IOException e) {
        throw new ContentException(relative(file), "cannot be read: " + e.getMessage());
      }
      digest.update((byte) 0);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private String relative(Path path) {
    return root.relativize(path.toAbsolutePath().normalize()).toString().replace('\\', '/');
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** A problem that makes the rest of a folder unreadable. */
  private static final class ContentException extends RuntimeException {
    private final transient ContentProblem problem;

    ContentException(String path, String message) {
      super(path + ": " + message, null, false, false);
      this.problem = new ContentProblem(path, 0, message);
    }

    ContentProblem problem() {
      return problem;
    }
  }

  /** One pass over one course folder; collects every problem rather than stopping at the first. */
  private final class CourseFolderReading {

    private final CourseFolder folder;
    private final ProblemList problems;
    private final Path dir;
    private final Map<Path, String> lessonSlugsByFile = new HashMap<>();

    CourseFolderReading(CourseFolder folder, ProblemList problems) {
      this.folder = folder;
      this.problems = problems;
      this.dir = root.resolve(folder.path()).normalize();
    }

    Optional<CourseSource> read() {
      Path courseFile = dir.resolve("course.yaml");
      String coursePath = relative(courseFile);
      if (!Files.isRegularFile(courseFile, LinkOption.NOFOLLOW_LINKS)) {
        problems.add(
            coursePath,
            0,
            "is missing; every course folder needs a course.yaml with at least a title");
        return Optional.empty();
      }
      Optional<YamlMapping> courseYaml =
          readText(courseFile).flatMap(text -> YamlMapping.parse(text, coursePath, 0, problems));

      List<ModuleDraft> modules = findModules();
      for (ModuleDraft module : modules) {
        for (ItemFile item : module.items) {
          lessonSlugsByFile.put(item.file, item.slug);
        }
      }
      List<ModuleOutline> outlines = new ArrayList<>();
      for (ModuleDraft module : modules) {
        outlines.add(readModule(module));
      }
      if (courseYaml.isEmpty()) {
        return Optional.empty();
      }
      int totalMinutes =
          outlines.stream()
              .flatMap(m -> m.lessons().stream())
              .mapToInt(LessonOutline::minutes)
              .sum();
      CourseDetails details = readDetails(courseYaml.get(), coursePath, totalMinutes);
      if (modules.stream().allMatch(m -> m.items.isEmpty())) {
        problems.add(
            relative(dir),
            0,
            "has no lessons; add a module folder such as 01-welcome/ with a lesson such as"
                + " 01-hello.md");
      }
      if (!problems.isEmpty() || details == null) {
        return Optional.empty();
      }
      return Optional.of(new CourseSource(folder, details, outlines));
    }

    private CourseDetails readDetails(YamlMapping yaml, String path, int totalMinutes) {
      yaml.rejectUnknownKeys(COURSE_FIELDS);
      Optional<String> title = yaml.requiredText("title");
      String summary = yaml.text("summary").orElse("");
      List<String> authors = yaml.textList("authors");
      String language = yaml.text("language").orElse("en");
      if (!language.matches("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*")) {
        problems.add(
            path,
            yaml.lineOfKey("language"),
            "language must be a language tag such as en or en-GB, not \"" + language + "\"");
      }
      List<String> tags = yaml.textList("tags");
      int minutes = yaml.wholeNumber("estimated_minutes", 0, 100_000).orElse(totalMinutes);
      String contentNote = yaml.text("content_note").orElse(null);
      boolean sequential = yaml.yesNo("sequential", false);
      String quickExit = yaml.text("quick_exit_url").orElse(null);
      if (quickExit != null && !quickExit.matches("https?://[^\\s\"'<>]+")) {
        problems.add(
            path,
            yaml.lineOfKey("quick_exit_url"),
            "quick_exit_url must be an http or https address, not \"" + quickExit + "\"");
      }
      SupportResources support =
          yaml.mapping("support_resources").map(m -> readSupport(m, path)).orElse(null);
      EnrolmentMode mode = EnrolmentMode.OPEN;
      Optional<String> modeText = yaml.text("enrolment");
      if (modeText.isPresent()) {
        try {
          mode = EnrolmentMode.valueOf(modeText.get().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          problems.add(
              path,
              yaml.lineOfKey("enrolment"),
              "enrolment must be open, key or closed, not \"" + modeText.get() + "\"");
        }
      }
      String key = yaml.text("enrolment_key").orElse(null);
      if (mode == EnrolmentMode.KEY && key == null) {
        problems.add(
            path,
            yaml.lineOfKey("enrolment"),
            "enrolment: key needs an enrolment_key for learners to type");
      }
      List<String> instructors = yaml.textList("instructors");
      for (String email : instructors) {
        if (!email.matches("[^@\\s]+@[^@\\s]+")) {
          problems.add(
              path,
              yaml.lineOfKey("instructors"),
              "instructors must be email addresses, not \"" + email + "\"");
        }
      }
      if (title.isEmpty()) {
        return null;
      }
      return new CourseDetails(
          title.get(),
          summary,
          authors,
          language,
          tags,
          minutes,
          contentNote,
          support,
          sequential,
          quickExit,
          mode,
          key,
          instructors);
    }

    private SupportResources readSupport(YamlMapping yaml, String path) {
      yaml.rejectUnknownKeys(SUPPORT_FIELDS);
      String title = yaml.requiredText("title").orElse("");
      String html = yaml.text("text").map(markdown::render).orElse("");
      List<SupportLink> links = new ArrayList<>();
      for (YamlMapping link : yaml.mappingList("links")) {
        link.rejectUnknownKeys(LINK_FIELDS);
        Optional<String> label = link.requiredText("label");
        Optional<String> url = link.requiredText("url");
        if (url.isPresent() && !url.get().matches("(https?://|mailto:|tel:)[^\\s\"'<>]+")) {
          problems.add(
              path,
              link.lineOfKey("url"),
              "url must start with https://, http://, mailto: or tel:, not \"" + url.get() + "\"");
        } else if (label.isPresent() && url.isPresent()) {
          links.add(new SupportLink(label.get(), url.get()));
        }
      }
      return new SupportResources(title, html, links);
    }

    private List<ModuleDraft> findModules() {
      List<ModuleDraft> modules = new ArrayList<>();
      Map<String, String> moduleSlugs = new HashMap<>();
      Map<String, String> itemSlugs = new HashMap<>();
      for (Path entry : list(dir)) {
        String name = entry.getFileName().toString();
        if (name.startsWith(".") || name.equals("course.yaml")) {
          continue;
        }
        if (name.equals("assets") && Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
          continue;
        }
        Matcher numbered = NUMBERED.matcher(name);
        if (!Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS) || !numbered.matches()) {
          problems.add(
              relative(entry),
              0,
              "is not expected here; a course folder holds course.yaml, assets/ and numbered module"
                  + " folders such as 01-getting-started/");
          continue;
        }
        String slug = numbered.group(2);
        String previous = moduleSlugs.putIfAbsent(slug, relative(entry));
        if (previous != null) {
          problems.add(
              relative(entry),
              0,
              "has the same name as "
                  + previous
                  + " once the number is dropped; module names must differ");
          continue;
        }
        ModuleDraft module = new ModuleDraft(entry, slug);
        for (Path item : list(entry)) {
          String itemName = item.getFileName().toString();
          if (itemName.startsWith(".") || itemName.equals("module.yaml")) {
            continue;
          }
          Matcher lesson = LESSON_FILE.matcher(itemName);
          Matcher quiz = QUIZ_FILE.matcher(itemName);
          boolean file = Files.isRegularFile(item, LinkOption.NOFOLLOW_LINKS);
          Matcher worksheet = WORKSHEET_FILE.matcher(itemName);
          if (worksheet.matches() && file) {
            addItem(module, item, worksheet.group(2), ItemFormat.WORKSHEET, itemSlugs);
          } else if (lesson.matches() && file) {
            addItem(module, item, lesson.group(2), ItemFormat.LESSON, itemSlugs);
          } else if (quiz.matches() && file) {
            addItem(
                module,
                item,
                quiz.group(2),
                quiz.group(3).equals("gift") ? ItemFormat.GIFT : ItemFormat.QUIZ_YAML,
                itemSlugs);
          } else {
            problems.add(
                relative(item),
                0,
                "is not a lesson, a quiz or a worksheet; lessons are named like 01-welcome.md,"
                    + " quizzes like 02-check.quiz.yaml or 02-check.gift, and worksheets like"
                    + " 03-reflect.worksheet.md (a number, a hyphen, lowercase words)");
          }
        }
        modules.add(module);
      }
      return modules;
    }

    /**
     * Adds a lesson, quiz or worksheet to its module, unless another item of the course has its
     * slug.
     */
    private void addItem(
        ModuleDraft module,
        Path file,
        String slug,
        ItemFormat format,
        Map<String, String> itemSlugs) {
      String other = itemSlugs.putIfAbsent(slug, relative(file));
      if (other != null) {
        problems.add(
            relative(file),
            0,
            "has the same name as "
                + other
                + " once the number and extension are dropped; lesson, quiz and worksheet names"
                + " must differ across the course");
      } else {
        module.items.add(new ItemFile(file, slug, format));
      }
    }

    private ModuleOutline readModule(ModuleDraft module) {
      String title = titleFromSlug(module.slug);
      String summary = null;
      Path yamlFile = module.dir.resolve("module.yaml");
      if (Files.isRegularFile(yamlFile, LinkOption.NOFOLLOW_LINKS)) {
        String path = relative(yamlFile);
        Optional<YamlMapping> yaml =
            readText(yamlFile).flatMap(text -> YamlMapping.parse(text, path, 0, problems));
        if (yaml.isPresent()) {
          yaml.get().rejectUnknownKeys(MODULE_FIELDS);
          title = yaml.get().text("title").orElse(title);
          summary = yaml.get().text("summary").orElse(null);
        }
      }
      List<LessonOutline> items = new ArrayList<>();
      for (ItemFile item : module.items) {
        Optional<LessonOutline> outline =
            switch (item.format) {
              case LESSON -> readLesson(item);
              case QUIZ_YAML ->
                  readText(item.file)
                      .flatMap(
                          text -> quizYaml(item.file).read(text, relative(item.file), item.slug));
              case GIFT ->
                  readText(item.file)
                      .flatMap(text -> gift(item.file).read(text, relative(item.file), item.slug));
              case WORKSHEET ->
                  readText(item.file)
                      .flatMap(
                          text -> worksheet(item.file).read(text, relative(item.file), item.slug));
            };
        outline.ifPresent(items::add);
      }
      return new ModuleOutline(module.slug, title, summary, items);
    }

    private QuizYamlReader quizYaml(Path file) {
      return new QuizYamlReader(problems, quizMarkdown(file));
    }

    private GiftReader gift(Path file) {
      return new GiftReader(problems, quizMarkdown(file));
    }

    private WorksheetReader worksheet(Path file) {
      return new WorksheetReader(problems, worksheetMarkdown(file));
    }

    /**
     * Quiz Markdown is rendered as lessons are, its links checked at their lines in the quiz file.
     */
    private QuizMarkdown quizMarkdown(Path file) {
      return (text, firstLine) ->
          render(
              file,
              firstLine,
              text,
              (destination, image, line) ->
                  rewrite(file, destination, image, line + firstLine - 1));
    }

    /**
     * Worksheet prose is rendered as lessons are. A repeated section renders its prose once per
     * repetition, so each link is checked once per line of the file and a broken one reported once.
     */
    private QuizMarkdown worksheetMarkdown(Path file) {
      Map<String, String> rewritten = new HashMap<>();
      return (text, firstLine) ->
          render(
              file,
              firstLine,
              text,
              (destination, image, line) -> {
                int fileLine = line + firstLine - 1;
                return rewritten.computeIfAbsent(
                    fileLine + (image ? " image " : " link ") + destination,
                    key -> rewrite(file, destination, image, fileLine));
              });
    }

    private Optional<LessonOutline> readLesson(ItemFile lesson) {
      String path = relative(lesson.file);
      Optional<String> text = readText(lesson.file);
      if (text.isEmpty()) {
        return Optional.empty();
      }
      Optional<FrontMatter> split = FrontMatter.split(text.get());
      if (split.isEmpty()) {
        problems.add(
            path,
            1,
            "needs front matter: start the file with a line \"---\", then \"title: …\", then"
                + " another \"---\"");
        return Optional.empty();
      }
      FrontMatter front = split.get();
      Optional<YamlMapping> yaml =
          YamlMapping.parse(front.yaml(), path, front.yamlFirstLine() - 1, problems);
      if (yaml.isEmpty()) {
        return Optional.empty();
      }
      YamlMapping fields = yaml.get();
      fields.rejectUnknownKeys(LESSON_FIELDS);
      if (!fields.has("title")) {
        problems.add(
            path,
            1,
            "title is missing from the front matter; add a line such as \"title: Welcome\"");
      }
      Optional<String> title =
          fields.has("title") ? fields.requiredText("title") : Optional.empty();
      int minutes =
          fields.wholeNumber("minutes", 1, 600).orElseGet(() -> readingMinutes(front.body()));
      List<String> objectives = fields.textList("objectives");
      boolean preview = fields.yesNo("preview", false);
      boolean required = fields.yesNo("required", true);
      int bodyOffset = front.bodyFirstLine() - 1;
      String html =
          render(
              lesson.file,
              front.bodyFirstLine(),
              front.body(),
              (destination, image, line) ->
                  rewrite(lesson.file, destination, image, line + bodyOffset));
      if (title.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(
          new LessonOutline(
              lesson.slug, title.get(), minutes, objectives, preview, required, html));
    }

    /**
     * Renders Markdown that starts at {@code firstLine} of {@code file}, reporting a text nested
     * too deeply.
     */
    private String render(Path file, int firstLine, String text, LinkRewriter links) {
      try {
        return markdown.render(text, links);
      } catch (MarkdownTooDeep e) {
        problems.add(relative(file), e.line() + firstLine - 1, e.getMessage());
        return "";
      }
    }

    /** Resolves a relative link to a lesson page or a course asset, or reports it. */
    private String rewrite(Path from, String destination, boolean image, int line) {
      if (image && ExternalAddress.isExternal(destination)) {
        problems.note(
            relative(from),
            line,
            "shows an image from another site ("
                + destination
                + "); readers get a link to it instead, so their browsers never contact that site."
                + " Copy it into assets/ to show it");
        return destination;
      }
      if (destination == null
          || destination.isEmpty()
          || destination.startsWith("#")
          || destination.startsWith("/")
          || SCHEME.matcher(destination).find()) {
        return destination;
      }
      String path = relative(from);
      int cut = indexOfAny(destination, '#', '?');
      String target = cut < 0 ? destination : destination.substring(0, cut);
      String suffix = cut < 0 ? "" : destination.substring(cut);
      String decoded;
      try {
        decoded = URLDecoder.decode(target.replace("+", "%2B"), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        problems.add(path, line, "has a link that is not a valid address: " + destination);
        return "#";
      }
      if (decoded.contains("\\") || decoded.contains("\0")) {
        problems.add(
            path, line, "has a link with a backslash or control character: " + destination);
        return "#";
      }
      Path resolved = from.getParent().resolve(decoded).normalize();
      if (!resolved.startsWith(dir)) {
        problems.add(
            path, line, "links to " + destination + ", which is outside the course folder");
        return "#";
      }
      // .md covers lessons and worksheets (NN-slug.worksheet.md) alike.
      if (!image
          && (decoded.endsWith(".md")
              || decoded.endsWith(".quiz.yaml")
              || decoded.endsWith(".gift"))) {
        String slug = lessonSlugsByFile.get(resolved);
        if (slug == null) {
          problems.add(
              path,
              line,
              "links to "
                  + destination
                  + ", but there is no lesson, quiz or worksheet at "
                  + relative(resolved));
          return "#";
        }
        return slug + suffix;
      }
      Path assets = dir.resolve("assets");
      if (resolved.startsWith(assets) && Files.isRegularFile(resolved, LinkOption.NOFOLLOW_LINKS)) {
        return "../../assets/"
            + folder.slug()
            + "/"
            + encodePath(assets.relativize(resolved))
            + suffix;
      }
      problems.add(
          path,
          line,
          "links to "
              + destination
              + ", but "
              + relative(resolved)
              + " is not a lesson or a file in the course's assets/ folder");
      return "#";
    }

    private Optional<String> readText(Path file) {
      String path = relative(file);
      try {
        if (Files.isSymbolicLink(file)) {
          problems.add(
              path,
              0,
              "is a symbolic link; Hearth reads only real files inside the content folder");
          return Optional.empty();
        }
        BasicFileAttributes attributes =
            Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (attributes.size() > MAX_TEXT_BYTES) {
          problems.add(
              path,
              0,
              "is " + attributes.size() + " bytes; text files may be at most " + MAX_TEXT_BYTES);
          return Optional.empty();
        }
        byte[] bytes = Files.readAllBytes(file);
        return Optional.of(
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(java.nio.ByteBuffer.wrap(bytes))
                .toString());
      } catch (CharacterCodingException e) {
        problems.add(path, 0, "is not UTF-8 text; save it as UTF-8");
      } catch (IOException e) {
        problems.add(path, 0, "cannot be read: " + e.getClass().getSimpleName());
      }
      return Optional.empty();
    }

    private List<Path> list(Path directory) {
      try (Stream<Path> entries = Files.list(directory)) {
        return entries.sorted(BY_NUMBER).toList();
      } catch (IOException e) {
        problems.add(relative(directory), 0, "cannot be listed: " + e.getClass().getSimpleName());
        return List.of();
      }
    }
  }

  private static final class ModuleDraft {
    final Path dir;
    final String slug;
    final List<ItemFile> items = new ArrayList<>();

    ModuleDraft(Path dir, String slug) {
      this.dir = dir;
      this.slug = slug;
    }
  }

  /** A lesson, quiz or worksheet file of a module, in the module's order. */
  private record ItemFile(Path file, String slug, ItemFormat format) {}

  private enum ItemFormat {
    LESSON,
    QUIZ_YAML,
    GIFT,
    WORKSHEET
  }

  static String titleFromSlug(String slug) {
    String words = slug.replace('-', ' ');
    return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
  }

  static int readingMinutes(String body) {
    String trimmed = body.strip();
    int words = trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    return Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
  }

  private static int leadingNumber(String name) {
    Matcher number = LEADING_NUMBER.matcher(name);
    return number.lookingAt() ? Integer.parseInt(number.group(1)) : Integer.MAX_VALUE;
  }

  private static int indexOfAny(String text, char a, char b) {
    int first = text.indexOf(a);
    int second = text.indexOf(b);
    if (first < 0) {
      return second;
    }
    return second < 0 ? first : Math.min(first, second);
  }

  private static String encodePath(Path path) {
    List<String> parts = new ArrayList<>();
    for (Path part : path) {
      parts.add(URLEncoder.encode(part.toString(), StandardCharsets.UTF_8).replace("+", "%20"));
    }
    return String.join("/", parts);
  }
}
