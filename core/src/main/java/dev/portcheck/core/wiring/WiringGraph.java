package dev.portcheck.core.wiring;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The module's wiring as a graph for reports: listeners (Services, workloads, compose services)
 * with their ports, and connections between them (a Service to the pods it selects, an Ingress or
 * client to a Service, a compose client to a service) with whether each lands on a listener.
 *
 * @param nodes listeners, each with a stable id
 * @param edges connections; {@code from} is a node id or, for a client that is no node, its file
 */
public record WiringGraph(List<Node> nodes, List<Edge> edges) {

  public static final WiringGraph EMPTY = new WiringGraph(List.of(), List.of());

  public WiringGraph {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }

  /**
   * A listener: {@code kind} is {@code service}, {@code workload} or {@code compose}.
   *
   * @param listeners each port with where it is written: the same places the port inventory lists
   */
  public record Node(String id, String kind, String name, List<Listener> listeners, Loc loc) {

    public Node {
      listeners = List.copyOf(listeners);
    }

    /** A node whose ports are all written at the node's own place (tests, old reports). */
    public static Node of(String id, String kind, String name, List<Integer> ports, Loc loc) {
      List<Listener> at = new ArrayList<>();
      ports.forEach(p -> at.add(new Listener(p, loc, false)));
      return new Node(id, kind, name, at, loc);
    }

    /** Every port the node listens on, documented ones included, in order. */
    public List<Integer> ports() {
      List<Integer> out = new ArrayList<>(listeners.size());
      for (Listener l : listeners) {
        if (!out.contains(l.port())) {
          out.add(l.port());
        }
      }
      return out;
    }
  }

  /**
   * One port of a node.
   *
   * @param loc where the configuration writes it; for a documented image, the service's image
   * @param documented true when no file writes it: the image's documentation says it (postgres
   *     listens on 5432), so the port inventory has no setting for it
   */
  public record Listener(int port, Loc loc, boolean documented) {}

  /** A connection at {@code port} (-1 for a port name) from one place to another. */
  public record Edge(String from, String to, int port, Loc fromLoc, Loc toLoc, EdgeState state) {}

  public static WiringGraph of(WiringModel model) {
    List<Node> nodes = new ArrayList<>();
    List<Edge> edges = new ArrayList<>();
    // By identity: a record's hash would walk every container, port and setting it holds.
    Map<Workload, String> workloadIds = new IdentityHashMap<>();
    for (Workload w : model.workloads()) {
      String id = "workload:" + w.kind() + "/" + w.name() + "@" + w.loc();
      workloadIds.put(w, id);
      List<Listener> ports = new ArrayList<>();
      w.containers().forEach(c -> c.ports().forEach(p -> ports.add(listener(p.number(), p.loc()))));
      nodes.add(new Node(id, "workload", w.name(), ports, w.loc()));
    }
    Map<KubeService, String> serviceIds = new IdentityHashMap<>();
    for (KubeService s : model.services()) {
      String id = "service:" + s.name() + "@" + s.loc();
      serviceIds.put(s, id);
      nodes.add(
          new Node(
              id,
              "service",
              s.shownName(),
              s.ports().stream().map(p -> listener(p.port(), p.loc())).toList(),
              s.loc()));
    }
    for (KubeService s : model.services()) {
      WiringModel.Selection selection = model.selected(s);
      for (Workload w : selection.workloads()) {
        for (KubeService.ServicePort p : s.ports()) {
          EdgeState state =
              ServiceTargets.state(selection, s, p) == EdgeState.BROKEN
                  ? EdgeState.BROKEN
                  : ServiceTargets.declared(List.of(w), p) ? EdgeState.OK : EdgeState.UNKNOWN;
          edges.add(
              new Edge(
                  serviceIds.get(s),
                  workloadIds.get(w),
                  p.target().isNumber() ? p.target().number() : -1,
                  p.targetLoc(),
                  w.loc(),
                  state));
        }
      }
    }
    for (Backend b : model.backends()) {
      for (KubeService s : model.servicesNamed(b.service(), b.namespace(), b.loc())) {
        edges.add(
            new Edge(
                b.loc().file(),
                serviceIds.get(s),
                b.port().isNumber() ? b.port().number() : -1,
                b.loc(),
                s.loc(),
                s.hasUnknownPort()
                    ? EdgeState.UNKNOWN
                    : s.serves(b.port()) ? EdgeState.OK : EdgeState.BROKEN));
      }
    }
    for (Workload w : model.workloads()) {
      for (Workload.Container c : w.containers()) {
        for (Setting env : c.env()) {
          kubeClient(model, workloadIds.get(w), env, w.namespace(), serviceIds, edges);
        }
        for (Setting address : c.dials()) {
          kubeClient(model, workloadIds.get(w), address, w.namespace(), serviceIds, edges);
        }
      }
    }
    for (ConfigMapValues m : model.configMaps()) {
      for (Setting s : m.all()) {
        kubeClient(model, s.loc().file(), s, m.namespace(), serviceIds, edges);
      }
    }
    // The client-port rule's reading of applications' own files: the workload that runs one dials.
    for (KubernetesAppSettings.Read r : model.kubernetesAppSettings()) {
      kubeClient(
          model,
          workloadIds.get(r.workload()),
          r.setting(),
          r.workload().namespace(),
          serviceIds,
          edges);
    }
    compose(model, nodes, edges);
    return new WiringGraph(nodes, edges);
  }

  private static void kubeClient(
      WiringModel model,
      String from,
      Setting s,
      String namespace,
      Map<KubeService, String> serviceIds,
      List<Edge> edges) {
    for (Address a : Address.dialedInTemplate(s.value())) {
      for (KubeService k : model.servicesAt(a.host(), namespace, s.loc())) {
        EdgeState state = ServiceDials.dial(model, k, a.port()).state();
        edges.add(new Edge(from, serviceIds.get(k), a.port(), s.loc(), k.loc(), state));
      }
    }
  }

  private static void compose(WiringModel model, List<Node> nodes, List<Edge> edges) {
    ComposeModel compose = model.compose();
    for (ComposeProject project : compose.projects()) {
      for (Map.Entry<String, List<ComposeService>> e : project.services().entrySet()) {
        ComposeListeners l = compose.listeners(project, e.getKey());
        nodes.add(
            new Node(
                id(project, e.getKey()),
                "compose",
                e.getKey(),
                l.all().entrySet().stream()
                    .map(p -> new Listener(p.getKey(), p.getValue(), l.documented(p.getKey())))
                    .toList(),
                e.getValue().get(0).loc()));
        for (Setting env : compose.calls(project, e.getKey())) {
          project
              .interpolate(env.value())
              .ifPresent(
                  v ->
                      composeClient(model, project, id(project, e.getKey()), env, v, false, edges));
        }
        // What a proxy's labels send to the service: drawn from the file that writes them.
        for (ComposeService part : e.getValue()) {
          for (Setting label : part.proxied()) {
            project
                .interpolate(label.value())
                .ifPresent(
                    v -> composeClient(model, project, label.loc().file(), label, v, false, edges));
          }
        }
      }
    }
    // The same settings the app-client-port rule reads: those the service's profiles make active.
    ActiveSettings active = ActiveSettings.of(model);
    for (Setting s : model.app()) {
      for (ComposeModel.ServiceRef client : model.clientsOf(s.loc().file())) {
        if (active.reads(client, s.loc().file(), s, "")) {
          composeClient(model, client.project(), s.loc().file(), s, s.value(), true, edges);
        }
      }
    }
    for (ProfilePort p : model.profilePorts()) {
      if (!Framework.isServerPort(p.setting().name())) {
        for (ComposeModel.ServiceRef client : model.clientsOf(p.applicationFile())) {
          Setting s = p.setting();
          if (active.reads(client, p.applicationFile(), s, p.profile())) {
            composeClient(model, client.project(), s.loc().file(), s, s.value(), true, edges);
          }
        }
      }
    }
  }

  private static void composeClient(
      WiringModel model,
      ComposeProject project,
      String from,
      Setting s,
      String value,
      boolean fromApplication,
      List<Edge> edges) {
    ComposeModel compose = model.compose();
    for (Address a : Address.dialed(value)) {
      compose
          .dialed(project, a.host())
          // A service naming itself is no connection between two (compose-client-port skips it
          // too).
          .filter(target -> !id(target.project(), target.service()).equals(from))
          .ifPresent(
              target -> {
                EdgeState state =
                    model.composeReach().of(target, s.name(), value, a, fromApplication).state();
                edges.add(
                    new Edge(
                        from,
                        id(target.project(), target.service()),
                        a.port(),
                        s.loc(),
                        target.project().services().get(target.service()).get(0).loc(),
                        state));
              });
    }
  }

  private static Listener listener(int port, Loc loc) {
    return new Listener(port, loc, false);
  }

  private static String id(ComposeProject project, String service) {
    return "compose:"
        + (project.folder().isEmpty() ? "" : project.folder() + "/")
        + (project.name().isEmpty() ? "" : project.name() + "#")
        + service;
  }
}
