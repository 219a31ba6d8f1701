package dev.portcheck.core.candidates;

import dev.portcheck.core.entries.LocatedEntry;
import dev.portcheck.core.files.ConfigFile;
import dev.portcheck.core.files.FileFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a file configures, which decides placeholder syntax and the scope of its bindings. */
enum FileKind {
  APPLICATION,
  COMPOSE,
  KUBERNETES,
  ENV;

  static FileKind of(ConfigFile file, List<LocatedEntry> entries) {
    if (file.format() == FileFormat.ENV) {
      return ENV;
    }
    if (file.format() != FileFormat.YAML) {
      return APPLICATION;
    }
    boolean apiVersion = false;
    boolean kind = false;
    for (LocatedEntry e : entries) {
      String k = e.key();
      if (k.startsWith("services.")
          && (k.contains(".ports[")
              || k.contains(".image")
              || k.contains(".build")
              || k.contains(".expose["))) {
        return COMPOSE;
      }
      apiVersion |= k.equals("apiVersion");
      kind |= k.equals("kind");
    }
    return apiVersion && kind ? KUBERNETES : APPLICATION;
  }

  /** Compose and dotenv files use shell placeholders ({@code ${X:-8080}}). */
  boolean shellPlaceholders() {
    return this == COMPOSE || this == ENV;
  }

  /**
   * Which bindings can clash with this entry's: the files of one application (Spring, Quarkus and
   * Micronaut {@code application*} and {@code bootstrap*} files) share one set; a compose project
   * shares its published host ports while each service's own settings stay in its container; a
   * Kubernetes object is one pod or Service; any other file (a Kafka {@code server.properties})
   * configures its own process.
   */
  String scope(ConfigFile file, LocatedEntry e, String fileScope) {
    return switch (this) {
      case COMPOSE -> {
        Matcher m = COMPOSE_SERVICE.matcher(e.key());
        boolean published = e.key().contains(".ports[") || e.key().contains(".expose[");
        yield published || !m.lookingAt()
            ? "compose:" + file.relativePath()
            : "container:" + file.relativePath() + "#" + m.group(1);
      }
      case KUBERNETES -> "k8s:" + file.relativePath() + "#" + e.document();
      // Helm values describe containers and Services side by side: equal numbers there are a
      // Service forwarding to its container, not two sockets.
      default -> fileScope.startsWith("values:") ? fileScope + "#" + e.key() : fileScope;
    };
  }

  /** The part of the scope that depends on the file alone, computed once per file. */
  static String fileScope(ConfigFile file) {
    String name = file.fileName();
    return HELM_VALUES.matcher(name).matches()
        ? "values:" + file.relativePath()
        : APPLICATION_FILE.matcher(name).matches()
            ? PortCandidate.APPLICATION_SCOPE
            : "file:" + file.relativePath();
  }

  private static final Pattern COMPOSE_SERVICE = Pattern.compile("services\\.([^.\\[]+)");
  private static final Pattern HELM_VALUES = Pattern.compile("values(?:[-.][^.]+)?\\.ya?ml");
  private static final Pattern APPLICATION_FILE =
      Pattern.compile("(?:application|bootstrap)(?:-[^.]+)?\\.(?:properties|ya?ml)");
}
