package dev.portcheck.core.wiring;

/**
 * A named value that may hold an address: a container's env var, a ConfigMap entry, a compose
 * {@code environment} entry, a healthcheck argument.
 */
public record Setting(String name, String value, Loc loc) {}
