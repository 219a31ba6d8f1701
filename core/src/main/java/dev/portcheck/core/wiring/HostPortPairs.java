package dev.portcheck.core.wiring;

import dev.portcheck.core.candidates.PortNumbers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Addresses written as two settings: a host and a port whose names share a stem ({@code
 * ORDER_QUEUE_HOSTNAME} + {@code ORDER_QUEUE_PORT}, {@code quarkus.grpc.clients.locations.host} +
 * {@code .port}, {@code spring.data.mongodb.host} + {@code .port}, a Secret's {@code host} + {@code
 * port}). Each pair becomes one setting {@code host:port}, located at the port (the half that is
 * judged), named after both keys, so the client rules read it like any other address.
 */
public final class HostPortPairs {
  private static final Set<String> HOST_WORDS =
      Set.of("host", "hostname", "server", "addr", "address");

  private HostPortPairs() {}

  /** Between a pair's host and port names: {@code DB_HOST + DB_PORT}. */
  private static final String PAIR = " + ";

  /** True for the setting {@link #join} makes of a host and a port variable: an address dialled. */
  static boolean isPair(Setting s) {
    return s.name().contains(PAIR);
  }

  /** The pairs among {@code settings}, in the order of their port settings. */
  public static List<Setting> join(List<Setting> settings) {
    Map<String, Setting> hosts = new HashMap<>();
    for (Setting s : settings) {
      List<String> words = stemmed(words(s.name()), "host");
      if (!words.isEmpty()
          && HOST_WORDS.contains(words.get(words.size() - 1))
          && (isHost(s.value()) || isPlaceholder(s.value()))) {
        hosts.putIfAbsent(String.join("_", words.subList(0, words.size() - 1)), s);
      }
    }
    if (hosts.isEmpty()) {
      return List.of();
    }
    List<Setting> pairs = new ArrayList<>();
    for (Setting s : settings) {
      List<String> words = stemmed(words(s.name()), "port");
      if (words.isEmpty()
          || !words.get(words.size() - 1).equals("port")
          || !(isPort(s.value()) || isPlaceholder(s.value()))) {
        continue;
      }
      Setting host = hosts.get(String.join("_", words.subList(0, words.size() - 1)));
      if (host != null) {
        pairs.add(
            new Setting(
                host.name() + PAIR + s.name(),
                host.value().trim() + ":" + s.value().trim(),
                s.loc()));
      }
    }
    return pairs;
  }

  /** Lower-case words of a key: split at '.', '_', '-' and lower-to-upper case changes. */
  static List<String> words(String key) {
    List<String> out = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      boolean separator = c == '.' || c == '_' || c == '-' || c == '[' || c == ']' || c == '"';
      boolean camel = Character.isUpperCase(c) && i > 0 && Character.isLowerCase(key.charAt(i - 1));
      if ((separator || camel) && word.length() > 0) {
        out.add(word.toString().toLowerCase(Locale.ROOT));
        word.setLength(0);
      }
      if (!separator) {
        word.append(c);
      }
    }
    if (word.length() > 0) {
      out.add(word.toString().toLowerCase(Locale.ROOT));
    }
    return out;
  }

  private static boolean isPort(String value) {
    return PortNumbers.port(value) > 0;
  }

  /**
   * The words with a last word that runs its stem into {@code suffix} split ({@code dbhost} of
   * {@code PAPERLESS_DBHOST} as {@code db}, {@code host}).
   */
  private static List<String> stemmed(List<String> words, String suffix) {
    if (words.isEmpty()) {
      return words;
    }
    String last = words.get(words.size() - 1);
    if (last.length() <= suffix.length() + 1 || !last.endsWith(suffix)) {
      return words;
    }
    List<String> out = new ArrayList<>(words.subList(0, words.size() - 1));
    out.add(last.substring(0, last.length() - suffix.length()));
    out.add(suffix);
    return out;
  }

  /**
   * One whole placeholder ({@code ${REDIS_HOST:-redis}}, {@code $REDIS_PORT}): its value comes when
   * the pair is interpolated as the rest of the file is.
   */
  private static boolean isPlaceholder(String value) {
    String v = value.trim();
    if (v.startsWith("${")) {
      return v.indexOf('}') == v.length() - 1 && v.indexOf("${", 1) < 0;
    }
    return v.matches("\\$[A-Za-z_][A-Za-z0-9_]*");
  }

  /** A DNS name as Kubernetes and compose write them: no scheme, port, variable or template. */
  private static boolean isHost(String value) {
    if (TemplateText.isHostText(value)) {
      return true; // a chart's template text, compared as the same text of the same chart
    }
    String v = value.trim();
    if (v.isEmpty() || !Character.isLetter(v.charAt(0))) {
      return false;
    }
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (!(Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_') || c > 127) {
        return false;
      }
    }
    return true;
  }
}
