package dev.portcheck.core.wiring;

import java.util.List;
import java.util.Optional;

/**
 * Whether a Kubernetes Service port lands on a listener of the pods its selector picks: the one
 * verdict {@code service-target-port} reports and the graph draws.
 */
public final class ServiceTargets {
  private ServiceTargets() {}

  /** True when a container of {@code workloads} declares the Service port's target. */
  public static boolean declared(List<Workload> workloads, KubeService.ServicePort p) {
    return workloads.stream()
        .flatMap(w -> w.containers().stream())
        .anyMatch(
            c ->
                c.declares(p.target(), p.protocol())
                    || p.target().isNumber() && c.listensOn(p.target().number()));
  }

  /**
   * The flag that moved the main listener of the container that declares Service port {@code p}'s
   * target away from it ({@link Workload.Container#mainMovedFrom}), where every container that
   * declares the target moved it and no container of the pods binds that port otherwise.
   */
  public static Optional<Moved> movedTarget(List<Workload> workloads, KubeService.ServicePort p) {
    Moved moved = null;
    for (Workload w : workloads) {
      for (Workload.Container c : w.containers()) {
        Optional<Integer> number = c.declaredNumber(p.target(), p.protocol());
        if (number.isEmpty()) {
          continue;
        }
        Optional<ListenFlags.Listen> flag = c.mainMovedFrom(number.get());
        if (flag.isEmpty() || boundBySidecar(w, c, number.get())) {
          return Optional.empty();
        }
        moved = moved == null ? new Moved(w, flag.get()) : moved;
      }
    }
    return Optional.ofNullable(moved);
  }

  /** A workload whose container's command or environment moved its main listener away. */
  public record Moved(Workload workload, ListenFlags.Listen by) {}

  /** True when another container of the pod binds {@code port}: the pod still serves it. */
  private static boolean boundBySidecar(Workload w, Workload.Container c, int port) {
    return w.containers().stream()
        .anyMatch(o -> o != c && o.listenEvidence().stream().anyMatch(l -> l.port() == port));
  }

  /**
   * Whether Service port {@code p} lands on the pods {@code selection} picks: broken exactly where
   * {@code service-target-port} reports it. A name must be declared; a number counts as missing
   * only when no target number of the Service is declared at all (containers often leave out ports
   * they serve); unknown when the selection or the containers' ports are not certain.
   */
  public static EdgeState state(
      WiringModel.Selection selection, KubeService s, KubeService.ServicePort p) {
    List<Workload> workloads = selection.workloads();
    if (declared(workloads, p)) {
      return selection.certain() && movedTarget(workloads, p).isPresent()
          ? EdgeState.BROKEN
          : EdgeState.OK;
    }
    if (workloads.isEmpty() || !selection.certain()) {
      return EdgeState.UNKNOWN;
    }
    boolean anyPort = false;
    for (Workload w : workloads) {
      for (Workload.Container c : w.containers()) {
        if (!c.portsKnown()) {
          return EdgeState.UNKNOWN;
        }
        anyPort |= !c.ports().isEmpty();
      }
    }
    if (!anyPort) {
      if (!p.target().isNumber()) {
        return EdgeState.UNKNOWN;
      }
      List<ListenFlags.Listen> env = envListeners(workloads);
      if (env.isEmpty()) {
        return EdgeState.UNKNOWN;
      }
      return env.stream().anyMatch(l -> l.port() == p.target().number())
          ? EdgeState.OK
          : EdgeState.BROKEN;
    }
    if (p.target().isName()) {
      return EdgeState.BROKEN;
    }
    boolean anyNumberDeclared =
        s.ports().stream().anyMatch(q -> q.target().isNumber() && declared(workloads, q));
    if (p.target().isNumber() && !anyNumberDeclared) {
      return EdgeState.BROKEN;
    }
    return p.target().isNumber() && namesAnotherDeclaredPort(workloads, p)
        ? EdgeState.BROKEN
        : EdgeState.UNKNOWN;
  }

  /**
   * Where pods that declare no port listen, as each container's own {@code env} says by a main
   * listen variable ({@code PORT=8080}): every container must say so, so no sidecar may serve what
   * the Service targets; empty when one does not. The variables come from the container's own
   * {@code env}, which Kubernetes puts above its {@code envFrom}.
   */
  public static List<ListenFlags.Listen> envListeners(List<Workload> workloads) {
    List<ListenFlags.Listen> out = new java.util.ArrayList<>();
    for (Workload w : workloads) {
      for (Workload.Container c : w.containers()) {
        List<ListenFlags.Listen> main =
            c.listenEvidence().stream().filter(l -> l.variable() && l.main()).toList();
        if (main.isEmpty() || !c.listens().isEmpty()) {
          return List.of();
        }
        out.addAll(c.listenEvidence());
      }
    }
    return out;
  }

  /**
   * True when the Service port is named after a port the containers declare ({@code httpport}) at
   * another number than its target: the team wired the two by name and the number slipped.
   */
  static boolean namesAnotherDeclaredPort(List<Workload> workloads, KubeService.ServicePort p) {
    if (p.name() == null || p.name().isEmpty()) {
      return false;
    }
    for (Workload w : workloads) {
      for (Workload.Container c : w.containers()) {
        Optional<Integer> named = c.declaredNumber(PortRef.name(p.name()), p.protocol());
        if (named.isPresent() && named.get() != p.target().number()) {
          return true;
        }
      }
    }
    return false;
  }
}
