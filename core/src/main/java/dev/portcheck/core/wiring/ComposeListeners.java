package dev.portcheck.core.wiring;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where a compose service listens, as far as its files say.
 *
 * @param container container-side ports of {@code ports}, with where each is written
 * @param published published host port to its container port
 * @param exposed {@code expose} entries and the build context's {@code EXPOSE}
 * @param image the build context's Dockerfile, empty without build or when it is not found
 * @param complete false when a port spec could not be read (an unset variable, a range too wide) or
 *     the service loads an env_file that was not read, which may set its listen port
 * @param bound ports that the service's command flags or environment tell its process to listen on:
 *     positive evidence, beside the ports the files only declare
 * @param moved the image's {@code EXPOSE}d port that the service's command moved its server away
 *     from, to where that command's flag is written; such a port is not in {@code exposed}
 * @param kafkaListed the service runs a Kafka broker whose environment lists every listener ({@link
 *     KafkaListeners}), each in {@code container}
 * @param selfChecked ports the service's own healthcheck calls on itself: a port the team checks is
 *     one clients may count on, even where a publish says otherwise
 * @param serverLists the servers whose environment lists their every listener ({@code
 *     KSQL_LISTENERS}, {@code SCHEMA_REGISTRY_LISTENERS}), by the name the variable gives the
 *     server ({@code KSQL}, {@code SCHEMA_REGISTRY}), each with its listed ports
 * @param declared the service's own {@code expose} lists ports: its authors say where it listens
 * @param nginx the nginx the configurations it loads make of it, each listener in {@code bound}
 * @param collector the OpenTelemetry Collector the configurations it mounts make of it
 * @param advertisedToItself the Kafka listeners (by bound port) that advertise a loopback address
 *     ({@link KafkaListeners#advertisedToItself}), with that address
 * @param selfConsistent its own definition names every listener twice over ({@link
 *     SelfConsistentListeners})
 */
public record ComposeListeners(
    Map<Integer, Loc> container,
    Map<Integer, Published> published,
    Map<Integer, Loc> exposed,
    Optional<DockerImage> image,
    boolean complete,
    Map<Integer, Loc> bound,
    Map<Integer, Loc> moved,
    boolean kafkaListed,
    Map<Integer, Loc> selfChecked,
    Map<String, Map<Integer, Loc>> serverLists,
    boolean declared,
    Optional<NginxServer> nginx,
    Optional<CollectorServer> collector,
    Map<Integer, String> advertisedToItself,
    boolean selfConsistent) {

  /**
   * True when the service's ports are known well enough to call a port unserved: every spec read,
   * and the image built from a Dockerfile that EXPOSEs ports itself or whose HEALTHCHECK calls one
   * on itself (an image without either may still inherit its base image's), a documented image, or
   * the service's own {@code expose}, which says the same of an image nothing here documents, or an
   * nginx configuration that names every listener of its servers, or its own definition naming each
   * of its listeners twice over.
   */
  public boolean judged() {
    return complete && (evidenceBeyondOwnDefinition() || selfConsistent);
  }

  /** An image's evidence, the service's {@code expose}, or a complete nginx configuration. */
  private boolean evidenceBeyondOwnDefinition() {
    return image.isPresent() && !image.get().evidence().isEmpty()
        || declared
        || nginx.map(NginxServer::complete).orElse(false);
  }

  /**
   * True when only its own definition naming each listener twice over makes the service judged:
   * evidence for its compose clients, not for an application's profile that may run elsewhere.
   */
  public boolean judgedByOwnDefinitionOnly() {
    return selfConsistent && !evidenceBeyondOwnDefinition();
  }

  /**
   * True when nothing but a publish says the service listens on container port {@code port}: no
   * listen variable or flag binds it, no {@code expose} or image names it, no healthcheck calls it.
   */
  public boolean onlyPublishNames(int port) {
    return !bound.containsKey(port) && !exposed.containsKey(port) && !selfChecked.containsKey(port);
  }

  /** Whether a client reaching this service at {@code port} lands on a listener. */
  public EdgeState state(int port) {
    if (all().containsKey(port) || selfChecked.containsKey(port)) {
      return EdgeState.OK;
    }
    return complete && (judged() || published.containsKey(port))
        ? EdgeState.BROKEN
        : EdgeState.UNKNOWN;
  }

  /**
   * The same for a client that {@code setting} configures: a Kafka client bootstrapping at a port
   * that is none of the broker's listed listeners reaches no broker, whatever else the container
   * may serve.
   */
  public EdgeState state(int port, String setting) {
    Optional<Map<Integer, Loc>> list = listFor(setting);
    if (list.isPresent()) {
      // A client of a server that lists its listeners reaches that server on them only, whatever
      // else the container publishes (a publish of another port is itself unserved).
      return list.get().containsKey(port) ? EdgeState.OK : EdgeState.BROKEN;
    }
    return state(port);
  }

  /**
   * The listeners a server of this service lists, when {@code setting} names that server: {@code
   * CONTROL_CENTER_KSQL_KSQLDB1_URL} is a client of the one {@code KSQL_LISTENERS} configures, a
   * Kafka client ({@code SPRING_KAFKA_BOOTSTRAP_SERVERS}) of the broker's listeners where its
   * environment lists them all ({@link KafkaListeners}), which are bound ports.
   */
  public Optional<Map<Integer, Loc>> listFor(String setting) {
    if (kafkaListed && complete && KafkaListeners.isClientSetting(setting)) {
      // A listener that advertises localhost sends a client in another container to itself.
      Map<Integer, Loc> reachable = new LinkedHashMap<>(bound);
      reachable.keySet().removeAll(advertisedToItself.keySet());
      return Optional.of(reachable.isEmpty() ? bound : reachable);
    }
    if (collector.isPresent() && isOtlp(setting)) {
      return collector.get().otlp();
    }
    if (serverLists.isEmpty()) {
      return Optional.empty();
    }
    String words = "_" + dev.portcheck.core.model.ListenVariables.canonical(setting) + "_";
    for (Map.Entry<String, Map<Integer, Loc>> l : serverLists.entrySet()) {
      if (words.contains("_" + l.getKey() + "_")) {
        return Optional.of(l.getValue());
      }
    }
    return Optional.empty();
  }

  /**
   * True for a setting an OTLP exporter sends by ({@code OTEL_EXPORTER_OTLP_ENDPOINT}, {@code
   * otel.exporter.otlp.endpoint}, a collector's {@code otlp} exporter): it reaches a collector on
   * its OTLP receivers only.
   */
  private static boolean isOtlp(String setting) {
    return setting.toUpperCase(java.util.Locale.ROOT).contains("OTLP");
  }

  /**
   * The broker's listeners, where this service runs a Kafka broker whose environment lists them
   * all: what a client inside its own container reaches, loopback advertisements included.
   */
  public Optional<Map<Integer, Loc>> brokerListeners() {
    return kafkaListed && complete ? Optional.of(bound) : Optional.empty();
  }

  /** Where the service listens for a client that {@code setting} configures. */
  public String describe(String setting) {
    String listed = listFor(setting).map(ComposeListeners::describe).orElseGet(this::describe);
    if (kafkaListed && KafkaListeners.isClientSetting(setting) && !advertisedToItself.isEmpty()) {
      StringBuilder note = new StringBuilder(listed);
      advertisedToItself.forEach(
          (port, address) ->
              note.append("; ")
                  .append(port)
                  .append(" advertises ")
                  .append(address)
                  .append(", to which a client in another container connects itself"));
      return note.toString();
    }
    return listed;
  }

  /**
   * Ports with where each is written, as a message names them: {@code 9001 (application.yml:2)}.
   */
  public static String describe(Map<Integer, Loc> list) {
    StringBuilder out = new StringBuilder();
    list.forEach(
        (port, at) -> out.append(out.length() == 0 ? "" : ", ").append(port + " (" + at + ")"));
    return out.toString();
  }

  /** Each port with every place that names it: {@code 8080 (compose.yml:4, Dockerfile:2)}. */
  public String describe() {
    StringBuilder out = new StringBuilder();
    for (Integer port : all().keySet()) {
      out.append(out.length() == 0 ? "" : ", ").append(port).append(" (");
      Loc c = container.get(port);
      Loc x = exposed.get(port);
      out.append(c != null ? c : x);
      if (c != null && x != null) {
        out.append(", ").append(x);
      }
      out.append(')');
    }
    return out.toString();
  }

  /**
   * True when only the image's documentation says the service listens on {@code port}: no file of
   * the project writes it (postgres on 5432 from portcheck's table of documented images).
   */
  public boolean documented(int port) {
    Loc at = exposed.get(port);
    return at != null
        && !container.containsKey(port)
        && image.isPresent()
        && image.get().documented()
        && image.get().exposed().stream().anyMatch(x -> x.port() == port && x.loc().equals(at));
  }

  /** Every port the service is known to listen on. */
  public Map<Integer, Loc> all() {
    Map<Integer, Loc> all = new LinkedHashMap<>(exposed);
    all.putAll(container);
    return all;
  }

  /** A published host port and the container port it forwards to. */
  public record Published(int host, int container, Loc loc) {}
}
