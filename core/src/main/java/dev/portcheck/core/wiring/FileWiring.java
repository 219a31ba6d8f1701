package dev.portcheck.core.wiring;

import java.util.List;

/**
 * The wiring facts of one file, read once when the file is scanned and kept in the incremental
 * index; {@link WiringModel} puts the facts of every file together on each run.
 *
 * @param dotenv the variables of a compose project's {@code .env} file
 * @param app settings of an application config that concern wiring: {@code server.port}, {@code
 *     spring.application.name}, a config server's search locations, and values holding addresses
 */
public record FileWiring(
    List<Workload> workloads,
    List<KubeService> services,
    List<Backend> backends,
    List<ConfigMapValues> configMaps,
    List<ComposeService> compose,
    List<DockerImage> images,
    List<Setting> dotenv,
    List<Setting> app) {

  public static final FileWiring EMPTY =
      new FileWiring(
          List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

  public FileWiring {
    workloads = List.copyOf(workloads);
    services = List.copyOf(services);
    backends = List.copyOf(backends);
    configMaps = List.copyOf(configMaps);
    compose = List.copyOf(compose);
    images = List.copyOf(images);
    dotenv = List.copyOf(dotenv);
    app = List.copyOf(app);
  }

  public boolean isEmpty() {
    return workloads.isEmpty()
        && services.isEmpty()
        && backends.isEmpty()
        && configMaps.isEmpty()
        && compose.isEmpty()
        && images.isEmpty()
        && dotenv.isEmpty()
        && app.isEmpty();
  }
}
