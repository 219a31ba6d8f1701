package dev.portcheck.core.wiring;

import java.util.List;

/**
 * The wiring facts of one file, read once when the file is scanned and kept in the incremental
 * index; {@link WiringModel} puts the facts of every file together on each run.
 *
 * @param dotenv the variables of a compose project's {@code .env} file
 * @param app settings of an application config that concern wiring: {@code server.port}, {@code
 *     spring.application.name}, a config server's search locations, and values holding addresses
 * @param profilePorts {@code server.port} settings of Spring profiles
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
    List<ProfilePort> profilePorts) {

  public static final FileWiring EMPTY =
      new FileWiring(
          List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
          List.of());

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
  }

  /** The facts of a Dockerfile. */
  public static FileWiring ofImage(DockerImage image) {
    return new FileWiring(
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(image),
        List.of(),
        List.of(),
        List.of());
  }

  /** The facts of a compose project's {@code .env}. */
  public static FileWiring ofDotenv(List<Setting> vars) {
    return new FileWiring(
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), vars, List.of(),
        List.of());
  }

  /** The facts of an application config file. */
  public static FileWiring ofApp(List<Setting> app, List<ProfilePort> profilePorts) {
    return new FileWiring(
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        app,
        profilePorts);
  }

  /** Only the compose services and {@code .env} of these facts. */
  public FileWiring composeOnly() {
    return new FileWiring(
        List.of(), List.of(), List.of(), List.of(), compose, List.of(), dotenv, List.of(),
        List.of());
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
        && profilePorts.isEmpty();
  }
}
