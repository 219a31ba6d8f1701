package dev.portcheck.core.engine;

import dev.portcheck.core.entries.EnvEntryReader;
import dev.portcheck.core.entries.YamlEntryReader;
import dev.portcheck.core.files.ConfigFile;
import dev.portcheck.core.wiring.DockerImage;
import dev.portcheck.core.wiring.DockerfileReader;
import dev.portcheck.core.wiring.FileWiring;
import dev.portcheck.core.wiring.ModuleContext;
import dev.portcheck.core.wiring.ModuleImages;
import dev.portcheck.core.wiring.WiringExtractor;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The module's place in its project, for the wiring model: the compose files of the folders above
 * it that still belong to the Maven project (each holds a {@code pom.xml}; at most {@value
 * #MAX_LEVELS} levels), which may run this module's image, and Dockerfiles of build contexts in
 * other modules. Read on each run, small files only; paths are relative to the module, so they may
 * start with {@code ..}.
 */
final class ModuleSurroundings implements ModuleContext {
  private static final int MAX_LEVELS = 3;
  private static final long MAX_BYTES = 256 * 1024;
  private static final Pattern COMPOSE = Pattern.compile(".*compose.*\\.ya?ml");

  private final Path baseDir;
  private final Path top;
  private final Charset charset;
  private final ModuleImages images;

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
    for (Path dir = baseDir.getParent();
        dir != null && dir.startsWith(top);
        dir = dir.getParent()) {
      try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
        for (Path f : files) {
          String name = ConfigFile.nameOf(f);
          boolean compose = COMPOSE.matcher(name).matches();
          if ((compose || name.equals(".env")) && small(f)) {
            ConfigFile file = ConfigFile.of(baseDir, f);
            String text = Files.readString(f, charset);
            var entries =
                compose
                    ? new YamlEntryReader().read(text).entries()
                    : new EnvEntryReader().read(text).entries();
            FileWiring facts = WiringExtractor.extract(file, entries, text);
            out.add(facts.composeOnly());
          }
        }
      } catch (IOException | RuntimeException unreadable) {
        // a folder or file that cannot be read adds nothing; the model stays silent about it
      }
      if (dir.equals(top)) {
        break;
      }
    }
    return out;
  }

  @Override
  public Optional<DockerImage> dockerfile(String path) {
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
  public boolean isModule(String folder) {
    return baseDir.resolve(folder).normalize().equals(baseDir);
  }

  @Override
  public boolean runsModule(String image) {
    return images.runs(image);
  }

  /** The highest folder whose compose files {@link #composeAbove} reads. */
  Path top() {
    return top;
  }

  private static boolean small(Path f) throws IOException {
    return Files.isRegularFile(f) && Files.size(f) <= MAX_BYTES;
  }
}
