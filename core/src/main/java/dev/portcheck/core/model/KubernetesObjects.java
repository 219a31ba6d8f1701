package dev.portcheck.core.model;

import dev.portcheck.core.entries.LocatedEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits a file's entries into its Kubernetes objects: one per YAML document, one per item of a
 * {@code kind: List}, and, in a Helm template read line by line (where every document lands in
 * document 0), a new object wherever a top-level {@code apiVersion} or {@code kind} repeats, unless
 * it repeats right after itself (the branches of an {@code if}/{@code else}). The one splitter: the
 * port candidates and the wiring facts see the same objects.
 */
public final class KubernetesObjects {
  private KubernetesObjects() {}

  /**
   * One object's entries, in text order.
   *
   * @param document the YAML document the entries are in
   * @param prefix what every key of the object starts with: {@code items[3].} for an item of a
   *     {@code kind: List}, else empty
   * @param kind the object's {@code kind} as written, null when it has none
   * @param hasApiVersion whether it writes an {@code apiVersion}
   */
  public record KubernetesObject(
      int document, String prefix, String kind, boolean hasApiVersion, List<LocatedEntry> entries) {
    /** An object the API would take: it says its kind and API version. */
    public boolean isObject() {
      return kind != null && hasApiVersion;
    }
  }

  /** The objects are read in entry order; this is where one object's entries gather. */
  private record Group(int document, String prefix, int generation) {}

  /** What one group has gathered so far. */
  private static final class Gathered {
    final List<LocatedEntry> entries = new ArrayList<>();
    String kind;
    boolean apiVersion;
  }

  /**
   * Every group of entries, objects or not (a document without {@code kind} is a group too, as its
   * containers still say what listens); {@link KubernetesObject#isObject} tells the objects.
   */
  public static List<KubernetesObject> split(List<LocatedEntry> entries) {
    Set<Integer> listDocuments = new HashSet<>();
    for (LocatedEntry e : entries) {
      if (e.key().equals("kind") && e.value().endsWith("List")) {
        listDocuments.add(e.document());
      }
    }
    Map<Group, Gathered> groups = new LinkedHashMap<>();
    Map<Group, Integer> generation = new HashMap<>(); // keyed by generation 0 of a base
    Map<Group, List<String>> seenTop = new HashMap<>();
    // Entries come in text order, so an object's entries mostly follow each other: the group is
    // looked up again only when the document or list item changes.
    Group base = null;
    Group current = null;
    Gathered into = null;
    LocatedEntry previous = null;
    for (LocatedEntry e : entries) {
      String key = e.key();
      String prefix = listDocuments.contains(e.document()) ? itemPrefix(key) : "";
      if (base == null || base.document() != e.document() || !base.prefix().equals(prefix)) {
        base = new Group(e.document(), prefix, 0);
      }
      int relStart = prefix.length();
      boolean apiVersion = key.length() - relStart == 10 && key.startsWith("apiVersion", relStart);
      boolean kind = key.length() - relStart == 4 && key.startsWith("kind", relStart);
      if (apiVersion || kind) {
        String rel = key.substring(relStart);
        List<String> seen = seenTop.computeIfAbsent(base, k -> new ArrayList<>());
        // The same key twice in a row is a template's if/else choosing one value ({{ if }} kind:
        // StatefulSet {{ else }} kind: Deployment {{ end }}), not a second object.
        boolean alternative =
            previous != null && previous.document() == e.document() && previous.key().equals(key);
        if (seen.contains(rel) && !alternative) {
          generation.merge(base, 1, Integer::sum);
          seen.clear();
        }
        seen.add(rel);
      }
      previous = e;
      int g = generation.getOrDefault(base, 0);
      if (current == null
          || current.document() != e.document()
          || current.generation() != g
          || !current.prefix().equals(prefix)) {
        current = new Group(e.document(), prefix, g);
        into = groups.computeIfAbsent(current, k -> new Gathered());
      }
      into.entries.add(e);
      if (kind) {
        into.kind = e.value(); // the last written wins, as for any key read twice
      }
      into.apiVersion |= apiVersion;
    }
    List<KubernetesObject> objects = new ArrayList<>(groups.size());
    groups.forEach(
        (group, g) ->
            objects.add(
                new KubernetesObject(
                    group.document(), group.prefix(), g.kind, g.apiVersion, g.entries)));
    return objects;
  }

  /** {@code items[3].} for a key of a {@code kind: List} item, else empty. */
  private static String itemPrefix(String key) {
    int end = listItemEnd(key);
    return end > 0 && end < key.length() && key.charAt(end) == '.' ? key.substring(0, end + 1) : "";
  }

  /**
   * Where the item of a {@code kind: List} that holds {@code key} ends: after {@code items[3]}, or
   * -1 for a key of a plain document.
   */
  public static int listItemEnd(String key) {
    if (!key.startsWith("items[")) {
      return -1;
    }
    int close = key.indexOf(']', 6);
    if (close < 7) {
      return -1;
    }
    for (int i = 6; i < close; i++) {
      if (!Character.isDigit(key.charAt(i))) {
        return -1;
      }
    }
    return close + 1;
  }
}
