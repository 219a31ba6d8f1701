package dev.portcheck.core.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The shared corpus of real config files with hand labels ({@code ../shared/corpus} beside the
 * project, or the folder named by the system property {@code portcheck.corpus}). It is never copied
 * into the project.
 */
public record Corpus(Path root, Map<String, String> labelledFiles, List<Label> labels) {

  /** One hand label: a port setting, or a trap that must not be found. */
  record Label(
      String file, int line, String key, String raw, List<Long> ports, String kind, boolean trap) {}

  public static Optional<Path> locate() {
    String configured = System.getProperty("portcheck.corpus");
    if (configured != null && !configured.isBlank()) {
      Path p = Path.of(configured);
      return Files.isDirectory(p.resolve("files")) ? Optional.of(p) : Optional.empty();
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("corpus");
      if (Files.isDirectory(candidate.resolve("files"))) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  static Corpus load(Path root) throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    List<String> tsv = Files.readAllLines(root.resolve("labels/public_files.tsv"));
    for (String row : tsv.subList(1, tsv.size())) {
      String[] cols = row.split("\t");
      files.put(cols[0], cols[1]);
    }
    ObjectMapper json = new ObjectMapper();
    List<Label> labels = new ArrayList<>();
    for (String line : Files.readAllLines(root.resolve("labels/public.jsonl"))) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode n = json.readTree(line);
      List<Long> ports = new ArrayList<>();
      n.path("ports").forEach(p -> ports.add(p.asLong()));
      labels.add(
          new Label(
              n.get("file").asText(),
              n.get("line").asInt(),
              n.get("key").asText(),
              n.path("raw").asText(),
              ports,
              n.path("kind").asText(""),
              n.path("trap").asBoolean()));
    }
    return new Corpus(root, files, labels);
  }

  Path files() {
    return root.resolve("files");
  }
}
