package dev.portcheck.core.rules;

import dev.portcheck.core.candidates.ComposePortSpec;
import dev.portcheck.core.candidates.FileKind;
import dev.portcheck.core.candidates.KeyClassifier;
import dev.portcheck.core.candidates.PortCandidate;
import dev.portcheck.core.candidates.Role;
import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.Severity;
import java.util.List;

/** A compose publish must follow {@code [ip:][host[-end]:]container[-end][/proto]}. */
public final class PortMappingRule implements CandidateRule {
  public static final RuleInfo INFO =
      new RuleInfo(
          "port-mapping",
          Severity.ERROR,
          "Malformed compose port mapping",
          "Compose rejects publishes with reversed ranges, host and container ranges of "
              + "different lengths, or protocols other than tcp, udp and sctp.");

  /** The list fields whose items use the publish grammar. */
  private static final java.util.Set<String> PUBLISH_FIELDS = java.util.Set.of("ports", "expose");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> check(PortCandidate c) {
    if (c.kind() != FileKind.COMPOSE
        || !c.key().endsWith("]")
        || !PUBLISH_FIELDS.contains(KeyClassifier.lastSegment(c.key()))
        || (c.role() != Role.MAPPING && c.role() != Role.LISTEN)
        || c.raw().contains("${")) {
      return List.of();
    }
    String text = unquote(c.raw());
    return ComposePortSpec.parseLenient(text).errors().stream()
        .map(
            error ->
                Findings.at(
                    INFO,
                    c,
                    "'"
                        + text
                        + "': "
                        + error
                        + "; expected [ip:][host[-end]:]container[-end][/tcp|udp|sctp]"))
        .toList();
  }

  private static String unquote(String raw) {
    if (raw.length() >= 2 && (raw.startsWith("\"") || raw.startsWith("'"))) {
      return raw.substring(1, raw.length() - 1);
    }
    return raw;
  }
}
