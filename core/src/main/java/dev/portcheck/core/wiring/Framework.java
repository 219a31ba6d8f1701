package dev.portcheck.core.wiring;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The application frameworks whose files say where their server listens, each by its own key and
 * its own way of choosing profiles: Spring Boot ({@code server.port}, {@code
 * SPRING_PROFILES_ACTIVE}), Quarkus ({@code quarkus.http.port}, {@code QUARKUS_PROFILE}; a packaged
 * application runs the {@code prod} profile unless told otherwise) and Micronaut ({@code
 * micronaut.server.port}, {@code MICRONAUT_ENVIRONMENTS}).
 */
public enum Framework {
  SPRING("server.port", "SPRING_PROFILES_ACTIVE", "SERVER_PORT", List.of()),
  QUARKUS("quarkus.http.port", "QUARKUS_PROFILE", "QUARKUS_HTTP_PORT", List.of("prod")),
  MICRONAUT("micronaut.server.port", "MICRONAUT_ENVIRONMENTS", "MICRONAUT_SERVER_PORT", List.of());

  private final String serverPort;
  private final String profilesVariable;
  private final String portVariable;
  private final List<String> defaultProfiles;

  Framework(
      String serverPort,
      String profilesVariable,
      String portVariable,
      List<String> defaultProfiles) {
    this.serverPort = serverPort;
    this.profilesVariable = profilesVariable;
    this.portVariable = portVariable;
    this.defaultProfiles = defaultProfiles;
  }

  /** The key of the port the application's server listens on. */
  public String serverPort() {
    return serverPort;
  }

  /** The environment variable that names the active profiles. */
  public String profilesVariable() {
    return profilesVariable;
  }

  /** The environment variable that sets the server's port instead of the files. */
  public String portVariable() {
    return portVariable;
  }

  /** The profiles the application runs with when nothing names any. */
  public List<String> defaultProfiles() {
    return defaultProfiles;
  }

  private static final List<Framework> ALL = List.of(values());

  /** The framework whose server port {@code key} sets, if any. */
  public static Optional<Framework> ofServerPort(String key) {
    for (Framework f : ALL) {
      if (f.serverPort.equals(key)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /**
   * The environment variable that sets {@code key} by Spring's relaxed binding: upper case, {@code
   * _} for {@code .}, no {@code -} ({@code spring.datasource.url}: {@code SPRING_DATASOURCE_URL}).
   */
  public static String variableOf(String key) {
    return key.trim().toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace("-", "");
  }

  /**
   * The environment variables that may set {@code key}: Spring's relaxed name and MicroProfile
   * Config's (Quarkus, Helidon), where every other character than a letter or digit is {@code _}
   * ({@code quarkus.rest-client.orders.url}: {@code QUARKUS_REST_CLIENT_ORDERS_URL}).
   */
  public static Set<String> variablesOf(String key) {
    String upper = key.trim().toUpperCase(java.util.Locale.ROOT);
    StringBuilder microProfile = new StringBuilder(upper.length());
    for (int i = 0; i < upper.length(); i++) {
      char c = upper.charAt(i);
      microProfile.append(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' ? c : '_');
    }
    return new java.util.LinkedHashSet<>(List.of(variableOf(key), microProfile.toString()));
  }

  /** True for a key that sets where an application's server listens, in any framework. */
  public static boolean isServerPort(String key) {
    return ofServerPort(key).isPresent();
  }

  /** The variables that name profiles, in any framework. */
  public static final Set<String> PROFILE_VARIABLES =
      ALL.stream().map(Framework::profilesVariable).collect(Collectors.toUnmodifiableSet());

  /** The variables that set a server's port, in any framework. */
  public static final Set<String> PORT_VARIABLES =
      ALL.stream().map(Framework::portVariable).collect(Collectors.toUnmodifiableSet());
}
