package dev.portcheck.bench;

import dev.portcheck.core.engine.AnalysisResult;
import dev.portcheck.core.engine.PortcheckEngine;
import dev.portcheck.core.report.JsonReporter;
import dev.portcheck.core.report.ReportContext;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.configuration2.PropertiesConfiguration.JupPropertiesReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * One operation = every file of one kind (the YAML set or the .properties set of the generated
 * corpus), so the floors and portcheck are measured on the same bytes in one JVM.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ParseBenchmarks {
  static final String DIR = "portcheck.bench.dir";

  private Path yamlDir;
  private Path propertiesDir;
  private List<Path> yamlFiles;
  private List<Path> propertiesFiles;
  private Path out;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Path base = Path.of(System.getProperty(DIR));
    yamlDir = base.resolve("yaml");
    propertiesDir = base.resolve("properties");
    yamlFiles = files(yamlDir);
    propertiesFiles = files(propertiesDir);
    out = Files.createTempFile("portcheck-bench", ".json");
  }

  /** The JSON report each trial wrote over and over: not left in the temporary folder. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(out);
  }

  static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }

  @Benchmark
  public void rawReadYaml(Blackhole bh) throws IOException {
    for (Path p : yamlFiles) {
      bh.consume(Files.readAllBytes(p));
    }
  }

  @Benchmark
  public void rawReadProperties(Blackhole bh) throws IOException {
    for (Path p : propertiesFiles) {
      bh.consume(Files.readAllBytes(p));
    }
  }

  @Benchmark
  public void snakeYamlComposeAll(Blackhole bh) throws IOException {
    Yaml yaml = new Yaml(new LoaderOptions());
    for (Path p : yamlFiles) {
      try (Reader r = new InputStreamReader(Files.newInputStream(p), StandardCharsets.UTF_8)) {
        for (Node node : yaml.composeAll(r)) {
          walk(node, bh);
        }
      }
    }
  }

  private static void walk(Node node, Blackhole bh) {
    if (node instanceof ScalarNode s) {
      bh.consume(s.getValue());
      bh.consume(s.getStartMark().getLine());
    } else if (node instanceof MappingNode m) {
      for (NodeTuple t : m.getValue()) {
        walk(t.getKeyNode(), bh);
        walk(t.getValueNode(), bh);
      }
    } else if (node instanceof SequenceNode q) {
      for (Node n : q.getValue()) {
        walk(n, bh);
      }
    }
  }

  @Benchmark
  public void snakeYamlEvents(Blackhole bh) throws IOException {
    Yaml yaml = new Yaml(new LoaderOptions());
    for (Path p : yamlFiles) {
      try (Reader r = new InputStreamReader(Files.newInputStream(p), StandardCharsets.UTF_8)) {
        for (Event e : yaml.parse(r)) {
          bh.consume(e);
        }
      }
    }
  }

  @Benchmark
  public void commonsPropertiesReader(Blackhole bh) throws IOException {
    for (Path p : propertiesFiles) {
      String text = Files.readString(p, StandardCharsets.UTF_8);
      try (JupPropertiesReader r = new JupPropertiesReader(new StringReader(text))) {
        while (r.nextProperty()) {
          bh.consume(r.getPropertyName());
          bh.consume(r.getPropertyValue());
        }
      }
    }
  }

  @Benchmark
  public void portcheckYaml1Thread(Blackhole bh) throws IOException {
    bh.consume(analyse(yamlDir, "**/*.yml,**/*.yaml", 1));
  }

  @Benchmark
  public void portcheckYaml2Threads(Blackhole bh) throws IOException {
    bh.consume(analyse(yamlDir, "**/*.yml,**/*.yaml", 2));
  }

  @Benchmark
  public void portcheckProperties1Thread(Blackhole bh) throws IOException {
    bh.consume(analyse(propertiesDir, "**/*.properties", 1));
  }

  @Benchmark
  public void portcheckProperties2Threads(Blackhole bh) throws IOException {
    bh.consume(analyse(propertiesDir, "**/*.properties", 2));
  }

  /** The full analysis: collect, read, extract, rules, and the JSON report. */
  private AnalysisResult analyse(Path dir, String includes, int threads) throws IOException {
    PortcheckEngine engine = PortcheckEngine.standard();
    AnalysisResult result =
        engine.analyze(BenchRequests.of(dir, List.of(includes.split(",")), threads));
    new JsonReporter(threads)
        .write(result, new ReportContext("bench", "bench", engine.rules().describe()), out);
    return result;
  }
}
