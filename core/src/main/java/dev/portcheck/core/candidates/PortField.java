package dev.portcheck.core.candidates;

import java.util.Locale;

/**
 * Which Kubernetes port field a setting is (in an object, or in Helm values that feed one): what
 * the API server accepts there and whether anything binds it depend on the field. A command line's
 * listen flag is a field of its own, in any file.
 */
public enum PortField {
  /** {@code containers[].ports[].containerPort}: the pod's processes listen on it. */
  CONTAINER_PORT,
  /** {@code containers[].ports[].hostPort}: the node forwards it; 0 means unset. */
  HOST_PORT,
  /** A Service's own {@code port}: a virtual address, never bound. */
  SERVICE_PORT,
  /** A Service's {@code targetPort}: int or a container port name; 0 means unset. */
  TARGET_PORT,
  /** A Service's {@code nodePort}: bound on every node; 0 means "allocate one". */
  NODE_PORT,
  /** A probe's {@code httpGet.port}, {@code tcpSocket.port} or {@code grpc.port}. */
  PROBE_PORT,
  /** Any other field, or a setting outside Kubernetes. */
  OTHER,
  /**
   * A listen flag of a command line ({@code gunicorn -b 0.0.0.0:8000}, {@code --port=9898}) in a
   * compose service or a Dockerfile: where the process listens, in another program's syntax, so it
   * is listed and followed by the wiring but bound nowhere a per-port rule judges.
   */
  LISTEN_FLAG;

  private final String id = name().toLowerCase(Locale.ROOT).replace('_', '-');

  public String id() {
    return id;
  }

  /** Fields that take a port name as well as a number (int-or-string). */
  public boolean takesName() {
    return this == TARGET_PORT || this == PROBE_PORT;
  }
}
