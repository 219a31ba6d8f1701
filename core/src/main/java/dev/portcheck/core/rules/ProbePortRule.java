package dev.portcheck.core.rules;

import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.Severity;
import dev.portcheck.core.model.ListenVariables;
import dev.portcheck.core.wiring.ListenFlags;
import dev.portcheck.core.wiring.Loc;
import dev.portcheck.core.wiring.WiringModel;
import dev.portcheck.core.wiring.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A probe aimed where its own container does not listen. A port name must be one of the container's
 * port names, or the kubelet cannot resolve it and the probe fails: an error. A number is judged
 * only against positive evidence, since health and metrics ports often go undeclared: a warning
 * where the container's args bind the health server elsewhere, where its args or env set its listen
 * ports and the probe's is none of them nor declared, or where another probe of the same kind of
 * handler calls a declared port and this one an undeclared number. The message names the evidence.
 * Silent for a container that declares no ports or templated ones.
 */
public final class ProbePortRule implements WiringRule {
  public static final RuleInfo INFO =
      new RuleInfo(
          "probe-port",
          Severity.ERROR,
          "probe port where its container does not listen",
          "A liveness, readiness or startup probe runs against its own container. A port name"
              + " the container does not declare cannot resolve (error); a number that the"
              + " container's args, env or other probes show it does not listen on fails, so the"
              + " pod is restarted or never ready (warning).");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> check(WiringModel model) {
    List<Finding> out = new ArrayList<>();
    for (Workload w : model.workloads()) {
      for (Workload.Container c : w.containers()) {
        if (!c.portsKnown()) {
          continue;
        }
        for (Workload.Probe p : c.probes()) {
          (c.ports().isEmpty() ? envOnly(c, p) : verdict(model, c, p))
              .ifPresent(v -> out.add(finding(w, c, p, v)));
        }
      }
    }
    return out;
  }

  /** Why the probe misses, with the severity that reason carries; empty where it may well land. */
  record Verdict(Severity severity, String reason, Loc evidence, String evidenceNote) {}

  /**
   * A container that declares no port: judged only where its own {@code env} sets its main listener
   * ({@code PORT=8080}) and nothing it is told binds the probe's number.
   */
  private static Optional<Verdict> envOnly(Workload.Container c, Workload.Probe p) {
    List<ListenFlags.Listen> evidence = c.listenEvidence();
    if (!p.port().isNumber()
        || evidence.stream().noneMatch(l -> l.variable() && l.main())
        || evidence.stream().anyMatch(l -> l.port() == p.port().number() || l.health())) {
      return Optional.empty();
    }
    return Optional.of(notListened(c, evidence, "no port"));
  }

  /** A warning: the probe's port is none of those the container is told to listen on. */
  private static Verdict notListened(
      Workload.Container c, List<ListenFlags.Listen> evidence, String declares) {
    String listed =
        evidence.stream().map(ListenFlags.Listen::describe).collect(Collectors.joining(", "));
    return new Verdict(
        Severity.WARNING,
        "is none of the ports container '"
            + c.name()
            + "' listens on: "
            + listed
            + "; it declares "
            + declares,
        evidence.get(0).loc(),
        "where container '" + c.name() + "' is told to listen");
  }

  private static Optional<Verdict> verdict(
      WiringModel model, Workload.Container c, Workload.Probe p) {
    if (p.port().isName()) {
      Optional<Workload.ContainerPort> named =
          c.ports().stream().filter(d -> d.name().equals(p.port().name())).findFirst();
      if (named.isEmpty()) {
        return Optional.of(
            new Verdict(
                Severity.ERROR,
                "is not a port name of container '" + c.name() + "', which declares " + declared(c),
                c.ports().get(0).loc(),
                "the ports container '" + c.name() + "' declares"));
      }
      return healthElsewhere(c, named.get().number()).or(() -> mainMoved(c, named.get().number()));
    }
    if (!p.port().isNumber()) {
      return Optional.empty();
    }
    int port = p.port().number();
    Optional<Verdict> health = healthElsewhere(c, port);
    if (health.isPresent() || c.listensOn(port)) {
      return health;
    }
    if (c.declaresNumber(port)) {
      return mainMoved(c, port);
    }
    List<ListenFlags.Listen> evidence = c.listenEvidence();
    // Only evidence of where the main server listens makes the list whole: a JMX port or a
    // metrics bind address alone says nothing of the port a probe may call.
    boolean whole =
        evidence.stream()
            .anyMatch(l -> l.name().startsWith("-") || !ListenVariables.secondary(l.name()));
    if (evidence.stream().noneMatch(l -> l.port() == port) && whole) {
      return Optional.of(notListened(c, evidence, declared(c)));
    }
    Optional<Verdict> compose = ComposeHealthcheckEvidence.callsOtherPort(model, c, p);
    if (compose.isPresent()) {
      return compose;
    }
    for (Workload.Probe other : c.probes()) {
      Optional<Workload.ContainerPort> reached = declaredTarget(c, other);
      if (other != p && other.handler().equals(p.handler()) && reached.isPresent()) {
        return Optional.of(
            new Verdict(
                Severity.WARNING,
                "is not declared by container '"
                    + c.name()
                    + "', while its "
                    + other.kind().field()
                    + " "
                    + other.handler()
                    + " calls "
                    + other.port()
                    + " ("
                    + other.loc()
                    + "), which it declares: "
                    + declared(c),
                other.loc(),
                "the other probe of container '" + c.name() + "'"));
      }
    }
    return Optional.empty();
  }

  /** A warning when the args bind the health server on other ports than {@code port}. */
  private static Optional<Verdict> healthElsewhere(Workload.Container c, int port) {
    List<ListenFlags.Listen> health =
        c.listens().stream().filter(ListenFlags.Listen::health).toList();
    if (health.isEmpty() || health.stream().anyMatch(l -> l.port() == port)) {
      return Optional.empty();
    }
    ListenFlags.Listen flag = health.get(0);
    return Optional.of(
        new Verdict(
            Severity.WARNING,
            "reaches "
                + port
                + ", but container '"
                + c.name()
                + "' binds its health server on "
                + flag.port()
                + " ("
                + flag.describe()
                + ")",
            flag.loc(),
            "the flag that binds the health server of container '" + c.name() + "'"));
  }

  /**
   * A warning when the command sets the main listener to a port the container does not declare
   * while the probe reaches a declared port no flag or variable binds: the command moved the
   * listener away from where the manifest still looks for it.
   */
  private static Optional<Verdict> mainMoved(Workload.Container c, int port) {
    return c.mainMovedFrom(port)
        .map(
            l ->
                new Verdict(
                    Severity.WARNING,
                    "reaches "
                        + port
                        + ", which container '"
                        + c.name()
                        + "' declares, but "
                        + l.writer()
                        + " moves the main listener to "
                        + l.port()
                        + " ("
                        + l.describe()
                        + ")",
                    l.loc(),
                    "the "
                        + l.what()
                        + " that sets the main listener of container '"
                        + c.name()
                        + "'"));
  }

  /** The declared port another probe reaches, by name or number; empty when it reaches none. */
  private static Optional<Workload.ContainerPort> declaredTarget(
      Workload.Container c, Workload.Probe probe) {
    return c.ports().stream()
        .filter(
            d ->
                probe.port().isName()
                    ? d.name().equals(probe.port().name())
                    : probe.port().isNumber() && d.number() == probe.port().number())
        .findFirst();
  }

  /** The ports the container declares, each with its name and where. */
  static String declared(Workload.Container c) {
    return c.ports().stream()
        .map(
            d ->
                (d.name().isEmpty() ? "" : "'" + d.name() + "' ")
                    + d.number()
                    + " ("
                    + d.loc()
                    + ")")
        .collect(Collectors.joining(", "));
  }

  private static Finding finding(Workload w, Workload.Container c, Workload.Probe p, Verdict v) {
    String message =
        p.kind().field()
            + " "
            + p.handler()
            + " port "
            + p.port()
            + " of container '"
            + c.name()
            + "' of "
            + w.describe()
            + " "
            + v.reason();
    return WiringFindings.of(
        INFO,
        v.severity(),
        p.loc(),
        p.kind().field() + "." + p.handler() + ".port",
        p.port().isNumber() ? p.port().number() : -1,
        message,
        v.evidence(),
        v.evidenceNote());
  }
}
