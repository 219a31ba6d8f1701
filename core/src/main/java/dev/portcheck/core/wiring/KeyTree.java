package dev.portcheck.core.wiring;

import dev.portcheck.core.entries.LocatedEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The located entries of one object rebuilt as a tree of path segments, so extractors walk {@code
 * spec → template → spec → containers → [0]} instead of matching key strings. Built in one pass
 * over the entries.
 */
final class KeyTree {
  /** Null until the first child: most nodes are leaves, which need no map. */
  private Map<String, KeyTree> children;

  private LocatedEntry entry;

  /** The child {@link #child} returned last, and its name. */
  private String lastName;

  private KeyTree lastChild;

  /**
   * A tree of {@code entries}, each keyed by its path after {@code prefix}, which every one of them
   * starts with (an object's entries, as {@link KubernetesObjects} gathers them).
   */
  static KeyTree of(List<LocatedEntry> entries, String prefix) {
    KeyTree root = new KeyTree();
    int from = prefix.length();
    for (LocatedEntry e : entries) {
      // No test per entry: a branch that only a List's items take, late in a run, would cost the
      // JIT a recompilation of the scan that inlines it.
      root.put(e.key(), from, e);
    }
    return root;
  }

  /** Puts {@code e} at the path that {@code key} spells from index {@code from} on. */
  private void put(String key, int from, LocatedEntry e) {
    KeyTree node = this;
    int i = from;
    int n = key.length();
    while (i < n) {
      char c = key.charAt(i);
      if (c == '.') {
        i++;
      } else if (c == '[' && i + 1 < n && key.charAt(i + 1) == '"') {
        int close = key.indexOf("\"]", i + 2);
        close = close < 0 ? n : close;
        node = node.child(key, i + 2, close);
        i = Math.min(n, close + 2);
      } else if (c == '[') {
        int close = key.indexOf(']', i);
        int end = close < 0 ? n : close + 1;
        node = node.child(key, i, end);
        i = end;
      } else {
        int end = i;
        while (end < n && key.charAt(end) != '.' && key.charAt(end) != '[') {
          end++;
        }
        node = node.child(key, i, end);
        i = end;
      }
    }
    node.entry = e;
  }

  /**
   * The child named by {@code key} from {@code start} to {@code end}. Entries come in text order,
   * so siblings follow each other: the child used last is checked first, without a substring.
   */
  private KeyTree child(String key, int start, int end) {
    int length = end - start;
    if (lastName != null
        && lastName.length() == length
        && key.regionMatches(start, lastName, 0, length)) {
      return lastChild;
    }
    String segment = key.substring(start, end);
    if (children == null) {
      children = new LinkedHashMap<>(4);
    }
    KeyTree c = children.get(segment);
    if (c == null) {
      c = new KeyTree();
      children.put(segment, c);
    }
    lastName = segment;
    lastChild = c;
    return c;
  }

  /** A key path split into segments: names, and list indexes written {@code [i]}. */
  static List<String> segments(String key) {
    KeyTree probe = new KeyTree();
    probe.put(key, 0, null);
    List<String> out = new ArrayList<>();
    for (KeyTree node = probe; node.children != null; ) {
      Map.Entry<String, KeyTree> only = node.children.entrySet().iterator().next();
      out.add(only.getKey());
      node = only.getValue();
    }
    return out;
  }

  /** The node at {@code path}, or an empty node. */
  KeyTree at(String... path) {
    KeyTree node = this;
    for (String s : path) {
      KeyTree next = node.children == null ? null : node.children.get(s);
      if (next == null) {
        return EMPTY;
      }
      node = next;
    }
    return node;
  }

  boolean exists() {
    return this != EMPTY;
  }

  /** The entry written at this node, or null for a collection or a missing node. */
  LocatedEntry entry() {
    return entry;
  }

  /** The value at {@code path}, or null. */
  String value(String... path) {
    LocatedEntry e = at(path).entry;
    return e == null ? null : e.value();
  }

  /** The list items below this node, in order. */
  List<KeyTree> items() {
    List<KeyTree> out = new ArrayList<>();
    if (children == null) {
      return out;
    }
    children.forEach(
        (k, v) -> {
          if (k.startsWith("[")) {
            out.add(v);
          }
        });
    return out;
  }

  /** The named children, in order. */
  Map<String, KeyTree> fields() {
    Map<String, KeyTree> out = new LinkedHashMap<>();
    if (children == null) {
      return out;
    }
    children.forEach(
        (k, v) -> {
          if (!k.startsWith("[")) {
            out.put(k, v);
          }
        });
    return out;
  }

  /** Every entry at or below this node. */
  void collect(List<LocatedEntry> into) {
    if (entry != null) {
      into.add(entry);
    }
    if (children != null) {
      children.values().forEach(c -> c.collect(into));
    }
  }

  /** True when a value at or below this node is a template expression. */
  boolean anyTemplated() {
    if (entry != null && templated(entry.value())) {
      return true;
    }
    return children != null && children.values().stream().anyMatch(KeyTree::anyTemplated);
  }

  static boolean templated(String value) {
    return value.contains("{{") || value.contains("{%");
  }

  private static final KeyTree EMPTY = new KeyTree();
}
