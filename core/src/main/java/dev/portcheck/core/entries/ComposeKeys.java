package dev.portcheck.core.entries;

/**
 * The keys of a compose file's services, as the YAML reader writes them: {@code
 * services.web.ports[0]}, or {@code services["podcast.api"].ports[0]} for a service whose name
 * holds a dot, which compose allows. Every reader of compose keys finds the service here, so a
 * dotted name is a service like any other.
 */
public final class ComposeKeys {
  private ComposeKeys() {}

  private static final String SERVICES = "services";

  /** A pattern of the {@code services.<name>} part of a key, for patterns of whole keys. */
  public static final String SERVICE_PATTERN = "services(?:\\.[^.\\[]+|\\[\"[^\"]+\"])";

  /** Whether {@code key} is under a service of {@code services}. */
  public static boolean isServiceKey(String key) {
    return serviceEnd(key) > 0;
  }

  /**
   * Where the service's segment of {@code key} ends ({@code services.web.ports[0]} → after {@code
   * web}), or -1 when the key is under no service. Runs for every compose key, so no pattern.
   */
  public static int serviceEnd(String key) {
    if (!key.startsWith(SERVICES) || key.length() <= SERVICES.length() + 1) {
      return -1;
    }
    int from = SERVICES.length();
    if (key.charAt(from) == '.') {
      int end = from + 1;
      while (end < key.length() && key.charAt(end) != '.' && key.charAt(end) != '[') {
        end++;
      }
      return end > from + 1 ? end : -1;
    }
    if (key.startsWith("[\"", from)) {
      int close = key.indexOf("\"]", from + 2);
      return close > from + 2 ? close + 2 : -1;
    }
    return -1;
  }

  /** The name of the service {@code key} is under, unquoted; null when it is under none. */
  public static String service(String key) {
    int end = serviceEnd(key);
    if (end < 0) {
      return null;
    }
    return key.charAt(SERVICES.length()) == '.'
        ? key.substring(SERVICES.length() + 1, end)
        : key.substring(SERVICES.length() + 2, end - 2);
  }

  /**
   * The key of a service's field: {@code services.web.command}, {@code services["a.b"].command}.
   */
  public static String of(String service, String field) {
    return SERVICES + under(YamlTreeWalker.segment(service)) + (field.isEmpty() ? "" : "." + field);
  }

  /**
   * A relative key moved under {@code services}: {@code web.ports[0]}, {@code ["a.b"].ports[0]}.
   */
  public static String underServices(String relative) {
    return SERVICES + under(relative);
  }

  private static String under(String relative) {
    return relative.startsWith("[") ? relative : "." + relative;
  }
}
