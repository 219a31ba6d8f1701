package dev.portcheck.core.wiring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What each Service's selector picks among a module's workloads. Which workloads hold a selector
 * depends on the selector and the namespace alone, so it is worked out once for all the Services
 * that share them (a chart or generator writes the same {@code app: web} many times over) and kept
 * for the graph and the rules, which ask again; a scan per Service grew with the square of the
 * module. Thread-safe: the rules and the graph ask side by side.
 */
final class ServiceSelections {
  private final Map<String, List<Workload>> byLabel = new HashMap<>();
  private final List<Workload> templatedLabels = new ArrayList<>();
  private final Map<Selector, NearestIndex<Workload>> known = new ConcurrentHashMap<>();

  /** A Service's selector and namespace. */
  private record Selector(Map<String, String> labels, String namespace) {}

  ServiceSelections(List<Workload> workloads) {
    for (Workload w : workloads) {
      w.labels()
          .forEach((k, v) -> byLabel.computeIfAbsent(k + "=" + v, x -> new ArrayList<>()).add(w));
      if (!w.labelsKnown() || w.labels().values().stream().anyMatch(TemplateText::isToken)) {
        templatedLabels.add(w);
      }
      if (ChartTemplate.chartOf(w.loc().file()) != null) {
        inCharts.add(w);
      }
    }
  }

  // The workloads of chart templates: a selector of template text may render to their labels.
  private final List<Workload> inCharts = new ArrayList<>();

  /** See {@link WiringModel#selected}. */
  WiringModel.Selection selected(KubeService s) {
    if (s.selector().isEmpty() || !s.selectorKnown()) {
      return new WiringModel.Selection(List.of(), false);
    }
    NearestIndex<Workload> matches =
        known.computeIfAbsent(new Selector(s.selector(), s.namespace()), this::matching);
    boolean certain = true;
    boolean tokens = s.selector().values().stream().anyMatch(TemplateText::isToken);
    boolean matched = !matches.all().isEmpty();
    for (Workload w : tokens ? inCharts : templatedLabels) {
      if (!matches.all().contains(w)
          && WiringModel.sameNamespace(s.namespace(), w.namespace())
          && !contradicts(w, s.selector())
          && !(matched && anotherComponent(w, s.selector()))
          && sameChart(w.loc(), s.loc())) {
        certain = false;
      }
    }
    return new WiringModel.Selection(matches.to(s.loc()), certain);
  }

  /** The workloads in the namespace whose pod labels hold the selector, in model order. */
  private NearestIndex<Workload> matching(Selector s) {
    Map.Entry<String, String> first = s.labels().entrySet().iterator().next();
    List<Workload> matches = new ArrayList<>();
    for (Workload w : byLabel.getOrDefault(first.getKey() + "=" + first.getValue(), List.of())) {
      if (WiringModel.sameNamespace(s.namespace(), w.namespace())
          && holds(w.labels(), s.labels())) {
        matches.add(w);
      }
    }
    return new NearestIndex<>(matches, Workload::loc);
  }

  /**
   * False when {@code workload} is a template of a Helm chart that {@code service} is not part of:
   * a chart renders its own objects, so its templated labels cannot be what a manifest elsewhere
   * selects.
   */
  private static boolean sameChart(Loc workload, Loc service) {
    String chart = ChartTemplate.chartOf(workload.file());
    return chart == null || chart.equals(ChartTemplate.chartOf(service.file()));
  }

  private static boolean holds(Map<String, String> labels, Map<String, String> selector) {
    for (Map.Entry<String, String> e : selector.entrySet()) {
      if (!e.getValue().equals(labels.get(e.getKey()))) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when {@code w}'s pods are labelled as another component of the chart than the one whose
   * pods hold the selector as written: for a label the selector names by template text ({@code app:
   * {{ include "shop.api.fullName" . }}}) they hold other template text, or where the selector is a
   * helper's label map ({@code {{ include "sched.api.labels" . }}}) they hold another helper's
   * instead. Charts give each component labels of its own, as Kubernetes asks of controllers (their
   * selectors must not overlap), so those pods are not the Service's.
   */
  private static boolean anotherComponent(Workload w, Map<String, String> selector) {
    Map<String, String> labels = w.labels();
    for (Map.Entry<String, String> e : selector.entrySet()) {
      String k = e.getKey();
      if (dev.portcheck.core.entries.HelperLabels.isCall(k)) {
        if (!labels.containsKey(k)
            && labels.keySet().stream().anyMatch(dev.portcheck.core.entries.HelperLabels::isCall)) {
          return true;
        }
        continue;
      }
      String v = labels.get(k);
      if (v != null
          && TemplateText.isToken(e.getValue())
          && TemplateText.isToken(v)
          && !v.equals(e.getValue())) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when a label the selector names holds another value for certain: two literal values
   * differ, or the pods lack the label while every label of theirs is written out (no template key,
   * no helper call that may render more). Template text may render to any value, so as a value it
   * contradicts nothing.
   */
  private static boolean contradicts(Workload w, Map<String, String> selector) {
    Map<String, String> labels = w.labels();
    boolean allWritten =
        w.labelsKnown() && labels.keySet().stream().noneMatch(k -> k.contains("{{"));
    for (Map.Entry<String, String> e : selector.entrySet()) {
      String v = labels.get(e.getKey());
      if (v == null && allWritten && !e.getKey().contains("{{")) {
        return true;
      }
      if (v != null
          && !v.equals(e.getValue())
          && !TemplateText.isToken(v)
          && !TemplateText.isToken(e.getValue())) {
        return true;
      }
    }
    return false;
  }
}
