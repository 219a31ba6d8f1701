package dev.portcheck.core.candidates;

import java.util.List;

/**
 * The candidates of a Dockerfile: each port its final stage {@code EXPOSE}s, located at the word
 * that names it. The Dockerfile is read once, into the image the wiring model follows; these are
 * that image's ports as the inventory and the port map list them.
 */
public final class ExposedPorts {
  private ExposedPorts() {}

  /** The candidate of one exposed port ({@code ARG} and {@code ENV} values already substituted). */
  public static PortCandidate of(String file, int line, int column, int port, Protocol protocol) {
    String text = Integer.toString(port);
    String raw = protocol == Protocol.TCP ? text : text + "/" + protocol.id();
    // One setting per port: an EXPOSE of several ports is no key set twice.
    return new PortCandidate(
        file,
        line,
        column,
        0,
        "EXPOSE " + raw,
        raw,
        "",
        "file:" + file,
        Role.LISTEN,
        protocol,
        "",
        List.of(
            PortLiteral.parse(
                text, line, column, PortLiteral.Origin.LITERAL, PortLiteral.Side.SELF)),
        "",
        FileKind.DOCKERFILE,
        PortField.OTHER,
        "",
        false);
  }
}
