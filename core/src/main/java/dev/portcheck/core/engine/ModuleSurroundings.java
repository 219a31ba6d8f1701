package dev.portcheck.core.engine;

import dev.portcheck.core.entries.ComposeFragment;
import dev.portcheck.core.entries.EnvEntryReader;
import dev.portcheck.core.entries.LocatedEntry;
import dev.portcheck.core.entries.YamlEntryReader;
import dev.portcheck.core.files.ConfigFile;
import dev.portcheck.core.files.FileStamp;
import dev.portcheck.core.wiring.DockerImage;
import dev.portcheck.core.wiring.DockerfileReader;
import dev.portcheck.core.wiring.FileWiring;
import dev.portcheck.core.wiring.Loc;
import dev.portcheck.core.wiring.ModuleContext;
import dev.portcheck.core.wiring.ModuleImages;
import dev.portcheck.core.wiring.Setting;
import dev.portcheck.core.wiring.WiringExtractor;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The module's place in its project, for the wiring model: the compose files of the folders above
 * it that still belong to the Maven project (each holds a {@code pom.xml}; at most {@value
 * #MAX_LEVELS} levels) and of their sub-folders that are no modules ({@code ../docker/}), which may
 * run this module's image, and Dockerfiles of build contexts in other modules. Read on each run,
 * small files only; paths are relative to the module, so they may start with {@code ..}.
 */
final class ModuleSurroundings implements ModuleContext {
  private static final int MAX_LEVELS = 3;
  private static final long MAX_BYTES = 256 * 1024;
  private static final Pattern COMPOSE = Pattern.compile(".*compose.*\\.ya?ml");

  private final Path baseDir;
  private final Path top;
  private final Charset charset;
  private final ModuleImages images;

  private List<Path> filesAbove;

  /**
   * The Dockerfiles and env files asked for, by path relative to the module (an env file marked
   * {@link #ENV_FILE_ASKED}): what the model read of them.
   */
  private final Set<String> filesAsked = new TreeSet<>();

  ModuleSurroundings(Path baseDir, Charset charset, ModuleImages images) {
    this.baseDir = baseDir.toAbsolutePath().normalize();
    this.charset = charset;
    this.images = images;
    Path t = this.baseDir;
    for (int i = 0; i < MAX_LEVELS; i++) {
      Path parent = t.getParent();
      if (parent == null || !Files.isRegularFile(parent.resolve("pom.xml"))) {
        break;
      }
      t = parent;
    }
    this.top = t;
  }

  /** The compose projects (compose files and their {@code .env}) of the folders above. */
  List<FileWiring> composeAbove() {
    List<FileWiring> out = new ArrayList<>();
    for (Path f : filesAbove()) {
      try {
        if (small(f)) {
          ConfigFile file = ConfigFile.of(baseDir, f);
          String text = Files.readString(f, charset);
          var entries =
              isCompose(f)
                  ? ComposeFragment.asComposeFile(new YamlEntryReader().read(text).entries())
                  : new EnvEntryReader().read(text).entries();
          out.add(WiringExtractor.extract(file, entries, text).composeOnly());
        }
      } catch (IOException | RuntimeException unreadable) {
        // a file that cannot be read adds nothing; the model stays silent about it
      }
    }
    return out;
  }

  /** The compose files and {@code .env} files of the folders above, sorted; listed once. */
  private synchronized List<Path> filesAbove() {
    if (filesAbove == null) {
      filesAbove = listFilesAbove();
    }
    return filesAbove;
  }

  private List<Path> listFilesAbove() {
    List<Path> out = new ArrayList<>();
    for (Path dir = baseDir.getParent();
        dir != null && dir.startsWith(top);
        dir = dir.getParent()) {
      List<Path> siblings = new ArrayList<>();
      composeFiles(dir, out, siblings);
      // A compose file beside the module's folders (docker/docker-compose.yml building
      // ../app) may run it too; folders with a pom.xml are modules that report on their own.
      for (Path sibling : siblings) {
        if (!baseDir.startsWith(sibling) && !Files.exists(sibling.resolve("pom.xml"))) {
          composeFiles(sibling, out, new ArrayList<>());
        }
      }
      if (dir.equals(top)) {
        break;
      }
    }
    out.sort(null);
    return List.copyOf(out);
  }

  /**
   * Adds the compose and {@code .env} files of {@code dir} to {@code out}, its folders to {@code
   * dirs}.
   */
  private static void composeFiles(Path dir, List<Path> out, List<Path> dirs) {
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
      for (Path f : files) {
        String name = ConfigFile.nameOf(f);
        if (isCompose(f) || name.equals(".env")) {
          out.add(f);
        } else if (!name.startsWith(".")
            && !SKIPPED_FOLDERS.contains(name)
            && Files.isDirectory(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
          dirs.add(f);
        }
      }
    } catch (IOException | RuntimeException unreadable) {
      // a folder that cannot be listed adds nothing
    }
  }

  /** Folders of build output and dependencies: never where a project keeps its compose files. */
  private static final Set<String> SKIPPED_FOLDERS =
      Set.of("node_modules", "target", "build", "src");

  private static boolean isCompose(Path f) {
    return COMPOSE.matcher(ConfigFile.nameOf(f)).matches();
  }

  /**
   * What the model read outside the scanned files, as stamps (size and modification time): the
   * compose and {@code .env} files of the folders above and every Dockerfile asked for, present or
   * not; and the module's image names, which its build configuration gives. Equal on the next run,
   * the model would read the same.
   */
  String consulted() {
    List<String> dockerfiles;
    synchronized (filesAsked) {
      dockerfiles = List.copyOf(filesAsked);
    }
    return consulted(dockerfiles);
  }

  /** True when the files recorded in {@code consulted} are as they were then, and no more. */
  boolean unchangedSince(String consulted) {
    List<String> dockerfiles = new ArrayList<>();
    for (String line : consulted.split("\n")) {
      if (line.startsWith(DOCKERFILE)) {
        dockerfiles.add(
            line.substring(DOCKERFILE.length(), line.indexOf('\t', DOCKERFILE.length())));
      } else if (line.startsWith(ENV_FILE)) {
        dockerfiles.add(
            ENV_FILE_ASKED
                + line.substring(ENV_FILE.length(), line.indexOf('\t', ENV_FILE.length())));
      }
    }
    return consulted(dockerfiles).equals(consulted);
  }

  private static final String ABOVE = "above\t";
  private static final String DOCKERFILE = "dockerfile\t";
  private static final String ENV_FILE = "envfile\t";

  private String consulted(List<String> dockerfiles) {
    StringBuilder out = new StringBuilder();
    out.append("images\t").append(images).append('\n');
    for (Path f : filesAbove()) {
      out.append(ABOVE).append(baseDir.relativize(f)).append(stamp(f)).append('\n');
    }
    for (String asked : dockerfiles) {
      // An env file asked for is stamped as a Dockerfile is: either changing runs the model again.
      String path =
          asked.startsWith(ENV_FILE_ASKED) ? asked.substring(ENV_FILE_ASKED.length()) : asked;
      out.append(asked.startsWith(ENV_FILE_ASKED) ? ENV_FILE : DOCKERFILE)
          .append(path)
          .append(stamp(baseDir.resolve(path)))
          .append('\n');
    }
    return out.toString();
  }

  private static String stamp(Path f) {
    return FileStamp.of(f).map(s -> "\t" + s.size() + "\t" + s.modifiedMillis()).orElse("\t-");
  }

  @Override
  public Optional<DockerImage> dockerfile(String path) {
    synchronized (filesAsked) {
      filesAsked.add(path);
    }
    Path file = baseDir.resolve(path).normalize();
    try {
      if (!file.startsWith(top) || !small(file)) {
        return Optional.empty();
      }
      return Optional.of(DockerfileReader.read(path, Files.readString(file, charset)));
    } catch (IOException | RuntimeException unreadable) {
      return Optional.empty(); // an unreadable Dockerfile leaves the service's ports unknown
    }
  }

  @Override
  public Optional<List<Setting>> envFile(String path) {
    synchronized (filesAsked) {
      filesAsked.add(ENV_FILE_ASKED + path);
    }
    Path file = baseDir.resolve(path).normalize();
    try {
      if (!file.startsWith(top) || !small(file)) {
        return Optional.empty();
      }
      List<Setting> out = new ArrayList<>();
      for (LocatedEntry e : new EnvEntryReader().read(Files.readString(file, charset)).entries()) {
        out.add(new Setting(e.key(), e.value(), new Loc(path, e.line(), e.column())));
      }
      return Optional.of(out);
    } catch (IOException | RuntimeException unreadable) {
      return Optional.empty(); // an unreadable env file leaves the service's environment unknown
    }
  }

  /** Marks an env file among the paths asked for, beside the Dockerfiles. */
  private static final String ENV_FILE_ASKED = "env-file:";

  @Override
  public boolean isModule(String folder) {
    return baseDir.resolve(folder).normalize().equals(baseDir);
  }

  private static boolean small(Path f) throws IOException {
    return Files.isRegularFile(f) && Files.size(f) <= MAX_BYTES;
  }

  @Override
  public boolean runsModule(String image) {
    return images.runs(image);
  }

  /** The highest folder whose compose files {@link #composeAbove} reads. */
  Path top() {
    return top;
  }
}
