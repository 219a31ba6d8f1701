package dev.portcheck.core.wiring;

import java.util.List;

/**
 * The wiring facts of one file, read once when the file is scanned and kept in the incremental
 * index; {@link WiringModel} puts the facts of every file together on each run.
 *
 * @param dotenv the variables of an env file: a compose project's {@code .env}, or a file a service
 *     loads by {@code env_file}
 * @param app settings of an application config that concern wiring: {@code server.port}, {@code
 *     spring.application.name}, a config server's search locations, and values holding addresses
 * @param profilePorts settings of Spring profiles: {@code server.port} and values holding addresses
 * @param patchRefs the patches a kustomization applies, with their targets
 * @param patchOps the operations of a JSON 6902 patch file
 * @param composeIncludes the files a compose file's top-level {@code include:} names, as written
 * @param chartValues the scalar leaves of a {@code values.yaml}, by dotted path
 * @param namings a kustomization's {@code namePrefix}/{@code nameSuffix} and what they rename
 * @param chartTemplates a Helm template that reads {@code .Values}, kept as read so the model can
 *     read it again as rendered with its chart's values
 * @param envFiles the path of an env file that was read, with or without variables: a service that
 *     loads an env file setting nothing has a known environment, one that loads an unread file not
 * @param nginx the nginx configuration of an nginx file: its servers' listens and proxies
 * @param collectors the OpenTelemetry Collector configuration of a collector's YAML file
 * @param monitors the Prometheus Operator monitors of a manifest
 * @param policies the NetworkPolicies of a manifest that govern ingress
 */
public record FileWiring(
    List<Workload> workloads,
    List<KubeService> services,
    List<Backend> backends,
    List<ConfigMapValues> configMaps,
    List<ComposeService> compose,
    List<DockerImage> images,
    List<Setting> dotenv,
    List<Setting> app,
    List<ProfilePort> profilePorts,
    List<Kustomize.PatchRef> patchRefs,
    List<Kustomize.PatchOp> patchOps,
    List<Setting> composeIncludes,
    List<Setting> chartValues,
    List<ChartTemplate> chartTemplates,
    List<Kustomize.Naming> namings,
    List<String> envFiles,
    List<NginxConfig> nginx,
    List<CollectorConfig> collectors,
    List<Monitor> monitors,
    List<NetworkPolicy> policies) {

  public static final FileWiring EMPTY = builder().build();

  public FileWiring {
    workloads = List.copyOf(workloads);
    services = List.copyOf(services);
    backends = List.copyOf(backends);
    configMaps = List.copyOf(configMaps);
    compose = List.copyOf(compose);
    images = List.copyOf(images);
    dotenv = List.copyOf(dotenv);
    app = List.copyOf(app);
    profilePorts = List.copyOf(profilePorts);
    patchRefs = List.copyOf(patchRefs);
    patchOps = List.copyOf(patchOps);
    composeIncludes = List.copyOf(composeIncludes);
    chartValues = List.copyOf(chartValues);
    chartTemplates = List.copyOf(chartTemplates);
    namings = List.copyOf(namings);
    envFiles = List.copyOf(envFiles);
    nginx = List.copyOf(nginx);
    collectors = List.copyOf(collectors);
    monitors = List.copyOf(monitors);
    policies = List.copyOf(policies);
  }

  /** Facts built field by field; every field left out is empty. */
  public static FileWiringBuilder builder() {
    return new FileWiringBuilder();
  }

  /** A builder holding these facts, to change some of them. */
  public FileWiringBuilder toBuilder() {
    return builder()
        .objects(workloads, services, backends, configMaps)
        .compose(compose)
        .images(images)
        .dotenv(dotenv)
        .app(app)
        .profilePorts(profilePorts)
        .patchRefs(patchRefs)
        .patchOps(patchOps)
        .composeIncludes(composeIncludes)
        .chartValues(chartValues)
        .chartTemplates(chartTemplates)
        .namings(namings)
        .envFiles(envFiles)
        .nginx(nginx)
        .collectors(collectors)
        .monitors(monitors)
        .policies(policies);
  }

  /** The facts of a kustomization or of a JSON 6902 patch file. */
  public static FileWiring ofKustomize(List<Kustomize.PatchRef> refs, List<Kustomize.PatchOp> ops) {
    return builder().patchRefs(refs).patchOps(ops).build();
  }

  /** The same facts with other Kubernetes objects (a template read again as rendered). */
  public FileWiring withObjects(
      List<Workload> w, List<KubeService> s, List<Backend> b, List<ConfigMapValues> c) {
    return toBuilder().objects(w, s, b, c).build();
  }

  /** The same facts with a values file's leaves and a chart template's entries. */
  public FileWiring withChart(List<Setting> values, List<ChartTemplate> templates) {
    return toBuilder().chartValues(values).chartTemplates(templates).build();
  }

  /** The facts of a compose file: its services and the files its {@code include:} names. */
  public static FileWiring ofCompose(
      List<Workload> workloads,
      List<KubeService> services,
      List<Backend> backends,
      List<ConfigMapValues> configMaps,
      List<ComposeService> compose,
      List<Setting> includes) {
    return builder()
        .objects(workloads, services, backends, configMaps)
        .compose(compose)
        .composeIncludes(includes)
        .build();
  }

  /** The facts of a Dockerfile. */
  public static FileWiring ofImage(DockerImage image) {
    return builder().images(List.of(image)).build();
  }

  /** The facts of an env file at {@code path}: a compose project's {@code .env}, or any other. */
  public static FileWiring ofEnvFile(String path, List<Setting> vars) {
    return builder().dotenv(vars).envFiles(List.of(path)).build();
  }

  /** The facts of an application config file. */
  public static FileWiring ofApp(List<Setting> app, List<ProfilePort> profilePorts) {
    return builder().app(app).profilePorts(profilePorts).build();
  }

  /** Only the compose services, env variables and includes of these facts. */
  public FileWiring composeOnly() {
    return builder()
        .compose(compose)
        .dotenv(dotenv)
        .envFiles(envFiles)
        .composeIncludes(composeIncludes)
        .build();
  }

  /**
   * About how many small objects (a setting with its place and strings, some 160 bytes) these facts
   * hold, for the engine's heap budget.
   */
  public int weight() {
    int n =
        backends.size()
            + dotenv.size()
            + app.size()
            + profilePorts.size()
            + patchRefs.size()
            + 2 * patchOps.size()
            + composeIncludes.size()
            + chartValues.size()
            + namings.size();
    for (ChartTemplate t : chartTemplates) {
      n += t.entries().size();
    }
    for (Workload w : workloads) {
      n += 2 + w.labels().size();
      for (Workload.Container c : w.containers()) {
        n += 1 + c.ports().size() + c.probes().size() + c.env().size();
      }
    }
    for (KubeService s : services) {
      n += 1 + s.selector().size() + s.ports().size();
    }
    for (ConfigMapValues c : configMaps) {
      n += 1 + c.data().size() + c.decoded().size();
    }
    for (ComposeService c : compose) {
      n +=
          2
              + c.ports().size()
              + c.expose().size()
              + c.environment().size()
              + c.healthcheck().size()
              + c.aliases().size();
    }
    for (DockerImage i : images) {
      n += 1 + i.exposed().size();
    }
    for (NginxConfig c : nginx) {
      n += 1 + c.listens().size() + c.dials().size();
    }
    for (NetworkPolicy p : policies) {
      n += 1 + p.rules().size();
    }
    for (Monitor m : monitors) {
      n += 1 + m.ports().size();
    }
    for (CollectorConfig c : collectors) {
      n += 1 + c.otlpListens().size() + c.dials().size();
    }
    return n;
  }

  public boolean isEmpty() {
    return workloads.isEmpty()
        && services.isEmpty()
        && backends.isEmpty()
        && configMaps.isEmpty()
        && compose.isEmpty()
        && images.isEmpty()
        && dotenv.isEmpty()
        && app.isEmpty()
        && profilePorts.isEmpty()
        && patchRefs.isEmpty()
        && patchOps.isEmpty()
        && composeIncludes.isEmpty()
        && chartValues.isEmpty()
        && chartTemplates.isEmpty()
        && namings.isEmpty()
        && envFiles.isEmpty()
        && nginx.isEmpty()
        && collectors.isEmpty()
        && monitors.isEmpty()
        && policies.isEmpty();
  }
}
