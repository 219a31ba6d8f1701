package dev.portcheck.core.entries;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A compose fragment: service definitions written at the top level of a file, without the {@code
 * services:} mapping, which a larger compose file or a script merges in (quarkus-super-heroes keeps
 * one per service under {@code src/main/docker-compose/}). Read as the compose file it becomes: its
 * entries moved under {@code services.}, so {@code '8086:8086'} is a publish and not a port setting
 * that holds no integer.
 *
 * <p>A file counts only when every top-level mapping reads as a service (each child a field compose
 * gives a service) and at least one names an {@code image} or {@code build}: an application's own
 * settings ({@code server.port}) never pass.
 */
public final class ComposeFragment {
  private static final Set<String> SERVICE_FIELDS = ComposeServiceFields.ALL;

  /** Top-level sections of a compose file that are no service. */
  private static final Set<String> TOP_LEVEL =
      Set.of("version", "name", "volumes", "networks", "secrets", "configs");

  private ComposeFragment() {}

  /**
   * The entries of a fragment moved under {@code services.}; any other file's entries as they are.
   */
  public static List<LocatedEntry> asComposeFile(List<LocatedEntry> entries) {
    if (entries.isEmpty() || !isFragment(entries)) {
      return environmentAsMap(entries);
    }
    List<LocatedEntry> moved = new ArrayList<>(entries.size());
    for (LocatedEntry e : entries) {
      String top = topSegment(e.key());
      moved.add(
          TOP_LEVEL.contains(top) || top.startsWith("x-")
              ? e
              : new LocatedEntry(
                  ComposeKeys.underServices(e.key()),
                  e.value(),
                  e.raw(),
                  e.line(),
                  e.column(),
                  e.document(),
                  e.offsets()));
    }
    return environmentAsMap(moved);
  }

  /**
   * A service's {@code environment} list ({@code - PORT=8080}) as the mapping compose reads it into
   * ({@code environment.PORT}, value {@code 8080} located after the {@code =}), so every reader of
   * the file sees one form. Other files come back as they are.
   */
  static List<LocatedEntry> environmentAsMap(List<LocatedEntry> entries) {
    List<LocatedEntry> out = null;
    for (int i = 0; i < entries.size(); i++) {
      LocatedEntry e = entries.get(i);
      LocatedEntry mapped = ComposeKeys.isServiceKey(e.key()) ? mapped(e) : null;
      if (mapped != null && out == null) {
        out = new ArrayList<>(entries.subList(0, i));
      }
      if (out != null) {
        out.add(mapped != null ? mapped : e);
      }
    }
    return out == null ? entries : out;
  }

  /** The map form of one {@code services.x.environment[i]} item, or null for any other entry. */
  private static LocatedEntry mapped(LocatedEntry e) {
    String key = e.key();
    int list = key.indexOf(".environment[");
    if (list < 0 || !key.endsWith("]") || ComposeKeys.serviceEnd(key) != list) {
      return null;
    }
    String v = e.value();
    int eq = v.indexOf('=');
    if (eq <= 0 || !isVariableName(v, eq)) {
      return null;
    }
    OffsetMap offsets = e.offsets();
    Position at = offsets.positionOf(eq + 1);
    String value = v.substring(eq + 1);
    // A name with dots (server.port=9000, which Spring reads as is) is one key, as in the map form.
    String name = YamlTreeWalker.segment(v.substring(0, eq));
    return new LocatedEntry(
        key.substring(0, list) + ".environment" + (name.startsWith("[") ? name : "." + name),
        value,
        value,
        at.line(),
        at.column(),
        e.document(),
        o -> offsets.positionOf(o + eq + 1));
  }

  private static boolean isVariableName(String v, int end) {
    for (int i = 0; i < end; i++) {
      char c = v.charAt(i);
      boolean letter = Character.isLetter(c) || c == '_';
      if (!(letter || (i > 0 && (Character.isDigit(c) || c == '.' || c == '-')))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isFragment(List<LocatedEntry> entries) {
    Map<String, Boolean> servicesWithImage = new HashMap<>();
    for (LocatedEntry e : entries) {
      String key = e.key();
      if (e.document() != 0) {
        return false;
      }
      String top = topSegment(key);
      if (top.equals("services") || TOP_LEVEL.contains(top) || top.startsWith("x-")) {
        if (top.equals("services")) {
          return false; // a whole compose file: read as it is
        }
        continue;
      }
      if (top.length() == key.length()) {
        return false; // a top-level scalar: no service definition
      }
      String field = topSegment(key.substring(top.length() + 1));
      if (!SERVICE_FIELDS.contains(field)) {
        return false;
      }
      // compose's image is a string; a Helm values file's image is a map (repository, tag)
      String rest = key.substring(top.length() + 1);
      boolean image = rest.equals("image") || field.equals("build");
      if (field.equals("image") && !rest.equals("image")) {
        return false;
      }
      servicesWithImage.merge(top, image, Boolean::logicalOr);
    }
    return servicesWithImage.containsValue(Boolean.TRUE);
  }

  /** The first segment of a dotted key: up to the first '.' or '['. */
  private static String topSegment(String key) {
    if (key.startsWith("[\"")) {
      // a name holding a dot, quoted by the reader: ["podcast.api"].ports[0]
      int close = key.indexOf("\"]");
      return close < 0 ? key : key.substring(0, close + 2);
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c == '.' || c == '[') {
        return key.substring(0, i);
      }
    }
    return key;
  }
}
