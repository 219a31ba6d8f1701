package dev.portcheck.core.wiring;

import java.util.List;

/** Builds {@link FileWiring} facts field by field; every field left out is empty. */
public final class FileWiringBuilder {
  private List<Workload> workloads = List.of();
  private List<KubeService> services = List.of();
  private List<Backend> backends = List.of();
  private List<ConfigMapValues> configMaps = List.of();
  private List<ComposeService> compose = List.of();
  private List<DockerImage> images = List.of();
  private List<Setting> dotenv = List.of();
  private List<Setting> app = List.of();
  private List<ProfilePort> profilePorts = List.of();
  private List<Kustomize.PatchRef> patchRefs = List.of();
  private List<Kustomize.PatchOp> patchOps = List.of();
  private List<Setting> composeIncludes = List.of();
  private List<Setting> chartValues = List.of();
  private List<ChartTemplate> chartTemplates = List.of();
  private List<Kustomize.Naming> namings = List.of();
  private List<String> envFiles = List.of();
  private List<NginxConfig> nginx = List.of();
  private List<CollectorConfig> collectors = List.of();
  private List<Monitor> monitors = List.of();
  private List<NetworkPolicy> policies = List.of();

  FileWiringBuilder() {}

  public FileWiringBuilder workloads(List<Workload> value) {
    workloads = value;
    return this;
  }

  public FileWiringBuilder services(List<KubeService> value) {
    services = value;
    return this;
  }

  public FileWiringBuilder backends(List<Backend> value) {
    backends = value;
    return this;
  }

  public FileWiringBuilder configMaps(List<ConfigMapValues> value) {
    configMaps = value;
    return this;
  }

  /** A file's Kubernetes objects, which are read, and replaced, together. */
  public FileWiringBuilder objects(
      List<Workload> workloads,
      List<KubeService> services,
      List<Backend> backends,
      List<ConfigMapValues> configMaps) {
    return workloads(workloads).services(services).backends(backends).configMaps(configMaps);
  }

  public FileWiringBuilder compose(List<ComposeService> value) {
    compose = value;
    return this;
  }

  public FileWiringBuilder images(List<DockerImage> value) {
    images = value;
    return this;
  }

  public FileWiringBuilder dotenv(List<Setting> value) {
    dotenv = value;
    return this;
  }

  public FileWiringBuilder app(List<Setting> value) {
    app = value;
    return this;
  }

  public FileWiringBuilder profilePorts(List<ProfilePort> value) {
    profilePorts = value;
    return this;
  }

  public FileWiringBuilder patchRefs(List<Kustomize.PatchRef> value) {
    patchRefs = value;
    return this;
  }

  public FileWiringBuilder patchOps(List<Kustomize.PatchOp> value) {
    patchOps = value;
    return this;
  }

  public FileWiringBuilder composeIncludes(List<Setting> value) {
    composeIncludes = value;
    return this;
  }

  public FileWiringBuilder chartValues(List<Setting> value) {
    chartValues = value;
    return this;
  }

  public FileWiringBuilder chartTemplates(List<ChartTemplate> value) {
    chartTemplates = value;
    return this;
  }

  public FileWiringBuilder namings(List<Kustomize.Naming> value) {
    namings = value;
    return this;
  }

  public FileWiringBuilder nginx(List<NginxConfig> value) {
    nginx = value;
    return this;
  }

  public FileWiringBuilder collectors(List<CollectorConfig> value) {
    collectors = value;
    return this;
  }

  public FileWiringBuilder monitors(List<Monitor> value) {
    monitors = value;
    return this;
  }

  public FileWiringBuilder policies(List<NetworkPolicy> value) {
    policies = value;
    return this;
  }

  public FileWiringBuilder envFiles(List<String> value) {
    envFiles = value;
    return this;
  }

  public FileWiring build() {
    return new FileWiring(
        workloads,
        services,
        backends,
        configMaps,
        compose,
        images,
        dotenv,
        app,
        profilePorts,
        patchRefs,
        patchOps,
        composeIncludes,
        chartValues,
        chartTemplates,
        namings,
        envFiles,
        nginx,
        collectors,
        monitors,
        policies);
  }
}
