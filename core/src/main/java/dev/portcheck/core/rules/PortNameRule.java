package dev.portcheck.core.rules;

import dev.portcheck.core.candidates.FileKind;
import dev.portcheck.core.candidates.PortCandidate;
import dev.portcheck.core.candidates.PortField;
import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.Severity;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Port names the Kubernetes API server rejects, by what the name is. A container port name, and a
 * name in an int-or-string field ({@code targetPort}, a probe's port), is an IANA_SVC_NAME: at most
 * 15 characters of {@code [-a-z0-9]}, a letter among them, no {@code --}, no hyphen at either end.
 * A Service port name is a DNS label: at most 63 characters of {@code [-a-z0-9]}, starting and
 * ending alphanumeric.
 */
public final class PortNameRule implements CandidateRule {
  public static final RuleInfo INFO =
      new RuleInfo(
          "port-name",
          Severity.ERROR,
          "Kubernetes port name the API server rejects",
          "A container port name (and a name in targetPort or a probe) is 1-15 characters of "
              + "[-a-z0-9] with a letter, no '--' and no '-' at either end; a Service port name "
              + "is a DNS label of up to 63 characters.");

  private static final Pattern ALLOWED = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
  private static final Pattern HAS_LETTER = Pattern.compile(".*[a-z].*");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> check(PortCandidate c) {
    if (c.kind() != FileKind.KUBERNETES) {
      return List.of();
    }
    if (c.field() == PortField.CONTAINER_PORT && isLiteralName(c.name())) {
      return report(c, "container port name '" + c.name() + "'", serviceNameProblem(c.name()));
    }
    if (c.field() == PortField.SERVICE_PORT && isLiteralName(c.name())) {
      return report(c, "Service port name '" + c.name() + "'", dnsLabelProblem(c.name()));
    }
    String value = unquote(c.raw().trim());
    if (c.field().takesName() && c.ports().isEmpty() && isLiteralName(value) && isNameLike(value)) {
      return report(c, c.field().id() + " name '" + value + "'", serviceNameProblem(value));
    }
    return List.of();
  }

  private static List<Finding> report(PortCandidate c, String what, String problem) {
    if (problem == null) {
      return List.of();
    }
    return List.of(Findings.at(INFO, c, what + " " + problem + ": the API server rejects it"));
  }

  /** Not templated, not a variable: a name as the API server will see it. */
  private static boolean isLiteralName(String name) {
    return !name.isEmpty() && !name.contains("{{") && !name.contains("$");
  }

  /** A value that is meant as a name rather than a number or an expression. */
  private static boolean isNameLike(String value) {
    if (value.indexOf(' ') >= 0) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      if (Character.isLetter(value.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static String unquote(String s) {
    if (s.length() >= 2 && (s.charAt(0) == '"' || s.charAt(0) == '\'')) {
      return s.substring(1, s.length() - 1);
    }
    return s;
  }

  /** What makes {@code name} no IANA_SVC_NAME, or null. */
  static String serviceNameProblem(String name) {
    if (name.length() > 15) {
      return "is " + name.length() + " characters long, above the 15 a port name may have";
    }
    if (!ALLOWED.matcher(name).matches()) {
      return "holds characters or hyphens outside [-a-z0-9] with alphanumeric ends";
    }
    if (name.contains("--")) {
      return "contains '--'";
    }
    if (!HAS_LETTER.matcher(name).matches()) {
      return "has no letter";
    }
    return null;
  }

  /** What makes {@code name} no DNS label, or null. */
  static String dnsLabelProblem(String name) {
    if (name.length() > 63) {
      return "is " + name.length() + " characters long, above the 63 of a DNS label";
    }
    if (!ALLOWED.matcher(name).matches()) {
      return "is no DNS label: lower-case letters, digits and '-', alphanumeric at both ends";
    }
    return null;
  }
}
