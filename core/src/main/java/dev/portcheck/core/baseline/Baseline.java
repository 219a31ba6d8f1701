package dev.portcheck.core.baseline;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portcheck.core.findings.Finding;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Findings a team has accepted, keyed on rule, file, key and port, never on line numbers, so an
 * edit above a finding does not bring it back.
 */
public record Baseline(List<Entry> entries) {

  /** One accepted finding; {@code port} is -1 for findings about no particular port. */
  public record Entry(String rule, String file, String key, int port) {
    static final Comparator<Entry> ORDER =
        Comparator.comparing(Entry::file)
            .thenComparing(Entry::key)
            .thenComparing(Entry::rule)
            .thenComparingInt(Entry::port);

    static Entry of(Finding f) {
      return new Entry(f.rule(), f.file(), f.key(), f.port());
    }
  }

  /** What is left after a baseline: new findings, and baseline entries no longer found. */
  public record Filtered(List<Finding> newFindings, int fixedEntries) {}

  public Baseline {
    entries = List.copyOf(entries);
  }

  public static Baseline of(List<Finding> findings) {
    List<Entry> list = new ArrayList<>(findings.stream().map(Entry::of).toList());
    list.sort(Entry.ORDER);
    return new Baseline(list);
  }

  /** Findings not in the baseline; each entry absorbs one matching finding. */
  public Filtered filter(List<Finding> findings) {
    Map<Entry, Integer> remaining = new HashMap<>();
    entries.forEach(e -> remaining.merge(e, 1, Integer::sum));
    List<Finding> fresh = new ArrayList<>();
    for (Finding f : findings) {
      Entry e = Entry.of(f);
      Integer left = remaining.get(e);
      if (left != null && left > 0) {
        remaining.put(e, left - 1);
      } else {
        fresh.add(f);
      }
    }
    int fixed = remaining.values().stream().mapToInt(Integer::intValue).sum();
    return new Filtered(fresh, fixed);
  }

  public void write(Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file);
        JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("tool", "portcheck");
      g.writeArrayFieldStart("baseline");
      for (Entry e : entries) {
        g.writeStartObject();
        g.writeStringField("rule", e.rule());
        g.writeStringField("file", e.file());
        g.writeStringField("key", e.key());
        g.writeNumberField("port", e.port());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  /** Reads a baseline file; a malformed one is an {@link IOException} naming what is wrong. */
  public static Baseline read(Path file) throws IOException {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new IOException(
          file + " is not valid JSON: " + e.getMessage().lines().findFirst().orElse(""), e);
    }
    JsonNode list = root == null ? null : root.get("baseline");
    if (list == null || !list.isArray()) {
      throw new IOException(
          file + " holds no \"baseline\" array; write it with mvn portcheck:baseline");
    }
    List<Entry> entries = new ArrayList<>();
    for (JsonNode n : list) {
      entries.add(
          new Entry(
              n.path("rule").asText(),
              n.path("file").asText(),
              n.path("key").asText(),
              n.path("port").asInt(-1)));
    }
    return new Baseline(entries);
  }
}
