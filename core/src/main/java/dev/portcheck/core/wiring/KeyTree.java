package dev.portcheck.core.wiring;

import dev.portcheck.core.candidates.TemplateMask;
import dev.portcheck.core.entries.LocatedEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The located entries of one object rebuilt as a tree of path segments, so extractors walk {@code
 * spec → template → spec → containers → [0]} instead of matching key strings. Built in one pass
 * over the entries.
 */
final class KeyTree {
  // Children in insertion order, in two parallel arrays: most nodes hold a handful, which a
  // linear scan of lengths and characters finds faster than a hash map, with no substring
  // allocated for a child that already exists. Null until the first child: most nodes are leaves.
  private String[] names;

  private KeyTree[] nodes;

  private int size;

  /** Positions by name, once a node has more children than a scan should pass (a long list). */
  private Map<String, Integer> index;

  private LocatedEntry entry;

  /** Where the child {@link #child} returned last sits: siblings follow each other in text. */
  private int last;

  /**
   * A tree of {@code entries}, each keyed by its path after {@code prefix}, which every one of them
   * starts with (an object's entries, as {@link dev.portcheck.core.model.KubernetesObjects} gathers
   * them).
   */
  static KeyTree of(List<LocatedEntry> entries, String prefix) {
    KeyTree root = new KeyTree();
    KeyTreeCursor cursor = new KeyTreeCursor(root, prefix.length());
    for (LocatedEntry e : entries) {
      // No test per entry: a branch that only a List's items take, late in a run, would cost the
      // JIT a recompilation of the scan that inlines it.
      cursor.put(e);
    }
    return root;
  }

  void setEntry(LocatedEntry e) {
    entry = e;
  }

  /**
   * The child named by {@code key} from {@code start} to {@code end}. Entries come in text order,
   * so siblings follow each other: the child used last is checked first.
   */
  KeyTree child(String key, int start, int end) {
    int length = end - start;
    if (size > 0 && matches(names[last], key, start, length)) {
      return nodes[last];
    }
    if (index != null) {
      Integer at = index.get(key.substring(start, end));
      if (at != null) {
        last = at;
        return nodes[last];
      }
    } else {
      for (int i = size - 1; i >= 0; i--) {
        if (matches(names[i], key, start, length)) {
          last = i;
          return nodes[i];
        }
      }
    }
    if (names == null) {
      names = new String[4];
      nodes = new KeyTree[4];
    } else if (size == names.length) {
      names = Arrays.copyOf(names, size * 2);
      nodes = Arrays.copyOf(nodes, size * 2);
    }
    KeyTree c = new KeyTree();
    names[size] = key.substring(start, end);
    nodes[size] = c;
    last = size++;
    if (index != null) {
      index.put(names[last], last);
    } else if (size > SCAN_LIMIT) {
      index = new HashMap<>();
      for (int i = 0; i < size; i++) {
        index.putIfAbsent(names[i], i);
      }
    }
    return c;
  }

  private static boolean matches(String name, String key, int start, int length) {
    return name.length() == length && key.regionMatches(start, name, 0, length);
  }

  /** The child of that name, or null. */
  private KeyTree named(String name) {
    if (index != null) {
      Integer at = index.get(name);
      return at == null ? null : nodes[at];
    }
    for (int i = 0; i < size; i++) {
      if (names[i].equals(name)) {
        return nodes[i];
      }
    }
    return null;
  }

  /** A key path split into segments: names, and list indexes written {@code [i]}. */
  static List<String> segments(String key) {
    KeyTree probe = new KeyTree();
    new KeyTreeCursor(probe, 0).put(LocatedEntry.simple(key, "", 1, 1, 0));
    List<String> out = new ArrayList<>();
    for (KeyTree node = probe; node.size > 0; node = node.nodes[0]) {
      out.add(node.names[0]);
    }
    return out;
  }

  /** The node at {@code path}, or an empty node. */
  KeyTree at(String... path) {
    KeyTree node = this;
    for (String s : path) {
      KeyTree next = node.named(s);
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
    List<KeyTree> out = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      if (names[i].startsWith("[")) {
        out.add(nodes[i]);
      }
    }
    return out;
  }

  /** The named children, in order. */
  Map<String, KeyTree> fields() {
    Map<String, KeyTree> out = new LinkedHashMap<>();
    for (int i = 0; i < size; i++) {
      if (!names[i].startsWith("[")) {
        out.put(names[i], nodes[i]);
      }
    }
    return out;
  }

  /** Every entry at or below this node. */
  void collect(List<LocatedEntry> into) {
    if (entry != null) {
      into.add(entry);
    }
    for (int i = 0; i < size; i++) {
      nodes[i].collect(into);
    }
  }

  /** True when a value at or below this node is a template expression. */
  boolean anyTemplated() {
    if (entry != null && TemplateMask.hasTemplate(entry.value())) {
      return true;
    }
    for (int i = 0; i < size; i++) {
      if (nodes[i].anyTemplated()) {
        return true;
      }
    }
    return false;
  }

  private static final int SCAN_LIMIT = 16;

  private static final KeyTree EMPTY = new KeyTree();
}
