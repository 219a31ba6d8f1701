package dev.portcheck.core.engine;

import dev.portcheck.core.entries.TemplateBranches;
import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.rules.ReactorWiring;
import dev.portcheck.core.rules.WiringRule;
import dev.portcheck.core.wiring.ComposeModel;
import dev.portcheck.core.wiring.FileWiring;
import dev.portcheck.core.wiring.WiringGraph;
import dev.portcheck.core.wiring.WiringModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;

/**
 * The wiring part of an analysis, once every file is scanned: the model of the files' wiring facts,
 * the wiring rules' findings, the graph for reports and the module's summary for the reactor. An
 * unchanged re-run takes the findings and the graph from the index when the files outside the scan
 * that the model read are as they were; the model is then built only if the reactor asks for the
 * summary, which is worked out only then in any case.
 */
final class WiringStage {
  /**
   * What the stage gives.
   *
   * @param findings the wiring rules' findings, before suppressions and rule settings
   */
  record Outcome(List<Finding> findings, WiringGraph graph, Lazy<ReactorWiring.Facts> reactor) {}

  private final List<WiringRule> rules;
  private final AnalysisRequest request;
  private final ModuleSurroundings around;
  // One model for everything that reads it: the compose variables, the rules, the graph, the
  // reactor; built the first time one asks.
  private final Lazy<Optional<WiringModel>> model;

  WiringStage(List<WiringRule> rules, List<FileResult> perFile, AnalysisRequest request) {
    this.rules = List.copyOf(rules);
    this.request = request;
    this.around = new ModuleSurroundings(request.baseDir(), request.charset(), request.images());
    this.model = Lazy.later(() -> Optional.ofNullable(model(perFile, around)));
  }

  /** The module's compose model, or null when no file has wiring facts. */
  ComposeModel compose() {
    return model.get().map(WiringModel::compose).orElse(null);
  }

  /** Whether the application {@code file} configures runs in a container of the module's files. */
  boolean runsInContainer(String file) {
    return model.get().map(m -> m.runsInContainer(file)).orElse(false);
  }

  /** Per chart template, the branches Helm does not render with the chart's values. */
  Map<String, List<TemplateBranches.Branch>> droppedBranches() {
    return model.get().map(WiringModel::droppedBranches).orElse(Map.of());
  }

  Outcome run(ScanCache cache, ExecutorService pool) throws IOException {
    Optional<WiringOutcome> known = cache.wiringOutcome(around::unchangedSince);
    if (known.isPresent()) {
      return new Outcome(
          known.get().findings(),
          known.get().graph(),
          Lazy.later(() -> reactorFacts(model.get().orElse(null), around, request)));
    }
    WiringModel model = this.model.get().orElse(null);
    List<Finding> findings = new ArrayList<>();
    WiringGraph graph = WiringGraph.EMPTY;
    if (model != null) {
      // The rules run on the pool while this thread draws the graph; both only read the model.
      Parallel.Pending<List<List<Finding>>> checked = Parallel.start(pool, checks(model));
      graph = WiringGraph.of(model);
      checked.get().forEach(findings::addAll);
    }
    cache.storeWiringOutcome(new WiringOutcome(findings, graph, around.consulted()));
    // Only a reactor of several modules asks for the summary.
    return new Outcome(findings, graph, Lazy.later(() -> reactorFacts(model, around, request)));
  }

  /** The model of every file's wiring facts, or null when no file has any. */
  private static WiringModel model(List<FileResult> perFile, ModuleSurroundings around) {
    List<FileWiring> facts = new ArrayList<>();
    for (FileResult r : perFile) {
      if (!r.wiring().isEmpty()) {
        facts.add(r.wiring());
      }
    }
    if (facts.isEmpty()) {
      return null;
    }
    if (facts.stream().anyMatch(f -> !f.app().isEmpty())) {
      facts.addAll(around.composeAbove()); // a compose file above may run this module's image
    }
    return WiringModel.of(facts, around);
  }

  private static ReactorWiring.Facts reactorFacts(
      WiringModel model, ModuleSurroundings around, AnalysisRequest request) {
    if (model == null) {
      return ReactorWiring.Facts.NONE;
    }
    // The highest folder whose compose files the module reads, relative to it ({@code ..}).
    Path base = request.baseDir().toAbsolutePath().normalize();
    String composeTop =
        base.equals(around.top())
            ? ""
            : base.relativize(around.top()).toString().replace('\\', '/');
    return ReactorWiring.facts(model, composeTop);
  }

  /** One check per rule, in rule order. */
  private List<Callable<List<Finding>>> checks(WiringModel model) {
    List<Callable<List<Finding>>> checks = new ArrayList<>();
    for (WiringRule rule : rules) {
      checks.add(
          () -> {
            List<Finding> found = new ArrayList<>();
            for (Finding f : rule.check(model)) {
              // A compose file above the module is the module owning it to report on; here it is
              // context only.
              if (!f.file().startsWith("../")) {
                found.add(f);
              }
            }
            return found;
          });
    }
    return checks;
  }
}
