package dev.portcheck.core.candidates;

import java.util.List;

/**
 * Candidates of what the wiring model reads from a command line or a Dockerfile: each port a final
 * stage {@code EXPOSE}s, and each port a listen flag of a compose service's or an image's command
 * binds, located at the word that names it. The file is read once, into the model; these are its
 * ports as the inventory and the port map list them.
 */
public final class ExposedPorts {
  private ExposedPorts() {}

  /** The candidate of one exposed port ({@code ARG} and {@code ENV} values already substituted). */
  public static PortCandidate of(String file, int line, int column, int port, Protocol protocol) {
    String text = Integer.toString(port);
    String raw = protocol == Protocol.TCP ? text : text + "/" + protocol.id();
    // One setting per port: an EXPOSE of several ports is no key set twice.
    return listed(
        FileKind.DOCKERFILE,
        PortField.OTHER,
        file,
        "EXPOSE " + raw,
        raw,
        protocol,
        List.of(port),
        line,
        column);
  }

  /**
   * The candidate of a port a Dockerfile's own {@code HEALTHCHECK} calls on the container and does
   * not {@code EXPOSE}: the image listens there, as the graph shows it.
   */
  public static PortCandidate ofHealthcheck(String file, int line, int column, int port) {
    String text = Integer.toString(port);
    return listed(
        FileKind.DOCKERFILE,
        PortField.OTHER,
        file,
        "HEALTHCHECK " + text,
        text,
        Protocol.TCP,
        List.of(port),
        line,
        column);
  }

  /**
   * The candidate of a port a command's listen flag binds: {@code key} names the command ({@code
   * services.web.command}, {@code CMD}), the flag's name follows it so two flags are two settings;
   * {@code flag} is the flag as written with its value ("-b 0.0.0.0:8000", "--port=9898").
   */
  public static PortCandidate ofFlag(
      FileKind kind, String file, String key, String flag, int port, int line, int column) {
    return ofFlag(kind, file, key, flag, List.of(port), line, column);
  }

  /**
   * A flag that sets several listeners at once ({@code --kafka-addr
   * internal://0.0.0.0:9092,external://0.0.0.0:19092}): one setting of all its ports.
   */
  public static PortCandidate ofFlag(
      FileKind kind,
      String file,
      String key,
      String flag,
      List<Integer> ports,
      int line,
      int column) {
    int end = 0;
    while (end < flag.length() && flag.charAt(end) != ' ' && flag.charAt(end) != '=') {
      end++;
    }
    String named = key + " " + flag.substring(0, end);
    return listed(
        kind, PortField.LISTEN_FLAG, file, named, flag, Protocol.TCP, ports, line, column);
  }

  /**
   * A listen setting of one or more ports, as written at line and column, in a scope of its file.
   */
  private static PortCandidate listed(
      FileKind kind,
      PortField field,
      String file,
      String key,
      String raw,
      Protocol protocol,
      List<Integer> ports,
      int line,
      int column) {
    List<PortLiteral> literals = new java.util.ArrayList<>();
    for (int port : ports) {
      literals.add(
          PortLiteral.parse(
              Integer.toString(port),
              line,
              column,
              PortLiteral.Origin.LITERAL,
              PortLiteral.Side.SELF));
    }
    return new PortCandidate(
        file,
        line,
        column,
        0,
        key,
        raw,
        "",
        "file:" + file,
        Role.LISTEN,
        protocol,
        "",
        literals,
        "",
        kind,
        field,
        "",
        PrivilegedBind.UNSAID);
  }
}
