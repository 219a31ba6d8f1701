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
  private final Map<String, KeyTree> children = new LinkedHashMap<>();
  private LocatedEntry entry;

  /** A tree of {@code entries}, each keyed by its path after {@code prefix}. */
  static KeyTree of(List<LocatedEntry> entries, String prefix) {
    KeyTree root = new KeyTree();
    for (LocatedEntry e : entries) {
      if (e.key().startsWith(prefix)) {
        root.put(segments(e.key().substring(prefix.length())), e);
      }
    }
    return root;
  }

  private void put(List<String> path, LocatedEntry e) {
    KeyTree node = this;
    for (String s : path) {
      node = node.children.computeIfAbsent(s, k -> new KeyTree());
    }
    node.entry = e;
  }

  /** A key path split into segments: names, and list indexes written {@code [i]}. */
  static List<String> segments(String key) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = key.length();
    StringBuilder name = new StringBuilder();
    while (i < n) {
      char c = key.charAt(i);
      if (c == '[') {
        flush(name, out);
        if (i + 1 < n && key.charAt(i + 1) == '"') {
          int close = key.indexOf("\"]", i + 2);
          close = close < 0 ? n : close;
          out.add(key.substring(i + 2, close));
          i = close + 2;
        } else {
          int close = key.indexOf(']', i);
          close = close < 0 ? n - 1 : close;
          out.add(key.substring(i, close + 1));
          i = close + 1;
        }
      } else if (c == '.') {
        flush(name, out);
        i++;
      } else {
        name.append(c);
        i++;
      }
    }
    flush(name, out);
    return out;
  }

  private static void flush(StringBuilder name, List<String> out) {
    if (name.length() > 0) {
      out.add(name.toString());
      name.setLength(0);
    }
  }

  /** The node at {@code path}, or an empty node. */
  KeyTree at(String... path) {
    KeyTree node = this;
    for (String s : path) {
      KeyTree next = node.children.get(s);
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
    children.values().forEach(c -> c.collect(into));
  }

  /** True when a value at or below this node is a template expression. */
  boolean anyTemplated() {
    if (entry != null && templated(entry.value())) {
      return true;
    }
    return children.values().stream().anyMatch(KeyTree::anyTemplated);
  }

  static boolean templated(String value) {
    return value.contains("{{") || value.contains("{%");
  }

  private static final KeyTree EMPTY = new KeyTree();
}
