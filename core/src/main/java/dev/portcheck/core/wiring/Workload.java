package dev.portcheck.core.wiring;

import dev.portcheck.core.candidates.Protocol;
import dev.portcheck.core.model.ListenVariables;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Kubernetes object that runs pods (Deployment, StatefulSet, DaemonSet, Job, CronJob, Pod, ...).
 *
 * @param labels the pod template's labels (literal ones)
 * @param labelsKnown false when a label was templated, so a selector may match it unseen
 * @param injectedDials what a sidecar the platform injects into the pod dials there, as the pod's
 *     annotations say: Dapr's {@code dapr.io/app-port} is the port its sidecar calls the app on, at
 *     {@code localhost}
 * @param loc where the object's {@code kind} is written
 */
public record Workload(
    String kind,
    String name,
    String namespace,
    Map<String, String> labels,
    boolean labelsKnown,
    List<Container> containers,
    List<Setting> injectedDials,
    Loc loc) {

  public Workload {
    labels = Map.copyOf(labels);
    containers = List.copyOf(containers);
    injectedDials = List.copyOf(injectedDials);
  }

  /** The same workload with other containers. */
  public Workload withContainers(List<Container> other) {
    return new Workload(kind, name, namespace, labels, labelsKnown, other, injectedDials, loc);
  }

  /** The same workload with other pod labels. */
  public Workload withLabels(Map<String, String> other) {
    return new Workload(kind, name, namespace, other, labelsKnown, containers, injectedDials, loc);
  }

  /** How messages name it: {@code Deployment 'web'}, or by its place when its name is templated. */
  public String describe() {
    return name.isEmpty() ? kind + " at " + loc : kind + " '" + name + "'";
  }

  /**
   * One container of the pod template.
   *
   * @param portsKnown false when a declared port's number or name was templated
   * @param env variables that may hold an address, and those that choose the Spring profiles or the
   *     listen port ({@code SPRING_PROFILES_ACTIVE}, {@code SERVER_PORT}, ...; a {@code valueFrom}
   *     one holds {@link #FROM_ELSEWHERE}, or the value of the ConfigMap key it names)
   * @param image the image as written, empty when none; a templated one has no repository ({@code
   *     ImageName.parse}) but may still name its software ({@code ImageName.software})
   * @param launchOpen true when {@code envFrom}, or a {@code command} or {@code args} that names a
   *     port or profile, may set what the process listens on where this manifest does not show it
   * @param listens the ports its {@code command} and {@code args} make the process listen on
   * @param dials the addresses its {@code command} and {@code args} hand the process ({@code
   *     --backend-url=http://backend:9898}), each named by its flag: the process dials them as it
   *     dials an address in its env
   * @param envFrom the ConfigMaps its {@code envFrom} names, whose variables join its environment
   */
  public record Container(
      String name,
      List<ContainerPort> ports,
      boolean portsKnown,
      List<Probe> probes,
      List<Setting> env,
      String image,
      boolean launchOpen,
      List<ListenFlags.Listen> listens,
      List<Setting> dials,
      List<String> envFrom,
      Loc loc) {

    /** The value of a variable set through {@code valueFrom}: unknown here. */
    public static final String FROM_ELSEWHERE = "${valueFrom}";

    private static final String KEY_REF = "${configMapKeyRef:";

    /**
     * The value of a variable set through {@code valueFrom.configMapKeyRef} until the model reads
     * that ConfigMap ({@link EnvFromConfigMaps}); a placeholder, unknown, until then.
     */
    static String configMapKey(String configMap, String key) {
      return KEY_REF + configMap + "\0" + key + "}";
    }

    /** The ConfigMap and key a {@link #configMapKey} value names; empty for any other value. */
    static Optional<Map.Entry<String, String>> configMapKeyOf(String value) {
      if (!value.startsWith(KEY_REF) || !value.endsWith("}")) {
        return Optional.empty();
      }
      String ref = value.substring(KEY_REF.length(), value.length() - 1);
      int zero = ref.indexOf('\0');
      return zero < 0
          ? Optional.empty()
          : Optional.of(Map.entry(ref.substring(0, zero), ref.substring(zero + 1)));
    }

    /** True when a declared port matches {@code ref}: a name with its protocol, or a number. */
    public boolean declares(PortRef ref, Protocol protocol) {
      return declaredNumber(ref, protocol).isPresent();
    }

    public Container {
      ports = List.copyOf(ports);
      probes = List.copyOf(probes);
      env = List.copyOf(env);
      listens = List.copyOf(listens);
      dials = List.copyOf(dials);
      envFrom = List.copyOf(envFrom);
    }

    /** A container whose {@code envFrom} names no ConfigMap. */
    public Container(
        String name,
        List<ContainerPort> ports,
        boolean portsKnown,
        List<Probe> probes,
        List<Setting> env,
        String image,
        boolean launchOpen,
        List<ListenFlags.Listen> listens,
        List<Setting> dials,
        Loc loc) {
      this(name, ports, portsKnown, probes, env, image, launchOpen, listens, dials, List.of(), loc);
    }

    /**
     * The same container with {@code more} variables, those a ConfigMap its {@code envFrom} names
     * sets: they are its environment as its own {@code env} is.
     */
    public Container withEnvFrom(List<Setting> more) {
      List<Setting> all = new java.util.ArrayList<>(env);
      all.addAll(more);
      return new Container(
          name, ports, portsKnown, probes, all, image, launchOpen, listens, dials, envFrom, loc);
    }

    /** The same container with environment {@code other}. */
    public Container withEnv(List<Setting> other) {
      return new Container(
          name, ports, portsKnown, probes, other, image, launchOpen, listens, dials, envFrom, loc);
    }

    /** The same container with ports that may be more than those read. */
    public Container withPortsUnknown() {
      return new Container(
          name, ports, false, probes, env, image, launchOpen, listens, dials, envFrom, loc);
    }

    /** The same container declaring {@code other} ports. */
    public Container withPorts(List<ContainerPort> other) {
      return new Container(
          name, other, portsKnown, probes, env, image, launchOpen, listens, dials, envFrom, loc);
    }

    /** The same container whose command binds {@code other}; a launch that names ports is open. */
    public Container withListens(List<ListenFlags.Listen> other) {
      return new Container(
          name, ports, portsKnown, probes, env, image, true, other, dials, envFrom, loc);
    }

    /** True when the command or args bind {@code port}: positive evidence of a listener. */
    public boolean listensOn(int port) {
      for (ListenFlags.Listen l : listens) {
        if (l.port() == port) {
          return true;
        }
      }
      return false;
    }

    /**
     * The flag or variable that moved the main listener away from {@code port}, which this
     * container declares: its command sets the main listener ({@link ListenFlags.Listen#main}) to a
     * port it does not declare, or, when it declares that one port only, a main listen variable of
     * its {@code env} does ({@code PORT=80} beside {@code containerPort: 8080}), or a variable that
     * lists the listen addresses names none of the declared ports ({@code ASPNETCORE_URLS}); and
     * nothing binds {@code port}. The manifest still sends traffic where the process no longer
     * listens.
     */
    public Optional<ListenFlags.Listen> mainMovedFrom(int port) {
      // The flag first: most containers have none, and the evidence reads every variable.
      Optional<ListenFlags.Listen> moved =
          listens.stream()
              .filter(l -> l.main() && !declaresNumber(l.port()) && movesDeclared(l, port))
              .findFirst();
      if (moved.isEmpty() && !env.isEmpty() && declaresNumber(port)) {
        List<ListenFlags.Listen> evidence = listenEvidence();
        // ASPNETCORE_URLS lists the addresses the server listens on: where it lists none of the
        // declared ports, each is moved, however many the container declares. Where it lists one,
        // the others may be endpoints the application's code adds (a gRPC port).
        List<ListenFlags.Listen> lists =
            evidence.stream()
                .filter(l -> l.variable() && ListenVariables.listsAll(l.name()))
                .toList();
        moved =
            lists.stream().anyMatch(l -> declaresNumber(l.port()))
                ? Optional.empty()
                : lists.stream().findFirst();
        if (moved.isEmpty() && ports.stream().allMatch(d -> d.number() == port)) {
          moved =
              evidence.stream()
                  .filter(l -> l.variable() && l.main() && !declaresNumber(l.port()))
                  .findFirst();
        }
      }
      return moved.isPresent() && listenEvidence().stream().noneMatch(e -> e.port() == port)
          ? moved
          : Optional.empty();
    }

    /**
     * Whether main flag {@code l} moves declared port {@code port}: among several, the one whose
     * name the flag names ({@code --http-port} and {@code http}; a generic flag such as {@code
     * --port} names the HTTP one), or the one left where the command binds every other (MinIO's
     * {@code --console-address} binds its console, so {@code --address} moved the API). Keycloak's
     * {@code --http-port} leaves its {@code management} port where it is.
     */
    private boolean movesDeclared(ListenFlags.Listen l, int port) {
      if (ports.stream().filter(d -> d.number() != port).allMatch(d -> listensOn(d.number()))) {
        return true;
      }
      java.util.Set<String> words = ListenFlags.serverWords(l);
      return ports.stream()
          .anyMatch(
              d ->
                  d.number() == port
                      && words.contains(d.name().toLowerCase(java.util.Locale.ROOT)));
    }

    /** True when a declared port has number {@code port}, whatever its name and protocol. */
    public boolean declaresNumber(int port) {
      return ports.stream().anyMatch(d -> d.number() == port);
    }

    /** The number of the declared port {@code ref} names; empty when none does. */
    public Optional<Integer> declaredNumber(PortRef ref, Protocol protocol) {
      for (ContainerPort d : ports) {
        if (ref.isName()
            ? d.name().equals(ref.name()) && d.protocol() == protocol
            : ref.isNumber() && d.number() == ref.number()) {
          return Optional.of(d.number());
        }
      }
      return Optional.empty();
    }

    /**
     * What says where the process listens, beyond its declared ports: the listen flags of its
     * command and args, and the variables of its {@code env} that set a listen port ({@code
     * PORT=8080}, {@code QUARKUS_HTTP_PORT=8083}), each as written.
     */
    public List<ListenFlags.Listen> listenEvidence() {
      List<ListenFlags.Listen> all = new java.util.ArrayList<>(listens);
      for (Setting s : env) {
        all.addAll(EnvListeners.listens(s.name(), s.value(), s.loc()));
      }
      return all;
    }
  }

  /** A declared {@code containerPort}; {@code name} is empty when the port has none. */
  public record ContainerPort(int number, String name, Protocol protocol, Loc loc) {}

  /**
   * A probe's port; its own container must serve it.
   *
   * @param path the {@code httpGet} path, empty for other handlers
   */
  public record Probe(ProbeKind kind, String handler, PortRef port, String path, Loc loc) {
    /** A probe with no HTTP path. */
    public Probe(ProbeKind kind, String handler, PortRef port, Loc loc) {
      this(kind, handler, port, "", loc);
    }
  }

  /** Which probe. */
  public enum ProbeKind {
    LIVENESS("livenessProbe"),
    READINESS("readinessProbe"),
    STARTUP("startupProbe");

    private final String field;

    ProbeKind(String field) {
      this.field = field;
    }

    /** The field name, {@code livenessProbe}. */
    public String field() {
      return field;
    }
  }
}
