package dev.portcheck.core.wiring;

import dev.portcheck.core.entries.TemplateBranches;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The wiring of a module, put together from every file's facts on each run: Kubernetes workloads,
 * Services and their references, and compose projects with the images they build. Lookups go
 * through indexes by label and name, so the rules stay linear in the number of settings.
 */
public final class WiringModel {
  private final List<Workload> workloads = new ArrayList<>();
  private final List<KubeService> services = new ArrayList<>();
  private final List<Backend> backends = new ArrayList<>();
  private final List<Monitor> monitors = new ArrayList<>();
  private final List<NetworkPolicy> policies = new ArrayList<>();
  private final List<ConfigMapValues> configMaps = new ArrayList<>();
  private final ServiceSelections selections;
  private final ServiceNames serviceNames;
  private final ComposeModel compose;
  private final List<Setting> app = new ArrayList<>();
  private final List<ProfilePort> profilePorts = new ArrayList<>();
  private final ApplicationFiles applications;
  // Every application that sets a port, in the profiles that set it: derived once from the above.
  private AppPorts appPorts;
  private ComposeReach composeReach;
  private List<KubernetesAppSettings.Read> kubernetesAppSettings;
  private final List<DockerImage> dockerfiles = new ArrayList<>();
  private final ModuleContext context;
  private final List<UnrenderedPort> unrendered;
  private final Map<String, List<TemplateBranches.Branch>> droppedBranches;

  private WiringModel(List<FileWiring> files, ModuleContext context) {
    this.context = context;
    List<ComposeService> composeServices = new ArrayList<>();
    List<DockerImage> images = new ArrayList<>();
    List<Setting> dotenv = new ArrayList<>();
    List<String> envFiles = new ArrayList<>();
    List<NginxConfig> nginx = new ArrayList<>();
    List<CollectorConfig> collectors = new ArrayList<>();
    List<Setting> includes = new ArrayList<>();
    List<Workload> written = new ArrayList<>();
    List<KubeService> writtenServices = new ArrayList<>();
    List<Kustomize.PatchRef> patchRefs = new ArrayList<>();
    List<Kustomize.Naming> namings = new ArrayList<>();
    Map<String, List<Kustomize.PatchOp>> patchOps = new HashMap<>();
    HelmCharts.Rendering rendering = HelmCharts.rendering(files);
    unrendered = rendering.unrendered();
    droppedBranches = Map.copyOf(rendering.dropped());
    for (FileWiring f : rendering.files()) {
      written.addAll(f.workloads());
      namings.addAll(f.namings());
      patchRefs.addAll(f.patchRefs());
      for (Kustomize.PatchOp op : f.patchOps()) {
        patchOps.computeIfAbsent(op.patch(), k -> new ArrayList<>()).add(op);
      }
      writtenServices.addAll(f.services());
      backends.addAll(f.backends());
      monitors.addAll(f.monitors());
      policies.addAll(f.policies());
      configMaps.addAll(f.configMaps());
      composeServices.addAll(f.compose());
      images.addAll(f.images());
      nginx.addAll(f.nginx());
      collectors.addAll(f.collectors());
      dotenv.addAll(f.dotenv());
      envFiles.addAll(f.envFiles());
      includes.addAll(f.composeIncludes());
      app.addAll(f.app());
      profilePorts.addAll(f.profilePorts());
    }
    ConfigMapValues.readFiles(configMaps, app, dotenv);
    workloads.addAll(
        EnvFromConfigMaps.apply(
            KustomizeLabels.onWorkloads(
                KustomizeOverlay.apply(written, patchRefs, patchOps), namings),
            configMaps));
    services.addAll(
        KustomizeLabels.onServices(KustomizeOverlay.services(writtenServices, patchRefs), namings));
    selections = new ServiceSelections(workloads);
    serviceNames = new ServiceNames(services, namings);
    dockerfiles.addAll(images);
    compose =
        new ComposeModel(
            composeServices,
            images,
            dotenv,
            context,
            workloads,
            includes,
            envFiles,
            ProgramConfigs.of(nginx, collectors));
    List<String> serverFolders = ConfigServerFiles.folders(app);
    applications = new ApplicationFiles(compose, workloads, serverFolders);
    ConfigServerFiles.Split split =
        ConfigServerFiles.split(
            List.copyOf(app),
            List.copyOf(profilePorts),
            serverFolders,
            name -> !compose.named(name).isEmpty());
    app.clear();
    app.addAll(split.defaults());
    profilePorts.clear();
    profilePorts.addAll(split.profiles());
  }

  /** The module's Dockerfiles, as read. */
  public List<DockerImage> dockerfiles() {
    return dockerfiles;
  }

  public static WiringModel of(List<FileWiring> files) {
    return new WiringModel(files, ModuleContext.NONE);
  }

  /** A model that may look beyond the scanned files through {@code context}. */
  public static WiringModel of(List<FileWiring> files, ModuleContext context) {
    return new WiringModel(files, context);
  }

  public List<Workload> workloads() {
    return workloads;
  }

  public List<KubeService> services() {
    return services;
  }

  public List<Backend> backends() {
    return backends;
  }

  /** The NetworkPolicies of the module that govern ingress. */
  public List<NetworkPolicy> networkPolicies() {
    return policies;
  }

  /** The Prometheus Operator monitors of the module. */
  public List<Monitor> monitors() {
    return monitors;
  }

  public List<ConfigMapValues> configMaps() {
    return configMaps;
  }

  /**
   * Per chart template, the branches {@code helm template} does not render with the chart's values
   * (whole objects aside, which stay): what the model leaves out, for the port inventory to leave
   * out too.
   */
  public Map<String, List<TemplateBranches.Branch>> droppedBranches() {
    return droppedBranches;
  }

  /**
   * Where a chart template declares the container port {@code name} in a branch its values leave
   * out, for a workload written in {@code file}; empty when it does not.
   */
  public Optional<UnrenderedPort> unrenderedPort(String file, String name) {
    return unrendered.stream()
        .filter(u -> u.file().equals(file) && u.name().equals(name))
        .findFirst();
  }

  public ComposeModel compose() {
    return compose;
  }

  /** The wiring settings of the module's application configs, in file order. */
  public List<Setting> app() {
    return app;
  }

  /** The settings of Spring profiles: {@code server.port} and values holding an address. */
  public List<ProfilePort> profilePorts() {
    return profilePorts;
  }

  /**
   * The compose services that run the application whose config file is {@code file}: those built
   * from this module for its own {@code application}/{@code bootstrap} files, or those named like
   * the file in a config server's search location ({@code shared/gateway.yml} for {@code gateway}).
   */
  public List<ComposeModel.ServiceRef> runnersOf(String file) {
    return applications.runnersOf(file);
  }

  /**
   * Whether the application {@code file} configures runs in a container: a compose service runs it
   * ({@link #runnersOf}) or bind-mounts it, or a Kubernetes container runs an image named after its
   * folder.
   */
  public boolean runsInContainer(String file) {
    return applications.runsInContainer(file);
  }

  /**
   * The Kubernetes containers that run the application {@code file} configures, of a folder that is
   * no module of its own: those whose image is named after the folder ({@code gcr.io/demo/blog} for
   * {@code blog/}), with their workloads.
   */
  public List<Map.Entry<Workload, Workload.Container>> containersNamedAfter(String file) {
    return applications.containersNamedAfter(file);
  }

  /**
   * The folder whose application {@code file} is, when that folder is no module of its own ({@code
   * blog} of {@code blog/src/main/resources/application.yml} in a tree without poms); empty for the
   * module's own files and any other file.
   */
  public Optional<String> applicationFolder(String file) {
    return applications.applicationFolder(file);
  }

  /**
   * The compose services whose clients {@code file}'s addresses are: those that run it ({@link
   * #runnersOf}) and those that bind-mount it.
   */
  public List<ComposeModel.ServiceRef> clientsOf(String file) {
    return applications.clientsOf(file);
  }

  /**
   * True when {@code file} is one of the module's own application configs ({@code application} or
   * {@code bootstrap} in {@code src/main/resources}, not a config server's per-application file):
   * the ones the module's image runs with.
   */
  public boolean isOwnApplication(String file) {
    return applications.isOwnApplication(file);
  }

  /** The {@code server.port} settings of the module's own applications. */
  public AppPorts ownPorts() {
    return AppPorts.of(app, profilePorts, this::isOwnApplication);
  }

  /** The {@code server.port} settings of every application of the module, own or not. */
  public synchronized AppPorts appPorts() {
    if (appPorts == null) {
      appPorts = AppPorts.of(app, profilePorts, a -> true);
    }
    return appPorts;
  }

  /** Whether calls land on compose services, the applications they run considered: made once. */
  /**
   * The settings of applications' own configuration that the Kubernetes containers running them
   * read ({@link KubernetesAppSettings}), worked out once for the rules and the graph.
   */
  public synchronized List<KubernetesAppSettings.Read> kubernetesAppSettings() {
    if (kubernetesAppSettings == null) {
      kubernetesAppSettings = KubernetesAppSettings.of(this);
    }
    return kubernetesAppSettings;
  }

  public synchronized ComposeReach composeReach() {
    if (composeReach == null) {
      composeReach = new ComposeReach(this);
    }
    return composeReach;
  }

  /** True when {@code image} is an image the module's build names, so it runs this module. */
  public boolean runsModule(String image) {
    return context.runsModule(image);
  }

  /** What a Service's selector picks. */
  public record Selection(List<Workload> workloads, boolean certain) {}

  /**
   * The workloads nearest to {@code s} whose pod labels hold its selector; not certain when a
   * workload with templated labels might match too.
   */
  public Selection selected(KubeService s) {
    return selections.selected(s);
  }

  /**
   * The Services nearest to {@code from} that a DNS name can mean ({@code name}, {@code name.ns},
   * {@code name.ns.svc}, {@code name.ns.svc.cluster.local}); a bare name is looked up in the
   * client's namespace, any namespace when that is not written.
   */
  public List<KubeService> servicesAt(String host, String clientNamespace, Loc from) {
    return serviceNames.servicesAt(host, clientNamespace, from);
  }

  /** Services of that name a reference from {@code from} in {@code namespace} may mean. */
  public List<KubeService> servicesNamed(String name, String namespace, Loc from) {
    return serviceNames.servicesNamed(name, namespace, from);
  }

  /** An unwritten namespace is whichever one the object is applied to. */
  static boolean sameNamespace(String a, String b) {
    return a.isEmpty() || b.isEmpty() || a.equals(b);
  }
}
