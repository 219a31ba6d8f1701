import dev.portcheck.core.engine.AnalysisRequest;
import dev.portcheck.core.engine.AnalysisResult;
import dev.portcheck.core.engine.IncrementalIndex;
import dev.portcheck.core.engine.PortcheckEngine;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the incremental index saves: generates a module of N .properties and N YAML files, runs a
 * cold analysis that writes the index, edits one file, and runs again with the index. Prints the
 * files parsed and the wall time of each run and checks that the re-run's result equals a cold
 * run's. Timing lives here, not in a unit test. Usage, from the project root:
 * ./mvnw -B -ntp -pl core compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 *     -Dmdep.includeScope=runtime
 * java -cp "core/target/classes:$(cat core/target/cp.txt)" scripts/IncrementalSavings.java [N] [dir]
 */
public final class IncrementalSavings {
  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    Path base = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("portcheck-incr");
    Path res = base.resolve("src/main/resources");
    Files.createDirectories(res);
    for (int i = 0; i < n; i++) {
      StringBuilder p = new StringBuilder();
      StringBuilder y = new StringBuilder("server:\n  port: " + (10000 + i) + "\nspring:\n");
      for (int k = 0; k < 40; k++) {
        p.append("app.service").append(k).append(".url=http://host").append(k).append(":")
            .append(20000 + k).append("/path\n").append("app.setting").append(k).append("=value ")
            .append(k).append('\n');
        y.append("  svc").append(k).append(":\n    url: jdbc:postgresql://db").append(k)
            .append(":5432/x\n    timeout: ").append(k).append('\n');
      }
      p.append("management.server.port=").append(30000 + i).append('\n');
      Files.writeString(res.resolve("application-p" + i + ".properties"), p);
      Files.writeString(res.resolve("application-y" + i + ".yml"), y);
    }
    PortcheckEngine engine = PortcheckEngine.standard();
    AnalysisRequest request = AnalysisRequest.defaults(base);
    Path indexFile = base.resolve("target/portcheck/portcheck-index.bin");
    for (int warm = 0; warm < 3; warm++) {
      engine.analyze(request); // JIT warm-up so the runs below compare parsing, not class loading
    }
    long t0 = System.nanoTime();
    IncrementalIndex cold = IncrementalIndex.load(indexFile, "bench");
    engine.analyze(request, cold);
    cold.save(indexFile);
    long t1 = System.nanoTime();
    Files.writeString(res.resolve("application-p7.properties"), "server.port=70000\n");
    long t2 = System.nanoTime();
    IncrementalIndex warmIndex = IncrementalIndex.load(indexFile, "bench");
    long loaded = System.nanoTime();
    AnalysisResult rerun = engine.analyze(request, warmIndex);
    long analysed = System.nanoTime();
    warmIndex.save(indexFile);
    long t3 = System.nanoTime();
    long t4 = System.nanoTime();
    AnalysisResult coldAgain = engine.analyze(request);
    long t5 = System.nanoTime();
    System.out.printf("tree: %s, %d files, %d bytes of index%n", base, 2 * n, Files.size(indexFile));
    System.out.printf("cold run with index write: %d files parsed, %d ms%n", cold.scanned(),
        (t1 - t0) / 1_000_000);
    System.out.printf("re-run after editing 1 file: %d parsed, %d reused, %d ms (index read+write included)%n",
        warmIndex.scanned(), warmIndex.reused(), (t3 - t2) / 1_000_000);
    System.out.printf("  of which index read %d ms, analysis %d ms, index write %d ms%n",
        (loaded - t2) / 1_000_000, (analysed - loaded) / 1_000_000, (t3 - analysed) / 1_000_000);
    System.out.printf("cold run without index: %d ms%n", (t5 - t4) / 1_000_000);
    System.out.println("re-run result equals cold run: " + rerun.equals(coldAgain));
  }
}
