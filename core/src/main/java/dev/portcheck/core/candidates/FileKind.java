package dev.portcheck.core.candidates;

import dev.portcheck.core.entries.ComposeKeys;
import dev.portcheck.core.entries.LocatedEntry;
import dev.portcheck.core.files.ConfigFile;
import dev.portcheck.core.files.FileFormat;
import dev.portcheck.core.model.KubernetesObjects;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a file configures, told by what it holds rather than by its name alone. It decides the
 * placeholder syntax, the scope of its bindings and where its listen ports are bound.
 */
public enum FileKind {
  /** Spring, Quarkus or Micronaut {@code application*} and {@code bootstrap*} files. */
  APPLICATION,
  /** A compose file: a top-level {@code services} mapping of service definitions. */
  COMPOSE,
  /** Kubernetes objects ({@code apiVersion} and {@code kind}), Helm templates of them included. */
  KUBERNETES,
  /** A Helm chart's {@code values*.yaml}: settings that templates place, not objects. */
  HELM_VALUES,
  /** A {@code .env} file: variables for compose interpolation or for a container. */
  ENV,
  /** A Dockerfile: the ports its image {@code EXPOSE}s, which document what its process serves. */
  DOCKERFILE,
  /** An nginx configuration: where the servers of the container that loads it listen. */
  NGINX,
  /**
   * Any other configuration: a server's own file (Kafka {@code server.properties}, {@code
   * cassandra.yaml}), a config server's per-service file, monitoring targets.
   */
  OTHER;

  private final String id = name().toLowerCase(Locale.ROOT).replace('_', '-');

  public String id() {
    return id;
  }

  static FileKind of(ConfigFile file, List<LocatedEntry> entries) {
    if (file.format() == FileFormat.ENV) {
      return ENV;
    }
    if (file.format() == FileFormat.NGINX) {
      return NGINX;
    }
    boolean yaml = file.format() == FileFormat.YAML;
    if (yaml) {
      boolean apiVersion = false;
      boolean kind = false;
      for (LocatedEntry e : entries) {
        String k = e.key();
        if (ComposeKeys.isServiceKey(k) && isServiceDefinitionField(k)) {
          return COMPOSE;
        }
        apiVersion |= k.equals("apiVersion");
        kind |= k.equals("kind");
      }
      if (apiVersion && kind) {
        return KUBERNETES;
      }
    }
    String name = file.fileName();
    if (yaml && HELM_VALUES_FILE.matcher(name).matches()) {
      return HELM_VALUES;
    }
    return APPLICATION_FILE.matcher(name).matches() ? APPLICATION : OTHER;
  }

  /** A field only a compose service definition has: {@code services.web.image}, ports, build. */
  private static boolean isServiceDefinitionField(String key) {
    int dot = ComposeKeys.serviceEnd(key);
    if (dot < 0 || dot >= key.length() || key.charAt(dot) != '.') {
      return false;
    }
    String rest = key.substring(dot + 1);
    for (String field : SERVICE_FIELDS) {
      if (rest.startsWith(field)
          && (rest.length() == field.length()
              || rest.charAt(field.length()) == '.'
              || rest.charAt(field.length()) == '[')) {
        return true;
      }
    }
    return false;
  }

  private static final List<String> SERVICE_FIELDS =
      dev.portcheck.core.entries.ComposeServiceFields.DISTINCTIVE;

  /**
   * True for an entry of a file whose port fields portcheck knows the syntax of, so a port value
   * there that is no integer is a mistake rather than another program's notation. A container's
   * environment, command and arguments, and a ConfigMap's data, are the program's own notation
   * ({@code JAVA_DEBUG_PORT=*:5005} for the JVM's debug agent), as are compose keys other than its
   * ports and expose.
   */
  boolean hasKnownPortSchema(String key) {
    return switch (this) {
      case APPLICATION -> true;
      case COMPOSE -> key.contains(".ports[") || key.contains(".expose[");
      case KUBERNETES ->
          !(key.contains(".env[")
              || key.contains(".args[")
              || key.contains(".command[")
              || key.startsWith("data.")
              || key.startsWith("stringData.")
              || key.contains(".annotations.")
              || key.contains(".labels."));
      default -> false;
    };
  }

  /**
   * Compose and dotenv files are interpolated by compose ({@code ${X:-8080}}, {@code $X});
   * manifests and chart values take shell-style defaults from the tools that substitute them.
   */
  Placeholders.Syntax placeholderSyntax() {
    return switch (this) {
      case COMPOSE, ENV -> Placeholders.Syntax.COMPOSE;
      case KUBERNETES, HELM_VALUES -> Placeholders.Syntax.SHELL;
      default -> Placeholders.Syntax.SPRING;
    };
  }

  /**
   * Which bindings can clash with this entry's: the files of one application share one set; a
   * compose project shares its published host ports while each service's own settings stay in its
   * container; each Kubernetes object (a document, or an item of a {@code kind: List}) is its own
   * scope; a Helm values key and a dotenv variable are each their own, since they feed different
   * containers; any other file configures its own process.
   */
  String scope(ConfigFile file, LocatedEntry e) {
    String path = file.relativePath();
    return switch (this) {
      case APPLICATION -> PortCandidate.APPLICATION_SCOPE;
      case COMPOSE -> {
        String service = ComposeKeys.service(e.key());
        // Publishes share the host; expose only documents the container's port.
        boolean published = e.key().contains(".ports[") || e.key().contains(".expose[");
        yield published || service == null
            ? "compose:" + path
            : "container:" + path + "#" + service;
      }
      case KUBERNETES -> "k8s:" + path + "#" + e.document() + listItem(e.key());
      case HELM_VALUES, ENV -> "key:" + path + "#" + e.key();
      case OTHER, DOCKERFILE, NGINX -> "file:" + path;
    };
  }

  /** The item of a {@code kind: List} that holds {@code key} ({@code items[3]}), else empty. */
  private static String listItem(String key) {
    int end = KubernetesObjects.listItemEnd(key);
    return end < 0 ? "" : key.substring(0, end);
  }

  private static final Pattern HELM_VALUES_FILE = Pattern.compile("values(?:[-.][^.]+)?\\.ya?ml");
  private static final Pattern APPLICATION_FILE =
      Pattern.compile("(?:application|bootstrap)(?:-[^.]+)?\\.(?:properties|ya?ml)");
}
