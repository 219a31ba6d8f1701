package dev.portcheck.core.candidates;

import java.util.Locale;

/** What a setting does with its port. */
public enum Role {
  /** The application binds the port and waits for connections. */
  LISTEN,
  /** The application dials the port of another service (URLs, JDBC, bootstrap servers). */
  CONNECT,
  /** A container publish: a host port forwarded to a container port (compose). */
  MAPPING,
  /** The key says port but not which way. */
  UNKNOWN;

  private final String id = name().toLowerCase(Locale.ROOT);

  public String id() {
    return id;
  }
}
