package dev.portcheck.core.wiring;

import dev.portcheck.core.candidates.KeyClassifier;
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
 * document 0), a new object wherever a top-level {@code apiVersion} or {@code kind} repeats.
 */
final class KubernetesObjects {
  private KubernetesObjects() {}

  /** The objects are read in entry order; this is where one object's entries gather. */
  private record Group(int document, String prefix, int generation) {}

  /** Each object's entries, keyed from the object's root. */
  static List<KeyTree> split(List<LocatedEntry> entries) {
    Set<Integer> listDocuments = new HashSet<>();
    for (LocatedEntry e : entries) {
      if (e.key().equals("kind") && e.value().endsWith("List")) {
        listDocuments.add(e.document());
      }
    }
    Map<Group, List<LocatedEntry>> groups = new LinkedHashMap<>();
    Map<Group, Integer> generation = new HashMap<>(); // keyed by generation 0 of a base
    Map<Group, List<String>> seenTop = new HashMap<>();
    // Entries come in text order, so an object's entries mostly follow each other: the group is
    // looked up again only when the document or list item changes.
    Group base = null;
    Group current = null;
    List<LocatedEntry> into = null;
    for (LocatedEntry e : entries) {
      String key = e.key();
      String prefix = listDocuments.contains(e.document()) ? itemPrefix(key) : "";
      if (base == null || base.document() != e.document() || !base.prefix().equals(prefix)) {
        base = new Group(e.document(), prefix, 0);
      }
      int relStart = prefix.length();
      boolean top =
          key.length() - relStart == 10 && key.startsWith("apiVersion", relStart)
              || key.length() - relStart == 4 && key.startsWith("kind", relStart);
      if (top) {
        String rel = key.substring(relStart);
        List<String> seen = seenTop.computeIfAbsent(base, k -> new ArrayList<>());
        if (seen.contains(rel)) {
          generation.merge(base, 1, Integer::sum);
          seen.clear();
        }
        seen.add(rel);
      }
      int g = generation.getOrDefault(base, 0);
      if (current == null
          || current.document() != e.document()
          || current.generation() != g
          || !current.prefix().equals(prefix)) {
        current = new Group(e.document(), prefix, g);
        into = groups.computeIfAbsent(current, k -> new ArrayList<>());
      }
      into.add(e);
    }
    List<KeyTree> objects = new ArrayList<>();
    groups.forEach(
        (group, list) -> {
          KeyTree tree = KeyTree.of(list, group.prefix());
          if (tree.value("kind") != null && tree.value("apiVersion") != null) {
            objects.add(tree);
          }
        });
    return objects;
  }

  /** {@code items[3].} for a key of a {@code kind: List} item, else empty. */
  private static String itemPrefix(String key) {
    int end = KeyClassifier.listItemEnd(key);
    return end > 0 && end < key.length() && key.charAt(end) == '.' ? key.substring(0, end + 1) : "";
  }
}
