package dev.portcheck.core.wiring;

import dev.portcheck.core.entries.EnvEntryReader;
import dev.portcheck.core.entries.YamlEntryReader;
import dev.portcheck.core.files.ConfigFile;
import dev.portcheck.core.files.FileFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds wiring models from file texts, as the scan would, for rule and model tests. */
public final class WiringFixture {
  private final Map<String, String> files = new LinkedHashMap<>();
  private ModuleImages images = ModuleImages.NONE;

  public static WiringFixture with(String path, String text) {
    return new WiringFixture().and(path, text);
  }

  public WiringFixture and(String path, String text) {
    files.put(path, text);
    return this;
  }

  public static FileWiring facts(String path, String text) {
    ConfigFile file = ConfigFile.of(Path.of("/m"), Path.of("/m").resolve(path));
    var entries =
        file.format() == FileFormat.YAML
            ? dev.portcheck.core.entries.ComposeFragment.asComposeFile(
                new YamlEntryReader().read(text).entries())
            : file.format() == FileFormat.ENV
                ? new EnvEntryReader().read(text).entries()
                : file.format() == FileFormat.PROPERTIES
                    ? new dev.portcheck.core.entries.PropertiesEntryReader().read(text).entries()
                    : List.<dev.portcheck.core.entries.LocatedEntry>of();
    if (Kustomize.isKustomization(file.fileName())) {
      entries = dev.portcheck.core.entries.InlinePatchEntries.expand(entries, text);
    }
    return WiringExtractor.extract(file, entries, text);
  }

  /** The images the module's build names, as the plugin reads them. */
  public WiringFixture images(String... names) {
    images = ModuleImages.of(List.of(names));
    return this;
  }

  public WiringModel model() {
    List<FileWiring> all = new ArrayList<>();
    files.forEach((path, text) -> all.add(facts(path, text)));
    ModuleImages ours = images;
    return WiringModel.of(
        all,
        new ModuleContext() {
          @Override
          public java.util.Optional<DockerImage> dockerfile(String path) {
            return java.util.Optional.empty();
          }

          @Override
          public boolean isModule(String folder) {
            return ModuleContext.NONE.isModule(folder);
          }

          @Override
          public boolean runsModule(String image) {
            return ours.runs(image);
          }
        });
  }

  /** Joins lines with newlines, for readable YAML in tests. */
  public static String lines(String... lines) {
    return String.join("\n", lines) + "\n";
  }
}
