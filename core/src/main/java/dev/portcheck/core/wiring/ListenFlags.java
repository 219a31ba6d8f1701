package dev.portcheck.core.wiring;

import dev.portcheck.core.candidates.PortNumbers;
import dev.portcheck.core.model.ListenVariables;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Ports a command line makes its process listen on, by the flags servers and runtimes document:
 *
 * <ul>
 *   <li>a port flag whose every word is a listener's ({@code --port=9898}, {@code --grpc-port
 *       9999}, {@code --port-metrics=9797}, {@code --webhook-port=9443}, uvicorn's and flask's
 *       {@code --port 8000}); a flag with any other word is a client's ({@code --redis-port});
 *   <li>an address flag of the same words with bind, listen or address ({@code
 *       --metrics-bind-address=:8443}, {@code --health-probe-bind-address=:8081}, Prometheus'
 *       {@code --web.listen-address=:9090}, gunicorn's {@code --bind 0.0.0.0:8000} and {@code -b});
 *   <li>a Java system property or Spring argument that sets the server port ({@code
 *       -Dserver.port=8081}, {@code --server.port=8081}, {@code -Dquarkus.http.port=8083}).
 * </ul>
 *
 * Values that are variables or templates are no evidence. Each port keeps the flag that set it, so
 * a message can say what it relies on.
 */
public final class ListenFlags {
  /** Words a listener's flag is made of; any other word makes it a client's or something else. */
  private static final Set<String> LISTENER_WORDS =
      Set.of(
          "port",
          "http",
          "https",
          "grpc",
          "metrics",
          "health",
          "probe",
          "webhook",
          "admin",
          "server",
          "listen",
          "bind",
          "address",
          "addr",
          "web",
          "management",
          "secure",
          "tls",
          "insecure",
          "cluster",
          "status",
          "monitoring",
          "prometheus",
          "api",
          "main",
          "public",
          // Second servers of a process: kube-state-metrics' --telemetry-port, Go's debug/pprof.
          "telemetry",
          "debug",
          "pprof",
          "profiling",
          "stats",
          "diagnostics",
          "console"); // MinIO's --console-address, a second server's

  private static final Set<String> ADDRESS_WORDS = Set.of("bind", "listen", "address", "addr");

  /** System properties and Spring arguments that set the HTTP server's port. */
  private static final Set<String> SERVER_PORT_PROPERTIES =
      Set.of("server.port", "quarkus.http.port", "micronaut.server.port", "management.server.port");

  /** Flags (without dashes) that set the main listener. */
  private static final Set<String> MAIN_FLAGS =
      Set.of(
          "port",
          "http-port",
          "http.port",
          "listen-port",
          "server-port",
          "server.port",
          "quarkus.http.port",
          "micronaut.server.port",
          "web.port",
          "web.listen-address", // Prometheus and its exporters' one HTTP listener
          "http-address", // oauth2-proxy's and Thanos' HTTP listener
          "secure-port", // Kubernetes API servers' (and metrics-server's) one serving port
          "listen-address",
          "address", // MinIO's --address :9000, Go servers' one listen address
          "secure-listen-address", // kube-rbac-proxy's one serving address
          "insecure-listen-address",
          "bind",
          "b", // gunicorn's -b, the only single-letter flag read as a listener
          "listen");

  private ListenFlags() {}

  // The words of a main flag that say nothing of which server it sets.
  private static final Set<String> GENERIC_WORDS =
      Set.of("port", "listen", "address", "bind", "b", "server");

  /**
   * The names a declared port of the server that main flag {@code l} sets would carry: the flag's
   * own words ({@code http} of {@code --http-port}, {@code web} of {@code --web.port}), or for a
   * flag that names no server ({@code --port}, {@code --listen}) the HTTP server's.
   */
  static Set<String> serverWords(Listen l) {
    Set<String> words = new java.util.HashSet<>();
    for (String w : bare(l.name().toLowerCase(Locale.ROOT)).split("[^a-z0-9]+")) {
      if (!w.isEmpty() && !GENERIC_WORDS.contains(w)) {
        words.add(w);
      }
    }
    if (words.isEmpty() || words.equals(Set.of("http"))) {
      words.addAll(Set.of("http", "web", "server"));
    }
    if (words.contains("secure")) {
      words.add("https");
    }
    return words;
  }

  /** What sets a listen port: the flag as written, the port, where it is written. */
  public record Listen(String flag, int port, Loc loc) {
    /**
     * True when the flag names the health or probe server ({@code --health-probe-bind-address}).
     */
    public boolean health() {
      String f = flag.toLowerCase(Locale.ROOT);
      return f.contains("health") || f.contains("probe");
    }

    /**
     * True when the flag sets the process's main listener: {@code --port}, {@code --http-port},
     * {@code --listen-port}, {@code -Dserver.port}, or a variable {@link ListenVariables#main}
     * names; not a health, metrics, gRPC or admin one.
     */
    public boolean main() {
      if (variable()) {
        return ListenVariables.main(name());
      }
      String f = name().toLowerCase(Locale.ROOT);
      String name = bare(f);
      return MAIN_FLAGS.contains(name);
    }

    /** The flag's name as written, without its value: {@code --webhook-port}. */
    public String name() {
      int eq = flag.indexOf('=');
      int blank = flag.indexOf(' ');
      int end = eq >= 0 ? eq : blank >= 0 ? blank : flag.length();
      return flag.substring(0, end);
    }

    /**
     * True for a variable of the environment ({@code PORT=8080}, as {@link EnvListeners#listens}
     * writes it), false for a flag of the command line.
     */
    public boolean variable() {
      return !flag.startsWith("-");
    }

    /** What wrote it, for a message: "its command", or "its environment" for a variable. */
    public String writer() {
      return variable() ? "its environment" : "its command";
    }

    /** What it is, for a message: "flag", or "variable". */
    public String what() {
      return variable() ? "variable" : "flag";
    }

    /** The flag as evidence in a message: {@code --port=9898 (deploy.yaml:40)}. */
    public String describe() {
      return flag + " (" + loc + ")";
    }
  }

  /** A command word and where it is written; a shell string is split into its words. */
  public record Word(String text, Loc loc) {}

  /** A lower-case flag's name without its dashes, or a JVM property's without {@code -D}. */
  private static String bare(String flag) {
    return flag.startsWith("-d") ? flag.substring(2) : undashed(flag);
  }

  private static String undashed(String flag) {
    int i = 0;
    while (i < flag.length() && flag.charAt(i) == '-') {
      i++;
    }
    return flag.substring(i);
  }

  /** The listen ports {@code words} set, in order. */
  public static List<Listen> of(List<Word> words) {
    List<Word> split = CommandWords.split(words);
    boolean gunicorn =
        split.stream().anyMatch(w -> w.text().toLowerCase(Locale.ROOT).contains("gunicorn"));
    boolean redpanda =
        split.stream().anyMatch(w -> w.text().equals("redpanda") || w.text().endsWith("/redpanda"));
    List<Listen> out = new ArrayList<>();
    for (int i = 0; i < split.size(); i++) {
      Word w = split.get(i);
      String t = w.text();
      if (!t.startsWith("-")) {
        continue;
      }
      int eq = t.indexOf('=');
      String flag = eq < 0 ? t : t.substring(0, eq);
      String value;
      String written;
      if (eq >= 0) {
        value = t.substring(eq + 1);
        written = t;
      } else if (i + 1 < split.size() && !split.get(i + 1).text().startsWith("-")) {
        value = split.get(i + 1).text();
        written = t + " " + value;
      } else {
        continue;
      }
      if (redpanda
          && ImageListenerFlags.REDPANDA.containsKey(
              "--" + undashed(flag.toLowerCase(Locale.ROOT)))) {
        for (String address : value.split(",")) {
          int port = addressPort(address.trim());
          if (port > 0) {
            out.add(new Listen(written, port, w.loc()));
          }
        }
        continue;
      }
      int port = portOf(flag, value, gunicorn);
      if (port > 0) {
        out.add(new Listen(written, port, w.loc()));
      }
    }
    return out;
  }

  /**
   * True when a flag of {@code words} names a port ({@code port} or {@code offset} among its words)
   * but sets no listener this class reads: WildFly's {@code -Djboss.socket.binding.port-offset=100}
   * moves every port of the server, {@code --redis-port} may be the server's own. Either way the
   * image's documented ports are no longer evidence.
   */
  static boolean hasUnreadPortFlag(List<Word> words) {
    List<Word> split = CommandWords.split(words);
    for (int i = 0; i < split.size(); i++) {
      String t = split.get(i).text();
      if (!t.startsWith("-")) {
        continue;
      }
      int eq = t.indexOf('=');
      String flag = eq < 0 ? t : t.substring(0, eq);
      List<String> named = List.of(bare(flag.toLowerCase(Locale.ROOT)).split("[-_.]"));
      if (!named.contains("port") && !named.contains("offset")) {
        continue;
      }
      String value =
          eq >= 0 ? t.substring(eq + 1) : i + 1 < split.size() ? split.get(i + 1).text() : "";
      if (portOf(flag, value, false) < 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The port {@code flag value} sets, or -1 when the flag sets no listener or the value no port.
   */
  static int portOf(String flag, String value, boolean gunicorn) {
    String f = flag.toLowerCase(Locale.ROOT);
    if (f.startsWith("-d") && SERVER_PORT_PROPERTIES.contains(f.substring(2))
        || SERVER_PORT_PROPERTIES.contains(undashed(f))) {
      return PortNumbers.port(value);
    }
    if (f.equals("-b") && gunicorn) {
      return addressPort(value);
    }
    if (!f.startsWith("--") && !(f.startsWith("-") && f.length() > 3)) {
      return -1; // a single-letter flag means something else to every program
    }
    String[] words = undashed(f).split("[-_.]");
    boolean port = false;
    boolean address = false;
    for (String word : words) {
      if (!LISTENER_WORDS.contains(word)) {
        return -1;
      }
      port |= word.equals("port");
      address |= ADDRESS_WORDS.contains(word);
    }
    if (port) {
      return PortNumbers.port(value);
    }
    return address ? addressPort(value) : -1;
  }

  /** The port of {@code [host]:port}, {@code :port} or a bare port; -1 otherwise. */
  private static int addressPort(String value) {
    String v = value;
    int scheme = v.indexOf("://");
    if (scheme >= 0) {
      v = v.substring(scheme + 3);
    }
    int colon = v.lastIndexOf(':');
    return colon < 0 ? -1 : PortNumbers.port(v.substring(colon + 1));
  }
}
