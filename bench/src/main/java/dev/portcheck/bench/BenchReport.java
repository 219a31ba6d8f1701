package dev.portcheck.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Generates the corpus (unless present), runs {@link ParseBenchmarks} in one JMH run and prints
 * MB/s and files/s of each, and the ratios the performance targets are stated in.
 *
 * <p>Usage: {@code java -jar bench/target/benchmarks.jar [dir] [filesPerKind] [iterations]
 * [forks]}: more forks (fresh JVMs per benchmark) average out a noisy machine.
 */
public final class BenchReport {
  private BenchReport() {}

  public static void main(String[] args) throws IOException, RunnerException {
    Path dir = Path.of(args.length > 0 ? args[0] : "bench/target/corpus");
    int files = args.length > 1 ? Integer.parseInt(args[1]) : 600;
    int iterations = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    int forks = args.length > 3 ? Integer.parseInt(args[3]) : 1;
    if (!Files.isDirectory(dir.resolve("yaml"))) {
      new CorpusGenerator(42).write(dir.resolve("yaml"), files, new int[] {0, 1, 1, 1});
      new CorpusGenerator(43).write(dir.resolve("properties"), files, new int[] {1, 0, 0, 0});
    }
    Map<String, long[]> sets = new HashMap<>();
    for (String kind : List.of("yaml", "properties")) {
      List<Path> list = ParseBenchmarks.files(dir.resolve(kind));
      long bytes = 0;
      for (Path p : list) {
        bytes += Files.size(p);
      }
      sets.put(kind, new long[] {list.size(), bytes});
    }
    Options options =
        new OptionsBuilder()
            .include(ParseBenchmarks.class.getSimpleName())
            .forks(forks)
            .warmupIterations(8) // a 2-thread JVM still compiles after 3: the JIT takes a core
            .warmupTime(TimeValue.seconds(2))
            .measurementIterations(iterations)
            .measurementTime(TimeValue.seconds(2))
            .jvmArgsAppend("-D" + ParseBenchmarks.DIR + "=" + dir.toAbsolutePath())
            .build();
    Map<String, Double> opsPerSecond = new HashMap<>();
    for (RunResult r : new Runner(options).run()) {
      String name = r.getParams().getBenchmark();
      opsPerSecond.put(name.substring(name.lastIndexOf('.') + 1), r.getPrimaryResult().getScore());
    }
    System.out.printf("%n%-30s %10s %12s%n", "benchmark", "MB/s", "files/s");
    opsPerSecond.keySet().stream()
        .sorted()
        .forEach(
            name -> {
              long[] set = sets.get(name.toLowerCase().contains("yaml") ? "yaml" : "properties");
              double ops = opsPerSecond.get(name);
              System.out.printf("%-30s %10.1f %12.0f%n", name, ops * set[1] / 1e6, ops * set[0]);
            });
    System.out.printf(
        "%nportcheck YAML 1 thread / SnakeYAML composeAll floor: %.2fx%n",
        opsPerSecond.get("portcheckYaml1Thread") / opsPerSecond.get("snakeYamlComposeAll"));
    System.out.printf(
        "portcheck .properties 1 thread / Commons Configuration reader floor: %.2fx%n",
        opsPerSecond.get("portcheckProperties1Thread")
            / opsPerSecond.get("commonsPropertiesReader"));
    System.out.printf(
        "portcheck 2 threads / 1 thread: YAML %.2fx, .properties %.2fx%n",
        opsPerSecond.get("portcheckYaml2Threads") / opsPerSecond.get("portcheckYaml1Thread"),
        opsPerSecond.get("portcheckProperties2Threads")
            / opsPerSecond.get("portcheckProperties1Thread"));
  }
}
