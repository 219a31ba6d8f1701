package dev.portcheck.core.candidates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one reader of compose port values, for the port candidates and the wiring facts alike. The
 * short syntax for published ports, {@code [ip:][host[-end]:]container[-end][/proto]}: IPv6
 * addresses in brackets, each number 0..65535, a range's end not below its start, host and
 * container ranges of equal length unless the container side is one port, protocol tcp, udp or sctp
 * (tcp when absent). The long syntax's fields ({@link LongField}) and {@code expose} items each
 * hold one port or range ({@link #portOrRange}).
 */
public final class ComposePortSpec {
  private ComposePortSpec() {}

  /** The fields of a long-syntax {@code ports} item, each keyed by its name in lower case. */
  public enum LongField {
    TARGET,
    PUBLISHED,
    PROTOCOL,
    HOST_IP;

    /** The field's key below the item: {@code published}. */
    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * The short syntax that says what a long-syntax item says, but for its {@code host_ip}: {@code
   * published:target/protocol}, each part only when written; null {@code published} or {@code
   * protocol} when absent.
   */
  public static String shortForm(String published, String target, String protocol) {
    return (published == null ? "" : published + ":")
        + target
        + (protocol == null ? "" : "/" + protocol);
  }

  /**
   * The numbers of a value holding one port or a {@code start-end} range, blanks around it and a
   * {@code /protocol} after it left out, as {@code expose} and the long syntax's {@code target} and
   * {@code published} write them: {@code 8000-8010/udp} has two. None for a blank value.
   */
  public static List<Span> portOrRange(String text, boolean host) {
    int[] bounds = ValueScanner.trimmed(text);
    int start = bounds[0];
    int end = bounds[1];
    int slash = text.indexOf('/', start);
    if (slash >= 0 && slash < end) {
      end = slash;
    }
    if (start == end) {
      return List.of();
    }
    List<Span> spans = new ArrayList<>(2);
    spans(text, start, end, host, spans);
    return spans;
  }

  /**
   * Adds the spans of one port or range from {@code from} to {@code to}: a {@code -} after its
   * first character splits a range. Returns where the dash is, or -1 for a single port.
   */
  private static int spans(String t, int from, int to, boolean host, List<Span> spans) {
    int dash = t.indexOf('-', from + 1);
    if (dash < 0 || dash >= to) {
      spans.add(new Span(from, to, host));
      return -1;
    }
    spans.add(new Span(from, dash, host));
    spans.add(new Span(dash + 1, to, host));
    return dash;
  }

  /** One number of the spec: where it is in the text and whether it is on the host side. */
  public record Span(int start, int end, boolean host) {}

  /** The parts found, and what is wrong with them (empty when the spec is valid). */
  public record Parsed(
      String hostIp,
      List<Span> spans,
      Protocol protocol,
      boolean hasHostSide,
      List<String> errors) {}

  public static Parsed parseLenient(String text) {
    List<String> errors = new ArrayList<>();
    List<Span> spans = new ArrayList<>();
    String t = text;
    Protocol protocol = Protocol.TCP;
    int slash = t.lastIndexOf('/');
    int end = t.length();
    if (slash >= 0) {
      String proto = t.substring(slash + 1);
      protocol = Protocol.parse(proto).orElse(Protocol.TCP);
      if (Protocol.parse(proto).isEmpty()) {
        errors.add("unknown protocol '" + proto + "': expected tcp, udp or sctp");
      }
      end = slash;
    }
    int pos = 0;
    String hostIp = "";
    if (t.startsWith("[")) {
      int close = t.indexOf(']');
      if (close < 0 || close + 1 >= end || t.charAt(close + 1) != ':') {
        errors.add("IPv6 address must be written [address]:host:container");
        return new Parsed("", spans, protocol, false, errors);
      }
      hostIp = t.substring(1, close);
      pos = close + 2;
    }
    List<int[]> parts = new ArrayList<>();
    int s = pos;
    for (int i = pos; i <= end; i++) {
      if (i == end || t.charAt(i) == ':') {
        parts.add(new int[] {s, i});
        s = i + 1;
      }
    }
    if (hostIp.isEmpty() && parts.size() == 3) {
      hostIp = t.substring(parts.get(0)[0], parts.get(0)[1]);
      parts.remove(0);
      if (!isIpv4(hostIp)
          && !hostIp.isEmpty()
          && hostIp.chars().noneMatch(c -> c == '$' || c == '{')) {
        // Compose reads the first of three parts as the address to bind (net.ParseIP): a port
        // written twice by mistake (8080:8080:8080) or a host name makes it refuse the file.
        errors.add(
            "'"
                + hostIp
                + "' is no IP address, which compose requires in front of the host and container"
                + " ports (it refuses the file)");
      }
    }
    if (parts.size() > 2 || (!t.startsWith("[") && parts.size() > 3)) {
      errors.add("too many ':' separated parts: expected [ip:][host:]container[/protocol]");
      return new Parsed(hostIp, spans, protocol, false, errors);
    }
    boolean hasHost = parts.size() == 2 && parts.get(0)[1] > parts.get(0)[0];
    long[] hostRange = null;
    for (int p = 0; p < parts.size(); p++) {
      int[] part = parts.get(p);
      boolean host = parts.size() == 2 && p == 0;
      if (part[1] == part[0]) {
        if (!host) {
          errors.add("container port missing");
        }
        continue;
      }
      long[] range = range(t, part[0], part[1], host, spans, errors);
      if (host) {
        hostRange = range;
      } else if (hostRange != null && range != null) {
        long hostLen = hostRange[1] - hostRange[0];
        long containerLen = range[1] - range[0];
        if (containerLen != 0 && hostLen != containerLen) {
          errors.add(
              "host range "
                  + hostRange[0]
                  + "-"
                  + hostRange[1]
                  + " and container range "
                  + range[0]
                  + "-"
                  + range[1]
                  + " differ in length");
        }
      }
    }
    return new Parsed(hostIp, spans, protocol, hasHost, errors);
  }

  /** True for a dotted-quad IPv4 address ({@code 127.0.0.1}). */
  static boolean isIpv4(String text) {
    String[] octets = text.split("\\.", -1);
    if (octets.length != 4) {
      return false;
    }
    for (String o : octets) {
      if (o.isEmpty() || o.length() > 3 || !PortNumbers.isDigits(o) || Integer.parseInt(o) > 255) {
        return false;
      }
    }
    return true;
  }

  private static long[] range(
      String t, int from, int to, boolean host, List<Span> spans, List<String> errors) {
    int dash = spans(t, from, to, host, spans);
    if (dash < 0) {
      Long v = PortNumbers.parseInteger(t.substring(from, to));
      return v == null ? null : new long[] {v, v};
    }
    Long a = PortNumbers.parseInteger(t.substring(from, dash));
    Long b = PortNumbers.parseInteger(t.substring(dash + 1, to));
    if (a == null || b == null) {
      return null;
    }
    if (b < a) {
      errors.add("range " + a + "-" + b + " ends before it starts");
      return null;
    }
    return new long[] {a, b};
  }
}
