package dev.portcheck.core.model;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which environment variables tell a container's process where to listen, by one documented rule:
 * {@code PORT}, {@code SERVER_PORT}, {@code HTTP_PORT}, {@code LISTEN_PORT} or {@code BIND_PORT},
 * or a name ending in {@code _SERVER_PORT}, {@code _HTTP_PORT}, {@code _LISTEN_PORT} or {@code
 * _BIND_PORT} (Heroku-style {@code PORT}, Spring's relaxed {@code SERVER_PORT}, Micronaut's {@code
 * MICRONAUT_SERVER_PORT}, {@code HTTP_BIND_PORT}); {@code JMX_PORT} or a name ending in {@code
 * _JMX_PORT} (the JMX server Confluent's images open, {@code KAFKA_JMX_PORT}); a listen or bind
 * address ({@code LISTEN_ADDR}, {@code *_BIND_ADDRESS}); and a name ending in {@code LISTENERS}
 * (Kafka's {@code KAFKA_LISTENERS}), advertised ones aside: those are what clients are told; and
 * the settings runtimes document under their own names: ASP.NET Core's {@code ASPNETCORE_URLS} (a
 * list of URLs) and {@code ASPNETCORE_HTTP_PORTS}, the Flask CLI's {@code FLASK_RUN_PORT},
 * uvicorn's {@code UVICORN_PORT}, Rust Rocket's {@code ROCKET_PORT}, Confluent ZooKeeper's {@code
 * ZOOKEEPER_CLIENT_PORT}. Other {@code *_PORT} variables are mostly a client's ({@code DB_PORT}),
 * or a port of the program's own notation: no listener either reading of the file may count on.
 */
public final class ListenVariables {
  private static final Set<String> PORT_NAMES =
      Set.of(
          "PORT",
          "SERVER_PORT",
          "HTTP_PORT",
          "LISTEN_PORT",
          "BIND_PORT",
          "JMX_PORT",
          "FLASK_RUN_PORT",
          "UVICORN_PORT",
          "ROCKET_PORT",
          "ZOOKEEPER_CLIENT_PORT");

  /** Runtimes' own lists of listen URLs or ports, separated by semicolons. */
  private static final Set<String> LIST_NAMES =
      Set.of(
          "ASPNETCORE_URLS",
          "DOTNET_URLS",
          "ASPNETCORE_HTTP_PORTS",
          "ASPNETCORE_HTTPS_PORTS",
          "DOTNET_HTTP_PORTS",
          "DOTNET_HTTPS_PORTS");

  /**
   * Variables that set where the process's main server listens, by a rule its runtime documents:
   * one of them at a port the container does not declare moves the server away from the port it
   * declares. Names with a prefix of their own ({@code REDIS_SERVER_PORT}) are left out: many are a
   * client's.
   */
  private static final Set<String> MAIN_NAMES =
      Set.of(
          "PORT",
          "SERVER_PORT",
          "QUARKUS_HTTP_PORT",
          "MICRONAUT_SERVER_PORT",
          "FLASK_RUN_PORT",
          "UVICORN_PORT",
          "ROCKET_PORT",
          "ASPNETCORE_URLS",
          "DOTNET_URLS",
          "ASPNETCORE_HTTP_PORTS",
          "DOTNET_HTTP_PORTS");

  /**
   * ASP.NET Core's endpoints by name ({@code Kestrel__Endpoints__Http__Url}, in configuration's
   * environment form): each is one address Kestrel listens on, and together they replace {@code
   * ASPNETCORE_URLS}.
   */
  private static final java.util.regex.Pattern KESTREL_ENDPOINT =
      java.util.regex.Pattern.compile("KESTREL(?:__|:)ENDPOINTS(?:__|:)[A-Z0-9_]+?(?:__|:)URL");

  /**
   * Variables whose listeners are all the main server's: what they leave out, it does not serve.
   */
  private static final Set<String> COMPLETE_LISTS = Set.of("ASPNETCORE_URLS", "DOTNET_URLS");

  private static final List<String> PORT_SUFFIXES =
      List.of("_SERVER_PORT", "_HTTP_PORT", "_LISTEN_PORT", "_BIND_PORT", "_JMX_PORT");

  /**
   * Variables that give the address a server binds ({@code LISTEN_ADDR=0.0.0.0:8080}, {@code
   * METRICS_BIND_ADDRESS=:9090}); {@code *_HTTP_ADDR} is left out, as it is often a client's
   * ({@code CONSUL_HTTP_ADDR}).
   */
  private static final Set<String> ADDRESS_NAMES =
      Set.of("LISTEN_ADDR", "LISTEN_ADDRESS", "BIND_ADDR", "BIND_ADDRESS");

  private static final List<String> ADDRESS_SUFFIXES =
      List.of("_LISTEN_ADDR", "_LISTEN_ADDRESS", "_BIND_ADDR", "_BIND_ADDRESS");

  /**
   * True for a variable that names a second server of the process (its JMX server, {@code
   * METRICS_BIND_ADDRESS}): evidence that it listens there, not of where its main server does.
   */
  public static boolean secondary(String name) {
    String n = canonical(name);
    return n.equals("JMX_PORT")
        || n.endsWith("_JMX_PORT")
        || ADDRESS_SUFFIXES.stream().anyMatch(n::endsWith);
  }

  /** True for a variable that sets the process's main server's port (see {@link #MAIN_NAMES}). */
  public static boolean main(String name) {
    String n = canonical(name);
    return MAIN_NAMES.contains(n) || KESTREL_ENDPOINT.matcher(n).matches();
  }

  /**
   * True for a variable that lists the addresses the main server listens on ({@code
   * ASPNETCORE_URLS=http://+:5002}, Kestrel's named endpoints). The application's code may add an
   * endpoint of its own (a gRPC port), so a list that names none of the ports an image or container
   * declares moves them all, while one that names one of them says nothing of the others.
   */
  public static boolean listsAll(String name) {
    String n = canonical(name);
    return COMPLETE_LISTS.contains(n) || KESTREL_ENDPOINT.matcher(n).matches();
  }

  /** What a variable's name says of its value. */
  public enum Kind {
    /** A port the process listens on. */
    PORT,
    /** A list of listener addresses, each with its port. */
    LISTENERS,
    /** Nothing this rule knows. */
    OTHER
  }

  private ListenVariables() {}

  /**
   * A variable's name as the frameworks match it: upper case, with Spring's property form ({@code
   * server.port}, {@code spring.profiles.active}) and kebab case read as {@code SERVER_PORT} and
   * {@code SPRING_PROFILES_ACTIVE}.
   */
  public static String canonical(String name) {
    return name.trim().toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  public static Kind of(String name) {
    String n = canonical(name);
    if (PORT_NAMES.contains(n)) {
      return Kind.PORT;
    }
    for (String suffix : PORT_SUFFIXES) {
      if (n.endsWith(suffix)) {
        return Kind.PORT;
      }
    }
    if (LIST_NAMES.contains(n)
        || KESTREL_ENDPOINT.matcher(n).matches()
        || ADDRESS_NAMES.contains(n)
        || ADDRESS_SUFFIXES.stream().anyMatch(n::endsWith)) {
      return Kind.LISTENERS; // one listen address: a list of one
    }
    return n.endsWith("LISTENERS") && !n.contains("ADVERTISED") ? Kind.LISTENERS : Kind.OTHER;
  }
}
