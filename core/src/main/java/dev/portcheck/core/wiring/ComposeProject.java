package dev.portcheck.core.wiring;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The compose files of one folder that compose runs together.
 *
 * @param name "" for the folder's default project, otherwise the alternative file that forms it
 * @param env the {@code .env} beside them, for interpolation
 * @param defined where each {@code .env} variable is defined
 * @param services each service's definitions, one per file that defines it
 */
public record ComposeProject(
    String folder,
    String name,
    Map<String, String> env,
    Map<String, Loc> defined,
    Map<String, List<ComposeService>> services) {

  /**
   * Where the {@code .env} variables {@code value} uses are defined: {@code " (.env:11)"}, or
   * nothing when it uses none of them. A message shows the use and links the definition.
   */
  public String definitionsOf(String value) {
    StringBuilder out = new StringBuilder();
    definedIn(value)
        .forEach(
            (name, loc) ->
                out.append(out.length() == 0 ? " (" : ", ")
                    .append(name)
                    .append(" at ")
                    .append(loc));
    return out.length() == 0 ? "" : out.append(')').toString();
  }

  /** The {@code .env} variables {@code value} uses, by name, with where each is defined. */
  public Map<String, Loc> definedIn(String value) {
    if (value.indexOf('$') < 0) {
      return Map.of();
    }
    Map<String, Loc> out = new TreeMap<>();
    defined.forEach(
        (name, loc) -> {
          if (value.contains("${" + name + "}")
              || value.contains("${" + name + ":")
              || value.contains("${" + name + "-")
              || usesBare(value, name)) {
            out.put(name, loc);
          }
        });
    return out;
  }

  /** The folder and, for an alternative project, its file: unique among the projects. */
  public String id() {
    return name.isEmpty() ? folder : folder + "#" + name;
  }

  /** {@code value} interpolated; empty when a variable has neither a value nor a default. */
  public Optional<String> interpolate(String value) {
    return ComposeModel.interpolate(value, env);
  }

  /** What an image reference's tag is when a variable without value writes it. */
  public static final String UNKNOWN_TAG = "*";

  /**
   * The image reference {@code image} names once interpolated; where only its tag is left unknown
   * ({@code redpanda:v${REDPANDA_VERSION:?}} without the variable), the repository with the tag
   * {@link #UNKNOWN_TAG}: which software runs does not depend on its version.
   */
  public Optional<String> interpolateImage(String image) {
    Optional<String> whole = interpolate(image);
    if (whole.isPresent()) {
      return whole;
    }
    int separator = tagSeparator(image);
    return separator < 0
        ? Optional.empty()
        : interpolate(image.substring(0, separator)).map(r -> r + ":" + UNKNOWN_TAG);
  }

  /** The image reference without its tag ({@code redpanda} of {@code redpanda:v${VERSION}}). */
  static String withoutTag(String image) {
    int separator = tagSeparator(image);
    return separator < 0 ? image : image.substring(0, separator);
  }

  /** The colon that starts the tag, outside any {@code ${...}}; -1 when there is none. */
  private static int tagSeparator(String image) {
    int depth = 0;
    int colon = -1;
    for (int i = 0; i < image.length(); i++) {
      char c = image.charAt(i);
      if (c == '$' && i + 1 < image.length() && image.charAt(i + 1) == '{') {
        depth++;
        i++;
      } else if (c == '}' && depth > 0) {
        depth--;
      } else if (depth == 0 && c == '/') {
        colon = -1;
      } else if (depth == 0 && c == ':' && colon < 0) {
        colon = i;
      } else if (depth == 0 && c == '@') {
        return -1;
      }
    }
    return colon;
  }

  /** The service a host name means in this project: a service name or one of its aliases. */
  public Optional<String> serviceFor(String host) {
    if (services.containsKey(host)) {
      return Optional.of(host);
    }
    for (Map.Entry<String, List<ComposeService>> e : services.entrySet()) {
      for (ComposeService s : e.getValue()) {
        if (s.aliases().contains(host)) {
          return Optional.of(e.getKey());
        }
      }
    }
    return Optional.empty();
  }

  /** {@code $NAME} unbraced, not as the start of a longer name ({@code $NAME_2}). */
  private static boolean usesBare(String value, String name) {
    String use = "$" + name;
    for (int at = value.indexOf(use); at >= 0; at = value.indexOf(use, at + 1)) {
      int after = at + use.length();
      if (after == value.length()
          || !(Character.isLetterOrDigit(value.charAt(after)) || value.charAt(after) == '_')) {
        return true;
      }
    }
    return false;
  }
}
