package dev.portcheck.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.candidates.PortCandidate;
import dev.portcheck.core.candidates.Role;
import dev.portcheck.core.config.RuleConfig;
import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.Severity;
import dev.portcheck.core.rules.RuleSet;
import dev.portcheck.core.rules.RuleSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortcheckEngineTest {
  @TempDir Path base;

  private void write(String rel, String text) throws IOException {
    Path p = base.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  @Test
  void findsAnOutOfRangePortWhereItIsWritten() throws IOException {
    write("src/main/resources/application.properties", "a=b\n\nserver.port=70000\n");
    AnalysisResult result = PortcheckEngine.standard().analyze(AnalysisRequest.defaults(base));
    assertThat(result.files()).containsExactly("src/main/resources/application.properties");
    assertThat(result.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("port-range");
              assertThat(f.line()).isEqualTo(3);
              assertThat(f.column()).isEqualTo(13);
            });
  }

  /** A chart's Deployment of one container, {@code ports} its lines from line 11 on. */
  private String chartDeployment(String ports) throws IOException {
    write("chart/Chart.yaml", "apiVersion: v2\nname: web\nversion: 1.0.0\n");
    return String.join(
        "\n",
        "apiVersion: apps/v1",
        "kind: Deployment",
        "metadata:",
        "  name: web",
        "spec:",
        "  template:",
        "    spec:",
        "      containers:",
        "        - name: web",
        "          image: example/web:1",
        ports);
  }

  @Test
  void twoBranchesOfOneHelmIfAreNeverBoundTogether() throws IOException {
    // No values.yaml: no branch is decided, both are listed.
    String ports =
        String.join(
            "\n",
            "          ports:",
            "            {{- if .Values.tls.enabled }}",
            "            - name: https",
            "              containerPort: 8443",
            "            {{- else }}",
            "            - name: http",
            "              containerPort: 8443",
            "            {{- end }}",
            "            - name: admin",
            "              containerPort: %s",
            "");
    String deployment = chartDeployment(ports);
    write("chart/templates/deployment.yaml", deployment.formatted("9000"));
    AnalysisResult result = PortcheckEngine.standard().analyze(AnalysisRequest.defaults(base));
    assertThat(result.findings()).extracting(Finding::rule).doesNotContain("duplicate-port");
    assertThat(result.candidates())
        .filteredOn(c -> c.portValues().contains(8443L))
        .extracting(PortCandidate::profile)
        .containsExactly("{{ if .Values.tls.enabled }}", "{{ if not .Values.tls.enabled }}");
    // What the template always renders (line 20) is still judged against each branch.
    write("chart/templates/deployment.yaml", deployment.formatted("8443"));
    AnalysisResult clash = PortcheckEngine.standard().analyze(AnalysisRequest.defaults(base));
    assertThat(clash.findings())
        .filteredOn(f -> f.rule().equals("duplicate-port"))
        .extracting(Finding::line)
        .containsExactly(14, 17);
  }

  @Test
  void aBranchTheChartsValuesTurnOffIsNeitherListedNorJudged() throws IOException {
    write(
        "chart/templates/deployment.yaml",
        chartDeployment(
            String.join(
                "\n",
                "          ports:",
                "            - name: http",
                "              containerPort: 8080",
                "            {{- if .Values.metrics.enabled }}",
                "            - name: metrics",
                "              containerPort: 8080",
                "            {{- end }}",
                "")));
    write("chart/values.yaml", "metrics:\n  enabled: false\n");
    AnalysisResult off = PortcheckEngine.standard().analyze(AnalysisRequest.defaults(base));
    assertThat(off.findings()).extracting(Finding::rule).doesNotContain("duplicate-port");
    assertThat(off.candidates())
        .filteredOn(c -> c.file().equals("chart/templates/deployment.yaml"))
        .extracting(PortCandidate::line)
        .containsExactly(13);
    write("chart/values.yaml", "metrics:\n  enabled: true\n");
    AnalysisResult on = PortcheckEngine.standard().analyze(AnalysisRequest.defaults(base));
    assertThat(on.findings())
        .filteredOn(f -> f.rule().equals("duplicate-port"))
        .extracting(Finding::line)
        .containsExactly(16);
    assertThat(on.candidates())
        .filteredOn(c -> c.file().equals("chart/templates/deployment.yaml"))
        .extracting(PortCandidate::line)
        .containsExactly(13, 16);
  }

  @Test
  void anApplicationBuiltIntoAnImageBindsAPrivilegedPortInItsContainer() throws IOException {
    write("services/gateway/src/main/resources/application.yaml", "server:\n  port: 80\n");
    write("services/songs/src/main/resources/application.yaml", "server:\n  port: 80\n");
    write("services/songs/src/main/docker/Dockerfile.jvm", "FROM eclipse-temurin:21\n");
    write("docker/Dockerfile", "FROM nginx\n");
    AnalysisResult result = PortcheckEngine.standard().analyze(AnalysisRequest.defaults(base));
    // Only the gateway has no Dockerfile of its own: it may run as a host process.
    assertThat(result.findings())
        .filteredOn(f -> f.rule().equals("privileged-port"))
        .extracting(Finding::file)
        .containsExactly("services/gateway/src/main/resources/application.yaml");
    write("services/gateway/Dockerfile", "FROM eclipse-temurin:21\n");
    AnalysisResult shipped = PortcheckEngine.standard().analyze(AnalysisRequest.defaults(base));
    assertThat(shipped.findings()).extracting(Finding::rule).doesNotContain("privileged-port");
  }

  @Test
  void anApplicationAKubernetesContainerRunsBindsAPrivilegedPortThere() throws IOException {
    write("services/songs/src/main/resources/application.yaml", "server:\n  port: 80\n");
    String asHostProcess = "privileged-port@services/songs/src/main/resources/application.yaml:2";
    assertThat(PortcheckEngine.standard().analyze(AnalysisRequest.defaults(base)).findings())
        .extracting(f -> f.rule() + "@" + f.file() + ":" + f.line())
        .contains(asHostProcess);
    write(
        "deploy/songs.yaml",
        String.join(
            "\n",
            "apiVersion: apps/v1",
            "kind: Deployment",
            "metadata: {name: songs}",
            "spec:",
            "  template:",
            "    spec:",
            "      containers:",
            "        - name: songs",
            "          image: registry.example/songs:1",
            "          ports: [{containerPort: 80}]",
            ""));
    assertThat(PortcheckEngine.standard().analyze(AnalysisRequest.defaults(base)).findings())
        .extracting(f -> f.rule() + "@" + f.file() + ":" + f.line())
        .doesNotContain(asHostProcess);
  }

  @Test
  void aServerConfigAComposeServiceBindMountsBindsAPrivilegedPortInItsContainer()
      throws IOException {
    write("uptrace.yml", "listen:\n  http:\n    addr: :80\n");
    String asHostProcess = "privileged-port@uptrace.yml:3";
    assertThat(PortcheckEngine.standard().analyze(AnalysisRequest.defaults(base)).findings())
        .extracting(f -> f.rule() + "@" + f.file() + ":" + f.line())
        .contains(asHostProcess);
    write(
        "docker-compose.yml",
        String.join(
            "\n",
            "services:",
            "  uptrace:",
            "    image: uptrace/uptrace:2.0.0",
            "    volumes: [\"./uptrace.yml:/etc/uptrace/config.yml\"]",
            "    ports: [\"14318:80\"]",
            ""));
    assertThat(PortcheckEngine.standard().analyze(AnalysisRequest.defaults(base)).findings())
        .extracting(f -> f.rule() + "@" + f.file() + ":" + f.line())
        .doesNotContain(asHostProcess);
  }

  @Test
  void aCleanConfigurationListsItsPortsWithoutFindings() throws IOException {
    write("src/main/resources/application.yml", "server:\n  port: 8080\n");
    AnalysisResult result = PortcheckEngine.standard().analyze(AnalysisRequest.defaults(base));
    assertThat(result.findings()).isEmpty();
    PortCandidate c = result.candidates().get(0);
    assertThat(c.key()).isEqualTo("server.port");
    assertThat(c.role()).isEqualTo(Role.LISTEN);
    assertThat(c.portValues()).containsExactly(8080L);
    assertThat(c.line()).isEqualTo(2);
    assertThat(c.column()).isEqualTo(9);
  }

  @Test
  void ruleSettingsChangeSeverityAndDisableRules() throws IOException {
    write(
        "src/main/resources/application.properties", "server.port=703\nother.server.port=70000\n");
    AnalysisRequest defaults = AnalysisRequest.defaults(base);
    AnalysisRequest tuned =
        new AnalysisRequest(
            base,
            defaults.includes(),
            defaults.excludes(),
            StandardCharsets.UTF_8,
            defaults.maxFileBytes(),
            1,
            new RuleSettings(
                Map.of("privileged-port", RuleConfig.severity("privileged-port", Severity.ERROR)),
                Set.of("port-range")),
            false);
    AnalysisResult result = PortcheckEngine.standard().analyze(tuned);
    assertThat(result.findings())
        .extracting(Finding::rule, Finding::severity)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("privileged-port", Severity.ERROR));
  }

  @Test
  void parallelAndSerialRunsGiveTheSameResult() throws IOException {
    for (int i = 0; i < 20; i++) {
      write(
          "src/main/resources/app-" + i + ".properties",
          "server.port=" + (8000 + i) + "\nx.server.port=" + (i % 3 == 0 ? "70000" : "81") + "\n");
    }
    AnalysisRequest serial = AnalysisRequest.defaults(base);
    AnalysisRequest parallel =
        new AnalysisRequest(
            base,
            serial.includes(),
            serial.excludes(),
            serial.charset(),
            serial.maxFileBytes(),
            2,
            serial.ruleSettings(),
            false);
    AnalysisResult a = PortcheckEngine.standard().analyze(serial);
    AnalysisResult b = PortcheckEngine.standard().analyze(parallel);
    assertThat(b.findings()).isEqualTo(a.findings());
    assertThat(b.candidates()).isEqualTo(a.candidates());
  }

  @Test
  void aSyntaxErrorIsALocatedFindingNotAnException() throws IOException {
    write("src/main/resources/application.yml", "server:\n  port: [8080\n");
    AnalysisResult result = PortcheckEngine.standard().analyze(AnalysisRequest.defaults(base));
    assertThat(result.findings()).extracting(Finding::rule).contains("parse-error");
  }

  /**
   * Per-file work runs on the pool and cross-file rules run side by side; the result must not
   * depend on how many threads did it.
   */
  @Test
  void theResultIsTheSameWithOneThreadOrMany() throws IOException {
    for (int i = 0; i < 40; i++) {
      write(
          "m" + (i % 4) + "/src/main/resources/application-p" + i + ".properties",
          "server.port="
              + (8000 + i % 3)
              + "\nmanagement.server.port=22\n"
              + "# portcheck:ignore privileged-port,well-known-port -- fixture\nadmin.port=80\n");
      write(
          "m" + (i % 4) + "/compose/" + i + "/docker-compose.yml",
          "services:\n  a:\n    ports:\n      - \"8080:80\"\n  b:\n    ports:\n      - \"8080:81\"\n");
    }
    AnalysisRequest d = AnalysisRequest.defaults(base);
    AnalysisResult one = PortcheckEngine.standard().analyze(withThreads(d, 1));
    AnalysisResult four = PortcheckEngine.standard().analyze(withThreads(d, 4));
    assertThat(one.findings()).isNotEmpty();
    assertThat(one.findings()).extracting(Finding::rule).contains("duplicate-port");
    assertThat(one.findings()) // the reasoned suppression on line 4 holds
        .noneMatch(f -> f.file().endsWith(".properties") && f.line() == 4);
    assertThat(four.files()).isEqualTo(one.files());
    assertThat(four.candidates()).isEqualTo(one.candidates());
    assertThat(four.findings()).isEqualTo(one.findings());
  }

  /**
   * A large analysis keeps its per-file results in a temporary file; what comes back must be the
   * very result the heap would hold, read in order, at random and from several threads.
   */
  @Test
  void resultsKeptOnDiskEqualResultsKeptOnTheHeap() throws Exception {
    for (int i = 0; i < 30; i++) {
      write(
          "app/src/main/resources/application-p" + i + ".properties",
          "server.port="
              + (8000 + i % 3)
              + "\nmanagement.server.port=22\n"
              + "# portcheck:ignore privileged-port -- fixture\nadmin.port=80\nbad.port=70000\n");
      write("app/docs/notes-" + i + ".yml", "title: no ports here\n"); // a file with no results
      write(
          "compose/" + i + "/docker-compose.yml",
          "services:\n  a:\n    ports:\n      - \"8080:80\"\n  b:\n    ports:\n"
              + "      - \"8080:81\"\n");
    }
    Files.createSymbolicLink(base.resolve("app/loop"), base.resolve("app")); // a skipped file
    AnalysisRequest defaults = AnalysisRequest.defaults(base);
    AnalysisRequest d =
        new AnalysisRequest(
            base,
            List.of("**/*.properties", "**/*.yml"),
            defaults.excludes(),
            defaults.charset(),
            defaults.maxFileBytes(),
            1,
            defaults.ruleSettings(),
            false);
    for (int threads : new int[] {1, 3}) {
      AnalysisResult heap =
          new PortcheckEngine(RuleSet.standard(), ResultStorage.HEAP)
              .analyze(withThreads(d, threads));
      AnalysisResult disk =
          new PortcheckEngine(RuleSet.standard(), ResultStorage.DISK)
              .analyze(withThreads(d, threads));
      assertThat(heap.findings())
          .extracting(Finding::rule)
          .contains("duplicate-port", "file-skipped", "port-range");
      // put together file by file, never sorted as a whole: still in report order
      assertThat(heap.findings()).isSortedAccordingTo(Finding.ORDER);
      assertThat(heap.candidates()).isSortedAccordingTo(PortCandidate.ORDER);
      // a heap for 10 files' results: the first files stay on it, the others spill, then all do
      AnalysisResult mixed =
          new PortcheckEngine(
                  RuleSet.standard(), ResultStorage.AUTO, 40 * ResultStorage.HEAP_BYTES_PER_FILE)
              .analyze(withThreads(d, threads));
      assertThat(mixed.candidates()).isInstanceOf(SpilledList.class);
      assertThat(heap.candidates()).isNotInstanceOf(SpilledList.class);
      assertThat(mixed.candidates()).isEqualTo(heap.candidates());
      assertThat(mixed.findings()).isEqualTo(heap.findings());
      assertThat(disk.files()).isEqualTo(heap.files());
      assertThat(disk.candidates()).isEqualTo(heap.candidates()).hasSize(heap.candidates().size());
      assertThat(disk.findings()).isEqualTo(heap.findings()).hasSize(heap.findings().size());
      List<Finding> backwards = new ArrayList<>();
      for (int i = disk.findings().size() - 1; i >= 0; i--) {
        backwards.add(0, disk.findings().get(i));
      }
      assertThat(backwards).isEqualTo(heap.findings());
      List<Future<List<PortCandidate>>> readers = new ArrayList<>();
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        for (int r = 0; r < 4; r++) {
          readers.add(pool.submit(() -> List.copyOf(disk.candidates())));
        }
        for (Future<List<PortCandidate>> read : readers) {
          assertThat(read.get()).isEqualTo(heap.candidates());
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }

  private static AnalysisRequest withThreads(AnalysisRequest d, int threads) {
    return new AnalysisRequest(
        d.baseDir(),
        d.includes(),
        d.excludes(),
        d.charset(),
        d.maxFileBytes(),
        threads,
        d.ruleSettings(),
        d.ignoreSuppressions());
  }
}
