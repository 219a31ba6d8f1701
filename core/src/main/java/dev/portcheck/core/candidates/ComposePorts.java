package dev.portcheck.core.candidates;

import dev.portcheck.core.candidates.PortLiteral.Side;
import dev.portcheck.core.entries.LocatedEntry;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a compose short-syntax publish, {@code [ip:][host[-end]:]container[-end][/proto]}, into a
 * mapping candidate whose literals carry their side. Grammar errors are left for the {@code
 * port-mapping} rule, which checks the raw text with {@link ComposePortSpec}.
 */
final class ComposePorts {
  private ComposePorts() {}

  static PortCandidate candidate(
      LocatedEntry e, Placeholders.Expanded x, String key, String profile, String scope,
      String file) {
    String text = x.text();
    ComposePortSpec.Parsed spec = ComposePortSpec.parseLenient(text);
    List<PortLiteral> ports = new ArrayList<>();
    for (ComposePortSpec.Span span : spec.spans()) {
      ports.add(ValueScanner.literal(e, x, span.start(), span.end(),
          span.host() ? Side.HOST : Side.CONTAINER));
    }
    return new PortCandidate(file, e.line(), e.column(), e.document(), e.key(), e.raw(), profile,
        scope, spec.hasHostSide() ? Role.MAPPING : Role.LISTEN, spec.protocol(), spec.hostIp(),
        ports);
  }
}
