package dev.portcheck.core.wiring;

import dev.portcheck.core.candidates.PortNumbers;
import dev.portcheck.core.model.ListenVariables;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Ports that a container's environment tells its process to listen on: the variables {@link
 * ListenVariables} names, holding a port number or listener addresses, and the server port
 * properties of the options a JVM or its launch script reads from the environment ({@code
 * JAVA_TOOL_OPTIONS=-Dserver.port=8081}).
 */
final class EnvListeners {
  private EnvListeners() {}

  /**
   * Variables whose value the JVM itself ({@code JAVA_TOOL_OPTIONS}, {@code JDK_JAVA_OPTIONS}) or
   * the usual launch scripts of Java images ({@code JAVA_OPTS}, {@code JAVA_OPTIONS} of
   * run-java.sh) add to the java command line.
   */
  private static final Set<String> JVM_OPTIONS =
      Set.of(
          "JAVA_TOOL_OPTIONS",
          "JDK_JAVA_OPTIONS",
          "JAVA_OPTS",
          "JAVA_OPTIONS",
          "JAVA_OPTS_APPEND",
          "_JAVA_OPTIONS");

  /**
   * What {@code name=value}, written at {@code loc}, makes the process listen on, each port as a
   * listen setting written {@code name=value}: the evidence a message names.
   */
  static List<ListenFlags.Listen> listens(String name, String value, Loc loc) {
    List<ListenFlags.Listen> out = new ArrayList<>();
    for (int port : ports(name, value)) {
      out.add(new ListenFlags.Listen(name + "=" + value, port, loc));
    }
    return out;
  }

  /** The ports {@code name=value} makes the process listen on; empty for any other variable. */
  static List<Integer> ports(String name, String value) {
    ListenVariables.Kind kind = ListenVariables.of(name);
    List<Integer> out = new ArrayList<>();
    if (value.contains("-javaagent:")) {
      exporterAgents(value, out);
    }
    if (JVM_OPTIONS.contains(name.trim())) {
      for (String word : value.trim().split("\\s+")) {
        int eq = word.indexOf('=');
        if (word.startsWith("-D") && eq > 0) {
          int port = ListenFlags.portOf(word.substring(0, eq), word.substring(eq + 1), false);
          if (port > 0) {
            out.add(port);
          }
        }
      }
    } else if (name.trim().equals("GUNICORN_CMD_ARGS")) {
      // gunicorn reads its command-line flags from this variable too (--bind, -b).
      ListenFlags.of(List.of(new ListenFlags.Word("gunicorn " + value, null)))
          .forEach(l -> out.add(l.port()));
    } else if (kind == ListenVariables.Kind.PORT) {
      addPort(value.trim(), out);
    } else if (kind == ListenVariables.Kind.LISTENERS) {
      // Kafka separates listeners with commas, ASP.NET Core its URLs with semicolons.
      for (String listener : LIST_SEPARATORS.split(value)) {
        int port = listenerPort(listener);
        if (port > 0) {
          out.add(port);
        }
      }
    }
    return out;
  }

  private static final Pattern LIST_SEPARATORS = Pattern.compile("[,;]");

  /**
   * The Prometheus JMX exporter's agent, {@code -javaagent:/x/jmx_prometheus_javaagent.jar=[host:]
   * port[:config]}: it serves the metrics on that port inside the JVM, whatever variable hands the
   * flag over ({@code EXTRA_ARGS}, {@code KAFKA_OPTS}).
   */
  private static final Pattern EXPORTER_AGENT =
      Pattern.compile(
          "-javaagent:\\S*(?:jmx_prometheus|jmx_exporter|prometheus_javaagent)\\S*?\\.jar="
              + "(?:[^:\\s]+:)?(\\d{1,5})(?=[:\\s\"']|$)");

  private static void exporterAgents(String value, List<Integer> out) {
    java.util.regex.Matcher m = EXPORTER_AGENT.matcher(value);
    while (m.find()) {
      addPort(m.group(1), out);
    }
  }

  /**
   * The port of one listener address ({@code PLAINTEXT://0.0.0.0:9092}, {@code http://+:80/}) or a
   * bare port ({@code 8080} of {@code ASPNETCORE_HTTP_PORTS}); -1 when it has none.
   */
  static int listenerPort(String listener) {
    String l = listener.trim();
    if (l.endsWith("/")) {
      l = l.substring(0, l.length() - 1);
    }
    int colon = l.lastIndexOf(':');
    return PortNumbers.port(colon < 0 ? l : l.substring(colon + 1));
  }

  private static void addPort(String digits, List<Integer> out) {
    int port = PortNumbers.port(digits);
    if (port > 0) {
      out.add(port);
    }
  }
}
