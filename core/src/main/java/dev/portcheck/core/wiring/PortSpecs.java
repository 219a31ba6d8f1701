package dev.portcheck.core.wiring;

import dev.portcheck.core.candidates.ComposePortSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads interpolated compose port specs into container ports and published host ports. */
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
      String digits = text.substring(span.start(), span.end());
      if (digits.isEmpty() || digits.length() > 5 || !allDigits(digits)) {
        return false;
      }
      (span.host() ? host : inside).add(Integer.parseInt(digits));
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

  /** {@link Character#isDigit} for every character; a loop, as this runs per compose port. */
  /** The port {@code text} writes, 1..65535 (blanks around allowed); -1 for anything else. */
  static int port(String text) {
    String d = text.trim();
    if (d.isEmpty() || d.length() > 5 || !allDigits(d)) {
      return -1;
    }
    int port = Integer.parseInt(d);
    return port > 0 && port <= 65535 ? port : -1;
  }

  static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
