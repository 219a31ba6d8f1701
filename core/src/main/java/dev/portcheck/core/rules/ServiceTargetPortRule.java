package dev.portcheck.core.rules;

import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.Severity;
import dev.portcheck.core.wiring.EdgeState;
import dev.portcheck.core.wiring.KubeService;
import dev.portcheck.core.wiring.ListenFlags;
import dev.portcheck.core.wiring.Loc;
import dev.portcheck.core.wiring.ServiceTargets;
import dev.portcheck.core.wiring.UnrenderedPort;
import dev.portcheck.core.wiring.WiringModel;
import dev.portcheck.core.wiring.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A Service targetPort that no container of the pods it selects declares. A name must resolve
 * against a container port of that name and protocol, or the Service has no endpoint: an error. A
 * number reaches whatever the process listens on, declared or not, so a number nobody declares is a
 * warning. Silent when no workload of the module matches the selector, when one with templated
 * labels might, or when the selected containers declare no ports or templated ones.
 */
public final class ServiceTargetPortRule implements WiringRule {
  public static final RuleInfo INFO =
      new RuleInfo(
          "service-target-port",
          Severity.ERROR,
          "Service targetPort that no selected container declares",
          "A Service forwards to its targetPort (its port when absent) on the pods its selector"
              + " picks. A port name that no selected container declares (name and protocol)"
              + " leaves the Service without endpoints (error); a number that no selected"
              + " container declares very likely reaches no listener (warning).");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> check(WiringModel model) {
    List<Finding> out = new ArrayList<>();
    for (KubeService s : model.services()) {
      WiringModel.Selection selection = model.selected(s);
      if (selection.workloads().isEmpty() || !selection.certain()) {
        continue;
      }
      List<Workload.ContainerPort> declared = new ArrayList<>();
      List<ListenFlags.Listen> bound = new ArrayList<>();
      for (Workload w : selection.workloads()) {
        for (Workload.Container c : w.containers()) {
          declared.addAll(c.ports());
          bound.addAll(c.listens());
        }
      }
      Workload first = selection.workloads().get(0);
      // The graph draws the same verdict: a broken edge is exactly a finding here.
      for (KubeService.ServicePort p : s.ports()) {
        if (ServiceTargets.state(selection, s, p) != EdgeState.BROKEN) {
          continue;
        }
        Optional<ServiceTargets.Moved> moved = ServiceTargets.movedTarget(selection.workloads(), p);
        if (moved.isPresent()) {
          out.add(moved(s, p, moved.get().workload(), moved.get().by()));
          continue;
        }
        if (declared.isEmpty()) {
          out.add(undeclared(s, p, first, ServiceTargets.envListeners(selection.workloads())));
          continue;
        }
        Optional<UnrenderedPort> unrendered =
            p.target().isName()
                ? selection.workloads().stream()
                    .flatMap(w -> model.unrenderedPort(w.loc().file(), p.target().name()).stream())
                    .findFirst()
                : Optional.empty();
        out.add(
            p.target().isName()
                ? unrendered(
                    finding(
                        s, p, first, declared, bound, Severity.ERROR, "names no container port"),
                    unrendered)
                : finding(
                    s, p, first, declared, bound, Severity.WARNING, "is declared by no container"));
      }
    }
    return out;
  }

  /** A warning: the target is declared, but the container's command moved its main listener. */
  private static Finding moved(
      KubeService s, KubeService.ServicePort p, Workload declaring, ListenFlags.Listen flag) {
    String message =
        s.describe()
            + " targetPort "
            + p.target()
            + " is declared by "
            + declaring.describe()
            + " (its pods), but the container's "
            + flag.writer().substring("its ".length())
            + " moves the main listener to "
            + flag.port()
            + " ("
            + flag.describe()
            + "): nothing listens where the Service sends traffic";
    return WiringFindings.of(
        INFO,
        Severity.WARNING,
        p.targetLoc(),
        "targetPort",
        p.target().isNumber() ? p.target().number() : p.port(),
        message,
        flag.loc(),
        "the " + flag.what() + " that sets the main listener");
  }

  /**
   * A warning: the pods declare no port, and each container's own environment sets its main
   * listener elsewhere than the target.
   */
  private static Finding undeclared(
      KubeService s, KubeService.ServicePort p, Workload first, List<ListenFlags.Listen> env) {
    String where = env.stream().map(ListenFlags.Listen::describe).collect(Collectors.joining(", "));
    return WiringFindings.of(
        INFO,
        Severity.WARNING,
        p.targetLoc(),
        "targetPort",
        p.target().number(),
        s.describe()
            + " targetPort "
            + p.target()
            + (p.targetWritten() ? "" : " (its port, as targetPort is not set)")
            + " is where none of the pods it selects listens: "
            + first.describe()
            + " declares no port, and its env sets "
            + where,
        env.get(0).loc(),
        "the variable that sets the main listener");
  }

  /**
   * The finding with the branch that leaves the name out, where the chart declares it: the template
   * shows the declaration, the values turn it off.
   */
  private static Finding unrendered(Finding f, Optional<UnrenderedPort> unrendered) {
    return unrendered
        .map(
            u ->
                f.withMessage(
                    f.message()
                        + "; '"
                        + u.name()
                        + "' is declared only where {{ "
                        + u.condition()
                        + " }} holds ("
                        + u.loc()
                        + "), which the chart's values.yaml turns off"))
        .orElse(f);
  }

  private static Finding finding(
      KubeService s,
      KubeService.ServicePort p,
      Workload first,
      List<Workload.ContainerPort> declared,
      List<ListenFlags.Listen> bound,
      Severity severity,
      String what) {
    Loc other = declared.get(0).loc();
    String ports =
        declared.stream()
            .map(
                d ->
                    (d.name().isEmpty() ? "" : "'" + d.name() + "' ")
                        + d.number()
                        + "/"
                        + d.protocol().id()
                        + " ("
                        + d.loc()
                        + ")")
            .distinct()
            .collect(Collectors.joining(", "));
    String message =
        s.describe()
            + " targetPort "
            + p.target()
            + (p.targetWritten() ? "" : " (its port, as targetPort is not set)")
            + " "
            + what
            + " of the pods it selects: "
            + first.describe()
            + (first.name().isEmpty() ? "" : " (" + first.loc() + ")")
            + " declares "
            + ports
            + (bound.isEmpty()
                ? ""
                : " and its args bind "
                    + bound.stream()
                        .map(l -> l.port() + " (" + l.describe() + ")")
                        .collect(Collectors.joining(", ")))
            + protocolNote(p, declared);
    return WiringFindings.of(
        INFO,
        severity,
        p.targetLoc(),
        "targetPort",
        p.target().isNumber() ? p.target().number() : p.port(),
        message,
        other,
        "container port of " + first.describe() + " selected by " + s.describe());
  }

  /**
   * Where the name is declared with another protocol only: Kubernetes matches a named target on
   * name and protocol, so a UDP Service port finds no endpoint at a port declared for TCP.
   */
  private static String protocolNote(
      KubeService.ServicePort p, List<Workload.ContainerPort> declared) {
    if (!p.target().isName()) {
      return "";
    }
    return declared.stream()
        .filter(d -> d.name().equals(p.target().name()) && d.protocol() != p.protocol())
        .findFirst()
        .map(
            d ->
                "; '"
                    + d.name()
                    + "' is declared for "
                    + d.protocol().id()
                    + " only, and the Service port is "
                    + p.protocol().id()
                    + ": a name matches on its protocol too")
        .orElse("");
  }
}
