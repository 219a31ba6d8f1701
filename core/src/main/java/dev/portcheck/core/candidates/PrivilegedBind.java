package dev.portcheck.core.candidates;

/** What a container's security context says about binding a port below 1024. */
public enum PrivilegedBind {
  /**
   * It cannot where the runtime keeps the kernel's default: non-root, every capability dropped,
   * {@code NET_BIND_SERVICE} not added back, the pod's sysctl not lowered.
   */
  CANNOT,
  /**
   * It can on any runtime: it adds {@code NET_BIND_SERVICE}, runs privileged, or its pod lowers
   * {@code net.ipv4.ip_unprivileged_port_start}.
   */
  CAN,
  /** Nothing is said: the runtime decides (also every port outside a container). */
  UNSAID
}
