package dev.portcheck.core.rules;

import dev.portcheck.core.candidates.PortCandidate;
import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.Severity;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Kubernetes port names (IANA_SVC_NAME): at most 15 characters of {@code [-a-z0-9]}, at least one
 * letter, no {@code --}, no hyphen at either end. Services and probes refer to ports by these
 * names, so a bad one breaks them.
 */
public final class PortNameRule implements CandidateRule {
  public static final RuleInfo INFO =
      new RuleInfo(
          "port-name",
          Severity.WARNING,
          "Invalid Kubernetes port name",
          "A port name must be 1-15 characters of lower-case letters, digits and '-', hold a "
              + "letter, and neither start nor end with '-' nor contain '--'.");

  private static final Pattern ALLOWED = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
  private static final Pattern HAS_LETTER = Pattern.compile(".*[a-z].*");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> check(PortCandidate c) {
    if (!c.scope().startsWith("k8s:") || c.name().isEmpty() || c.name().contains("{{")) {
      return List.of();
    }
    String problem = problem(c.name());
    if (problem == null) {
      return List.of();
    }
    return List.of(
        Findings.at(
            INFO,
            c,
            "port name '"
                + c.name()
                + "' "
                + problem
                + ": a Kubernetes port name is 1-15 characters of [-a-z0-9] with a letter, "
                + "no '--' and no '-' at either end"));
  }

  static String problem(String name) {
    if (name.length() > 15) {
      return "is " + name.length() + " characters long";
    }
    if (!ALLOWED.matcher(name).matches()) {
      return "holds characters or hyphens that are not allowed";
    }
    if (name.contains("--")) {
      return "contains '--'";
    }
    if (!HAS_LETTER.matcher(name).matches()) {
      return "has no letter";
    }
    return null;
  }
}
