package dev.portcheck.core.wiring;

import dev.portcheck.core.entries.LocatedEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a file's entries into its Kubernetes objects: one per YAML document, one per item of a
 * {@code kind: List}, and, in a Helm template read line by line (where every document lands in
 * document 0), a new object wherever a top-level {@code apiVersion} or {@code kind} repeats.
 */
final class KubernetesObjects {
  private KubernetesObjects() {}

  private static final Pattern ITEM = Pattern.compile("items\\[(\\d+)\\]\\.");

  /** Each object's entries, keyed from the object's root. */
  static List<KeyTree> split(List<LocatedEntry> entries) {
    Map<Integer, Boolean> listDocuments = new LinkedHashMap<>();
    for (LocatedEntry e : entries) {
      if (e.key().equals("kind") && e.value().endsWith("List")) {
        listDocuments.put(e.document(), true);
      }
    }
    Map<String, List<LocatedEntry>> groups = new LinkedHashMap<>();
    Map<String, Integer> generation = new LinkedHashMap<>();
    Map<String, List<String>> seenTop = new LinkedHashMap<>();
    for (LocatedEntry e : entries) {
      String prefix = "";
      if (listDocuments.containsKey(e.document())) {
        Matcher m = ITEM.matcher(e.key());
        if (m.lookingAt()) {
          prefix = m.group();
        }
      }
      String base = e.document() + "|" + prefix;
      String rel = e.key().substring(prefix.length());
      if (rel.equals("apiVersion") || rel.equals("kind")) {
        List<String> seen = seenTop.computeIfAbsent(base, k -> new ArrayList<>());
        if (seen.contains(rel)) {
          generation.merge(base, 1, Integer::sum);
          seen.clear();
        }
        seen.add(rel);
      }
      String group = base + "|" + generation.getOrDefault(base, 0) + "|" + prefix;
      groups.computeIfAbsent(group, k -> new ArrayList<>()).add(e);
    }
    List<KeyTree> objects = new ArrayList<>();
    groups.forEach(
        (group, list) -> {
          String prefix = group.substring(group.lastIndexOf('|') + 1);
          KeyTree tree = KeyTree.of(list, prefix);
          if (tree.value("kind") != null && tree.value("apiVersion") != null) {
            objects.add(tree);
          }
        });
    return objects;
  }
}
