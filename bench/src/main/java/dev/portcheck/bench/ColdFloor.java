package dev.portcheck.bench;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.configuration2.PropertiesConfiguration.JupPropertiesReader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The floor a whole portcheck run is held to: in a fresh JVM, walk a tree, compose and walk every
 * YAML file with SnakeYAML and read every {@code .properties} file with Commons Configuration's
 * reader, on one thread, as a plain program would. {@code process-bench.sh} times this process as a
 * whole, so its class loading and JIT warm-up count as they do for portcheck's.
 *
 * <p>Usage: {@code ColdFloor <dir>}; prints the number of files and values read.
 */
public final class ColdFloor {
  private ColdFloor() {}

  public static void main(String[] args) throws IOException {
    long values = 0;
    int files = 0;
    Yaml yaml = new Yaml(new LoaderOptions());
    List<Path> paths;
    try (Stream<Path> s = Files.walk(Path.of(args[0]))) {
      paths = s.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path p : paths) {
      String name = p.getFileName().toString();
      if (name.endsWith(".yml") || name.endsWith(".yaml")) {
        files++;
        try (Reader r = new InputStreamReader(Files.newInputStream(p), StandardCharsets.UTF_8)) {
          for (Node node : yaml.composeAll(r)) {
            values += walk(node);
          }
        }
      } else if (name.endsWith(".properties")) {
        files++;
        String text = Files.readString(p, StandardCharsets.UTF_8);
        try (JupPropertiesReader r = new JupPropertiesReader(new StringReader(text))) {
          while (r.nextProperty()) {
            values += r.getPropertyValue().length() > 0 ? 1 : 0;
          }
        }
      }
    }
    System.out.println("cold floor: " + files + " files, " + values + " values");
  }

  private static long walk(Node node) {
    if (node instanceof ScalarNode s) {
      return s.getValue().isEmpty() ? 0 : 1 + (s.getStartMark().getLine() & 0);
    }
    long n = 0;
    if (node instanceof MappingNode m) {
      for (NodeTuple t : m.getValue()) {
        n += walk(t.getKeyNode()) + walk(t.getValueNode());
      }
    } else if (node instanceof SequenceNode q) {
      for (Node c : q.getValue()) {
        n += walk(c);
      }
    }
    return n;
  }
}
