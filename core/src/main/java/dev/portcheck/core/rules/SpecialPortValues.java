package dev.portcheck.core.rules;

import dev.portcheck.core.candidates.FileKind;
import dev.portcheck.core.candidates.PortCandidate;
import dev.portcheck.core.candidates.PortLiteral;
import dev.portcheck.core.candidates.Role;
import java.util.Locale;

/**
 * Values with a documented meaning on a listen setting, said for the framework the key belongs to:
 * {@code 0} asks the OS for a free port (Spring Boot, Quarkus, Micronaut, any socket API), {@code
 * -1} turns Spring Boot's server off and gives Micronaut a random port. Kubernetes has its own
 * meanings (a {@code targetPort} or {@code hostPort} of 0 is unset), which {@code k8s-port} knows.
 */
final class SpecialPortValues {
  private SpecialPortValues() {}

  /** Whose key it is, by its prefix (relaxed binding: case, dashes and underscores aside). */
  enum Framework {
    SPRING_BOOT("Spring Boot"),
    MICRONAUT("Micronaut"),
    QUARKUS("Quarkus"),
    UNKNOWN("");

    private final String title;

    Framework(String title) {
      this.title = title;
    }

    /** The framework of an application's own setting; another program's file has none here. */
    static Framework of(PortCandidate c) {
      return c.kind() == FileKind.APPLICATION ? of(c.key()) : UNKNOWN;
    }

    static Framework of(String key) {
      String k = normalized(key);
      if (k.startsWith("micronaut.")) {
        return MICRONAUT;
      }
      if (k.startsWith("quarkus.")) {
        return QUARKUS;
      }
      if (k.equals("server.port")
          || k.startsWith("server.")
          || k.startsWith("management.")
          || k.startsWith("spring.")) {
        return SPRING_BOOT;
      }
      return UNKNOWN;
    }
  }

  /**
   * The key in lower case with dashes and underscores gone, as Spring's relaxed binding reads it.
   */
  static String normalized(String key) {
    return key.toLowerCase(Locale.ROOT).replace("-", "").replace("_", ".");
  }

  /** What the value means, or null when it is an ordinary port (or not the rule's business). */
  static String meaning(PortCandidate c, PortLiteral p) {
    if (p.value() == null
        || (p.value() != 0 && p.value() != -1)
        || c.kind() == FileKind.KUBERNETES
        || c.kind() == FileKind.HELM_VALUES
        || c.role() == Role.CONNECT) {
      return null; // the key's framework is read only for the two values that have a meaning
    }
    Framework f = Framework.of(c);
    if (p.value() == 0) {
      return switch (f) {
        case SPRING_BOOT, MICRONAUT, QUARKUS ->
            "port 0: "
                + f.title
                + " asks the operating system for a random free port; clients cannot know it in"
                + " advance";
        case UNKNOWN -> "port 0 asks the operating system for a random free port";
      };
    }
    if (p.value() == -1 && c.role() == Role.LISTEN) {
      return switch (f) {
        case SPRING_BOOT ->
            normalized(c.key()).startsWith("management.")
                ? "port -1: Spring Boot serves no management (actuator) endpoints over HTTP"
                : "port -1: Spring Boot starts no web server";
        case MICRONAUT ->
            "port -1: Micronaut picks a random free port; clients cannot know it in advance";
        case QUARKUS, UNKNOWN ->
            "port -1 turns the server off (Spring Boot) or picks a random port (Micronaut)";
      };
    }
    return null;
  }

  /** True when the value asks for a random port: 0, or Micronaut's -1. */
  static boolean random(PortCandidate c, PortLiteral p) {
    return p.value() != null
        && (p.value() == 0 || (p.value() == -1 && Framework.of(c) == Framework.MICRONAUT));
  }

  /**
   * Quarkus' {@code quarkus.http.test-port} (and {@code test-ssl-port}) of 0: the documented way to
   * run tests on a random port, which only the test itself needs to know.
   */
  static boolean testPort(PortCandidate c) {
    String k = normalized(c.key());
    return k.startsWith("quarkus.")
        && (k.endsWith(".testport")
            || k.endsWith(".testsslport")
            || k.endsWith(".test.port")
            || k.endsWith(".test.ssl.port"));
  }
}
