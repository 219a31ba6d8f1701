package dev.portcheck.core.candidates;

import dev.portcheck.core.entries.ComposeKeys;
import dev.portcheck.core.model.ListenVariables;

/**
 * The role of a port in a compose service's {@code environment}, by the rule the wiring model
 * follows too ({@link ListenVariables}): a variable that tells the process where to listen is a
 * listen port; any other {@code *_PORT} the key's words do not make a client's is of unknown
 * direction, so it binds nothing in the container. Both readings of the file then agree on what the
 * service listens on.
 */
final class ComposeEnvironment {
  private static final String ENVIRONMENT = ".environment.";

  private ComposeEnvironment() {}

  static Role roleOf(String key, Role role) {
    if (role != Role.LISTEN) {
      return role;
    }
    int at = key.indexOf(ENVIRONMENT);
    if (at < 0 || ComposeKeys.serviceEnd(key) != at) {
      return role;
    }
    String name = key.substring(at + ENVIRONMENT.length());
    return ListenVariables.of(name) == ListenVariables.Kind.OTHER ? Role.UNKNOWN : role;
  }
}
