package dev.portcheck.core.wiring;

import dev.portcheck.core.candidates.ComposePortSpec;
import dev.portcheck.core.candidates.PortNumbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns an interpolated compose port spec, as {@link ComposePortSpec} parses it, into container
 * ports and published host ports.
 */
final class PortSpecs {
  private PortSpecs() {}

  /** Adds the ports of one short-syntax spec; false when it does not parse. */
  static boolean add(
      String spec,
      Loc loc,
      Map<Integer, Loc> container,
      Map<Integer, ComposeListeners.Published> published) {
    ComposePortSpec.Parsed parsed = ComposePortSpec.parseLenient(spec.trim());
    if (!parsed.errors().isEmpty()) {
      return false;
    }
    String text = spec.trim();
    List<Integer> host = new ArrayList<>();
    List<Integer> inside = new ArrayList<>();
    for (ComposePortSpec.Span span : parsed.spans()) {
      int number = PortNumbers.plainNumber(text.substring(span.start(), span.end()));
      if (number < 0) {
        return false;
      }
      (span.host() ? host : inside).add(number);
    }
    if (inside.isEmpty()) {
      return false;
    }
    int first = inside.get(0);
    int last = inside.get(inside.size() - 1);
    if (last - first > 1024) {
      return false;
    }
    for (int p = first; p <= last; p++) {
      container.putIfAbsent(p, loc);
    }
    if (!host.isEmpty()) {
      int hostFirst = host.get(0);
      int hostLast = host.get(host.size() - 1);
      for (int p = hostFirst; p <= hostLast && p - hostFirst <= 1024; p++) {
        int target = first == last ? first : first + (p - hostFirst);
        published.putIfAbsent(p, new ComposeListeners.Published(p, target, loc));
      }
    }
    return true;
  }
}
