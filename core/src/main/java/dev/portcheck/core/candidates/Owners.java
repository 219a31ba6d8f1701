package dev.portcheck.core.candidates;

import dev.portcheck.core.entries.LocatedEntry;
import dev.portcheck.core.files.ConfigFile;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Names of what listens on a file's ports, for telling a service on its own port. */
final class Owners {
  private final ConfigFile file;
  private final FileKind kind;
  private final KubernetesContext objects;
  private final Function<String, String> valueOf;
  private String applicationName;
  private String serverName;

  /** The compose service of the last owner asked ({@code services.web}), and its owner. */
  private String lastService = "";

  private String lastServiceOwner;

  Owners(
      ConfigFile file, FileKind kind, KubernetesContext objects, Function<String, String> valueOf) {
    this.file = file;
    this.kind = kind;
    this.objects = objects;
    this.valueOf = valueOf;
  }

  /**
   * Lower-case names of what listens on this entry's ports: a compose service and its image, a
   * container and its image, the application ({@code spring.application.name}) or, for a server's
   * own file, the file's name ({@code cassandra} for {@code cassandra.yaml}).
   */
  String of(LocatedEntry e) {
    return switch (kind) {
      case COMPOSE -> composeOwner(e.key());
      case KUBERNETES -> objects.ownerOf(e);
      case APPLICATION -> applicationName();
      case OTHER -> serverName();
      case HELM_VALUES, ENV, DOCKERFILE, NGINX -> "";
    };
  }

  /** A service's ports follow each other: its owner is worked out once for them. */
  private String composeOwner(String key) {
    int end = dev.portcheck.core.entries.ComposeKeys.serviceEnd(key);
    if (end < 0) {
      return "";
    }
    if (lastServiceOwner == null
        || end != lastService.length()
        || !key.regionMatches(0, lastService, 0, end)) {
      lastService = key.substring(0, end);
      lastServiceOwner = ComposePorts.owner(key, valueOf);
    }
    return lastServiceOwner;
  }

  /** The same for every entry of the file: worked out for its first port, not for each. */
  private String serverName() {
    if (serverName == null) {
      String name = file.fileName();
      int dot = name.indexOf('.');
      String stem = (dot > 0 ? name.substring(0, dot) : name).toLowerCase(java.util.Locale.ROOT);
      serverName = (stem + " " + software()).trim();
    }
    return serverName;
  }

  private String applicationName() {
    if (applicationName == null) {
      String name = "";
      for (String key : APPLICATION_NAME_KEYS) {
        String v = valueOf.apply(key);
        if (v != null && !v.isBlank() && !v.contains("${")) {
          name = v.trim().toLowerCase(java.util.Locale.ROOT);
          break;
        }
      }
      applicationName = name;
    }
    return applicationName;
  }

  private static final List<String> APPLICATION_NAME_KEYS =
      List.of("spring.application.name", "quarkus.application.name", "micronaut.application.name");

  /**
   * The server a file configures, told by keys only its configuration has: a Kafka broker's {@code
   * server.properties} on 9092 is that broker, whatever the file is called.
   */
  private String software() {
    for (Map.Entry<String, List<String>> s : SIGNATURES.entrySet()) {
      for (String key : s.getValue()) {
        if (valueOf.apply(key) != null) {
          return s.getKey();
        }
      }
    }
    return "";
  }

  private static final Map<String, List<String>> SIGNATURES =
      new TreeMap<>(
          Map.of(
              "kafka",
              List.of(
                  "process.roles",
                  "broker.id",
                  "node.id",
                  "log.dirs",
                  "zookeeper.connect",
                  "controller.quorum.voters"),
              "zookeeper",
              List.of("tickTime", "initLimit", "syncLimit")));
}
