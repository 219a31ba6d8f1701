package dev.portcheck.core.wiring;

import dev.portcheck.core.candidates.PortNumbers;
import dev.portcheck.core.candidates.Protocol;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The connections a healthcheck's tools make without writing {@code host:port}: {@code nc -z
 * localhost 9108}, {@code pg_isready -h db -p 5433}, {@code redis-cli -p 6380 ping} (also {@code
 * valkey-cli}, and inside {@code $( )}), {@code mysqladmin ping -h localhost -P 3307}, bash's
 * {@code /dev/tcp/localhost/9001}. Each becomes a {@code host:port} setting located at its port
 * word; a tool given no host dials {@code localhost}, its own container. Addresses written as
 * {@code host:port} or URLs ({@code curl}, {@code wget}, {@code grpc_health_probe -addr}) are read
 * as any other address.
 */
final class HealthcheckCalls {
  /** Compiled once: {@code String.split} compiles a pattern of this kind on every call. */
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private HealthcheckCalls() {}

  /** The calls in {@code words} (a test's list items, or the words of its shell string). */
  static List<Setting> of(List<ListenFlags.Word> words) {
    List<ListenFlags.Word> split = new ArrayList<>();
    for (ListenFlags.Word w : words) {
      for (String part : SPACES.split(w.text().trim())) {
        if (!part.isEmpty()) {
          split.add(new ListenFlags.Word(part, w.loc()));
        }
      }
    }
    List<Setting> out = new ArrayList<>();
    for (int i = 0; i < split.size(); i++) {
      bashSocket(split.get(i), out);
      String tool = split.get(i).text().toLowerCase(Locale.ROOT);
      // A call inside a command substitution: [ $(redis-cli -p 6380 ping) = 'PONG' ].
      tool = tool.replaceFirst("^(?:\\$+\\(|`)", "");
      tool = tool.substring(tool.lastIndexOf('/') + 1);
      switch (tool) {
        case "nc", "netcat", "ncat" -> netcat(split, i + 1, out);
        case "pg_isready" -> flagged(split, i + 1, "-h", "-p", "--port", out);
        case "redis-cli", "valkey-cli", "keydb-cli" -> flagged(split, i + 1, "-h", "-p", null, out);
        case "mysqladmin" -> flagged(split, i + 1, "-h", "-P", "--port", out);
        default -> {}
      }
    }
    return out;
  }

  /**
   * The ports a healthcheck's {@code words} call on its own container ({@code curl -f
   * http://localhost:8080/health}, {@code nc -z 127.0.0.1 5432}), each located at the word that
   * names it: where the image says it listens.
   */
  static List<DockerImage.Exposed> selfPorts(List<ListenFlags.Word> words) {
    List<Setting> calls = new ArrayList<>(of(words));
    words.forEach(w -> calls.add(new Setting("HEALTHCHECK", w.text(), w.loc())));
    List<DockerImage.Exposed> out = new ArrayList<>();
    for (Setting call : calls) {
      for (Address a : Address.in(call.value())) {
        if (ServiceListenEvidence.isLoopback(a.host())
            && out.stream().noneMatch(x -> x.port() == a.port())) {
          out.add(new DockerImage.Exposed(a.port(), Protocol.TCP, call.loc()));
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * bash's own connection, {@code exec 3<>/dev/tcp/127.0.0.1/9001} or {@code >/dev/udp/host/53}:
   * bash opens a socket to the host and port named in the path.
   */
  private static void bashSocket(ListenFlags.Word word, List<Setting> out) {
    String t = word.text();
    int at = t.indexOf("/dev/tcp/");
    if (at < 0) {
      at = t.indexOf("/dev/udp/");
    }
    if (at < 0) {
      return;
    }
    int hostStart = at + "/dev/tcp/".length();
    int slash = t.indexOf('/', hostStart);
    if (slash <= hostStart) {
      return;
    }
    int end = slash + 1;
    while (end < t.length() && Character.isDigit(t.charAt(end))) {
      end++;
    }
    String port = t.substring(slash + 1, end);
    if (PortNumbers.port(port) > 0) {
      add(t.substring(hostStart, slash), new ListenFlags.Word(port, word.loc()), out);
    }
  }

  /** {@code nc [flags] host port}: the first two words that are no flags. */
  private static void netcat(List<ListenFlags.Word> words, int from, List<Setting> out) {
    List<ListenFlags.Word> positional = new ArrayList<>();
    for (int i = from; i < words.size() && positional.size() < 2; i++) {
      String t = words.get(i).text();
      if (isEnd(t)) {
        break;
      }
      if (t.equals("-w") || t.equals("-i") || t.equals("-q")) {
        i++; // a flag with a value
      } else if (!t.startsWith("-")) {
        positional.add(words.get(i));
      }
    }
    if (positional.size() == 2 && PortNumbers.port(positional.get(1).text()) > 0) {
      add(positional.get(0).text(), positional.get(1), out);
    }
  }

  /** A tool whose host and port are flags; no host flag means its own container. */
  private static void flagged(
      List<ListenFlags.Word> words,
      int from,
      String hostFlag,
      String portFlag,
      String longPort,
      List<Setting> out) {
    String host = "localhost";
    ListenFlags.Word port = null;
    for (int i = from; i < words.size(); i++) {
      String t = words.get(i).text();
      if (isEnd(t)) {
        break;
      }
      boolean hasNext = i + 1 < words.size();
      if (t.equals(hostFlag) && hasNext) {
        host = words.get(++i).text();
      } else if (t.equals(portFlag) && hasNext) {
        port = words.get(++i);
      } else if (longPort != null && t.startsWith(longPort + "=")) {
        port = new ListenFlags.Word(t.substring(longPort.length() + 1), words.get(i).loc());
      }
    }
    if (port != null && PortNumbers.port(port.text()) > 0) {
      add(host, port, out);
    }
  }

  private static void add(String host, ListenFlags.Word port, List<Setting> out) {
    out.add(new Setting("test", host + ":" + port.text(), port.loc()));
  }

  /** A shell operator ends one tool's words. */
  private static boolean isEnd(String word) {
    return word.equals("||") || word.equals("&&") || word.equals(";") || word.equals("|");
  }
}
