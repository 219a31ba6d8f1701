package dev.portcheck.core.wiring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which application a config file configures, and what runs it: the module's own ({@code
 * src/main/resources/application.yml}), a folder's that is no module of its own ({@code
 * blog/src/main/resources/application.yml} in a tree without poms), or a config server's
 * per-application file ({@code shared/gateway.yml}); and the compose services or Kubernetes
 * containers that run it. Also where an application's image is built from, for the folder a
 * Dockerfile sits in.
 */
public final class ApplicationFiles {
  private static final String RESOURCES = "src/main/resources";
  private static final String DOCKER = "src/main/docker/";

  private final ComposeModel compose;
  // The containers by software: a chart's {{ .Values.hub }}/blog:{{ .Values.tag }} runs blog as
  // much as gcr.io/demo/blog:1 does.
  private final Map<String, List<Map.Entry<Workload, Workload.Container>>> bySoftware;
  // Where a Spring Cloud Config server of the module keeps per-application files.
  private final List<String> serverFolders;
  // Asked for every setting of every application file, by rules and the graph alike.
  private final Map<String, List<ComposeModel.ServiceRef>> runnersByFile =
      new ConcurrentHashMap<>();

  ApplicationFiles(ComposeModel compose, List<Workload> workloads, List<String> serverFolders) {
    this.compose = compose;
    this.bySoftware = bySoftware(workloads);
    this.serverFolders = serverFolders;
  }

  /** See {@link WiringModel#runnersOf}. */
  List<ComposeModel.ServiceRef> runnersOf(String file) {
    return runnersByFile.computeIfAbsent(file, this::findRunners);
  }

  private List<ComposeModel.ServiceRef> findRunners(String file) {
    if (isOwnApplication(file)) {
      return compose.runningModule();
    }
    Optional<String> application = applicationFolder(file);
    if (application.isPresent()) {
      // The application of a folder that is no module of its own (a Gradle subproject, a tree
      // without poms): run by the services that build that folder or run an image named after it.
      return compose.running(application.get());
    }
    String base = baseName(file);
    if (serverFolders.contains(folderOf(file)) && !base.equals("application")) {
      return compose.named(base);
    }
    return List.of();
  }

  /** See {@link WiringModel#clientsOf}. */
  List<ComposeModel.ServiceRef> clientsOf(String file) {
    List<ComposeModel.ServiceRef> out = new ArrayList<>(runnersOf(file));
    for (ComposeModel.ServiceRef m : compose.mountersOf(file)) {
      if (!out.contains(m)) {
        out.add(m);
      }
    }
    return out;
  }

  /** See {@link WiringModel#runsInContainer}. */
  boolean runsInContainer(String file) {
    // A file a compose service bind-mounts is read by the process of that container.
    return !runnersOf(file).isEmpty()
        || !containersNamedAfter(file).isEmpty()
        || !compose.mountersOf(file).isEmpty();
  }

  /** See {@link WiringModel#containersNamedAfter}. */
  List<Map.Entry<Workload, Workload.Container>> containersNamedAfter(String file) {
    Optional<String> folder = applicationFolder(file);
    if (folder.isEmpty() || folder.get().isEmpty()) {
      return List.of();
    }
    // Image repository names are lowercase: the folder `connectGateway/` runs as `connectgateway`.
    String name =
        folder.get().substring(folder.get().lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    return bySoftware.getOrDefault(name, List.of());
  }

  /** Each Kubernetes container by the software its image runs, read once per module. */
  private static Map<String, List<Map.Entry<Workload, Workload.Container>>> bySoftware(
      List<Workload> workloads) {
    Map<String, List<Map.Entry<Workload, Workload.Container>>> out = new HashMap<>();
    for (Workload w : workloads) {
      for (Workload.Container c : w.containers()) {
        String software = dev.portcheck.core.model.ImageName.software(c.image());
        if (!software.isEmpty()) {
          out.computeIfAbsent(software, k -> new ArrayList<>()).add(Map.entry(w, c));
        }
      }
    }
    return out;
  }

  /** See {@link WiringModel#applicationFolder}. */
  Optional<String> applicationFolder(String file) {
    String folder = folderOf(file);
    // Spring Boot reads both classpath:/ and classpath:/config/ (JHipster keeps its files there).
    String resources =
        folder.endsWith("/" + RESOURCES + "/config")
            ? "/" + RESOURCES + "/config"
            : "/" + RESOURCES;
    return folder.endsWith(resources)
            && isApplicationConfig(file)
            && !serverFolders.contains(folder)
        ? Optional.of(folder.substring(0, folder.length() - resources.length()))
        : Optional.empty();
  }

  /** See {@link WiringModel#isOwnApplication}. */
  boolean isOwnApplication(String file) {
    String folder = folderOf(file);
    return folder.startsWith(RESOURCES)
        && isApplicationConfig(file)
        && !serverFolders.contains(folder);
  }

  /**
   * The folder of the application a file configures, with a trailing '/' unless it is the module's
   * root: the one holding {@code src/main/resources}, else the file's own.
   */
  public static String shippedFolder(String file) {
    if (file.startsWith(RESOURCES + "/")) {
      return "";
    }
    int at = file.indexOf("/" + RESOURCES + "/");
    if (at >= 0) {
      return file.substring(0, at + 1);
    }
    String folder = folderOf(file);
    return folder.isEmpty() ? "" : folder + "/";
  }

  /**
   * The folder a Dockerfile builds, as {@link #shippedFolder} writes it: its own, or the one above
   * Quarkus' {@code src/main/docker/}.
   */
  public static String builtFolder(String dockerfile) {
    String folder = folderOf(dockerfile) + "/";
    String built =
        folder.endsWith(DOCKER) ? folder.substring(0, folder.length() - DOCKER.length()) : folder;
    return built.equals("/") ? "" : built;
  }

  private static boolean isApplicationConfig(String file) {
    String base = baseName(file);
    return base.equals("application") || base.equals("bootstrap");
  }

  private static String baseName(String file) {
    String name = file.substring(file.lastIndexOf('/') + 1);
    return name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
  }

  private static String folderOf(String file) {
    int slash = file.lastIndexOf('/');
    return slash < 0 ? "" : file.substring(0, slash);
  }
}
