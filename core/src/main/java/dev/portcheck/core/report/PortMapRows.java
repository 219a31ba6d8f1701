package dev.portcheck.core.report;

import dev.portcheck.core.candidates.Binding;
import dev.portcheck.core.candidates.FileKind;
import dev.portcheck.core.candidates.PortCandidate;
import dev.portcheck.core.candidates.PortLiteral;
import dev.portcheck.core.entries.ComposeKeys;
import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.Severity;
import dev.portcheck.core.wiring.WiringGraph;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The rows of the port map, one per thing that binds ports: an application profile, a compose
 * service's container, a Kubernetes pod (one object), and the host (compose publishes, {@code
 * hostPort}, {@code nodePort}, servers' own files). Settings that bind nothing (client addresses,
 * Service ports, probes) stay in the ports table.
 */
final class PortMapRows {

  /** What a row stands for, in the order rows are drawn. */
  enum Kind {
    APPLICATION("application"),
    COMPOSE("compose service"),
    POD("pod"),
    HOST("host");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    String label() {
      return label;
    }
  }

  /** A row's identity and sort key. */
  record Key(Kind kind, String name, String detail) implements Comparable<Key> {
    private static final Comparator<Key> ORDER =
        Comparator.comparing(Key::kind).thenComparing(Key::name).thenComparing(Key::detail);

    @Override
    public int compareTo(Key o) {
      return ORDER.compare(this, o);
    }
  }

  /** One port of a row: its worst finding, whether it clashes, what sets it. */
  record Pin(int port, Severity worst, boolean clash, List<String> settings, int firstCandidate) {}

  /**
   * A row and its ports in ascending order; {@code places} are the files (and documents) of the
   * objects it stands for: pods or compose services of one name with the same ports in several
   * files (a chart's templates, plain manifests, a single-file demo) share a row.
   */
  record Row(Key key, List<Pin> pins, List<String> places) {}

  /** The rows and how many port settings bind nothing. */
  record Rows(List<Row> rows, int unbound) {}

  private static final Set<String> CLASH_RULES =
      Set.of("duplicate-port", "shared-host-port", "well-known-port");
  private static final int MAX_SETTINGS = 4;
  private static final String HOST_DETAIL = "publishes, hostPort, nodePort, servers";

  private PortMapRows() {}

  static Rows of(
      String module, List<PortCandidate> candidates, List<Finding> findings, WiringGraph wiring) {
    Map<String, Severity> worst = new HashMap<>();
    Set<String> clash = new HashSet<>();
    for (Finding f : findings) {
      String at = f.file() + ":" + f.line() + ":" + f.column();
      worst.merge(at, f.severity(), (a, b) -> a.isAtLeast(b) ? a : b);
      if (CLASH_RULES.contains(f.rule())) {
        clash.add(at);
      }
    }
    Map<String, TreeMap<Integer, String>> workloads = workloads(wiring);
    Map<Key, TreeMap<Integer, Pin>> rows = new TreeMap<>();
    int unbound = 0;
    int index = 0;
    for (PortCandidate c : candidates) {
      boolean bound = false;
      for (PortLiteral p : c.ports()) {
        Binding b = c.bindingOf(p);
        if (b == Binding.NONE
            || !p.isValidPort()
            || p.origin() == PortLiteral.Origin.REFERENCE
            || p.origin() == PortLiteral.Origin.IMPLIED) {
          continue;
        }
        bound = true;
        String at = c.file() + ":" + p.line() + ":" + p.column();
        Pin pin =
            new Pin(p.port(), worst.get(at), clash.contains(at), List.of(describe(c, p, b)), index);
        rows.computeIfAbsent(key(module, c, b, workloads), k -> new TreeMap<>())
            .merge(p.port(), pin, PortMapRows::merge);
      }
      unbound += bound ? 0 : 1;
      index++;
    }
    Map<List<Object>, Row> alike = new LinkedHashMap<>();
    rows.forEach(
        (k, pins) -> {
          List<Object> same = new ArrayList<>(List.of(k.kind(), k.name()));
          pins.values()
              .forEach(p -> same.add(List.of(p.port(), String.valueOf(p.worst()), p.clash())));
          Row row = new Row(k, List.copyOf(pins.values()), List.of(k.detail()));
          alike.merge(
              k.kind() == Kind.HOST || k.kind() == Kind.APPLICATION ? List.of(k) : same,
              row,
              PortMapRows::merge);
        });
    return new Rows(List.copyOf(alike.values()), unbound);
  }

  private static Key key(
      String module, PortCandidate c, Binding b, Map<String, TreeMap<Integer, String>> workloads) {
    return switch (b) {
      case HOST_PROCESS ->
          c.kind() == FileKind.APPLICATION
              ? new Key(
                  Kind.APPLICATION,
                  module,
                  "profile " + (c.profile().isEmpty() ? "default" : c.profile()))
              : new Key(Kind.HOST, "", HOST_DETAIL);
      case CONTAINER -> {
        String service = ComposeKeys.service(c.key());
        yield new Key(Kind.COMPOSE, service != null ? service : c.key(), c.file());
      }
      case POD -> {
        if (c.kind() == FileKind.HELM_VALUES) {
          yield new Key(Kind.POD, "Helm values", c.file());
        }
        String where = c.file() + (c.document() > 0 ? " #" + (c.document() + 1) : "");
        TreeMap<Integer, String> inFile = workloads.get(c.file());
        Map.Entry<Integer, String> w = inFile == null ? null : inFile.floorEntry(c.line());
        // the scope tells objects apart; the workload's name is for people
        String name = w == null ? c.scope() : w.getValue();
        yield new Key(Kind.POD, name, where);
      }
      case HOST, NONE -> new Key(Kind.HOST, "", HOST_DETAIL);
    };
  }

  /** Workload names by file and the line where each starts. */
  private static Map<String, TreeMap<Integer, String>> workloads(WiringGraph wiring) {
    Map<String, TreeMap<Integer, String>> out = new HashMap<>();
    for (WiringGraph.Node n : wiring.nodes()) {
      if (n.kind().equals("workload")) {
        out.computeIfAbsent(n.loc().file(), f -> new TreeMap<>())
            .putIfAbsent(n.loc().line(), n.name());
      }
    }
    return out;
  }

  private static String describe(PortCandidate c, PortLiteral p, Binding b) {
    return c.key() + " = " + c.raw() + " (" + b.describe() + ", " + c.file() + ":" + p.line() + ")";
  }

  private static Row merge(Row a, Row b) {
    List<Pin> pins = new ArrayList<>(a.pins().size());
    for (int i = 0; i < a.pins().size(); i++) {
      pins.add(merge(a.pins().get(i), b.pins().get(i)));
    }
    List<String> places = new ArrayList<>(a.places());
    places.addAll(b.places());
    return new Row(a.key(), List.copyOf(pins), List.copyOf(places));
  }

  private static Pin merge(Pin a, Pin b) {
    Severity worst =
        a.worst() == null
            ? b.worst()
            : b.worst() == null || a.worst().isAtLeast(b.worst()) ? a.worst() : b.worst();
    List<String> settings = new ArrayList<>(a.settings());
    if (settings.size() < MAX_SETTINGS) {
      settings.addAll(b.settings());
    } else if (settings.size() == MAX_SETTINGS) {
      settings.add("…");
    }
    return new Pin(
        a.port(),
        worst,
        a.clash() || b.clash(),
        List.copyOf(settings),
        Math.min(a.firstCandidate(), b.firstCandidate()));
  }
}
