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
