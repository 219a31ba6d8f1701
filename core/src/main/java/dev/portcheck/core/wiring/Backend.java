package dev.portcheck.core.wiring;

/**
 * A reference to a Service port from an Ingress backend or a Gateway API route's {@code
 * backendRefs}.
 *
 * @param source {@code Ingress} or the route kind
 * @param namespace the referring object's namespace, or the backendRef's own
 */
public record Backend(String source, String service, String namespace, PortRef port, Loc loc) {}
