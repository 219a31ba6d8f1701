package dev.portcheck.core.entries;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.Mark;

/**
 * One open collection of the YAML walk: its path, what comes next in it (a key or a value of a
 * mapping, the index of a sequence's next item) and the keys a mapping has had so far, for telling
 * a duplicate key. The walker keeps one per depth and resets it for each collection opened there.
 */
final class YamlFrame {
  String path;
  boolean isMapping;
  boolean expectingKey = true;
  boolean complexKey;
  String currentKey;
  int index;
  // Most mappings hold a handful of keys: a linear scan beats a hash map until it grows.
  String[] keys;
  int[] keyLineNumbers;
  int keyCount;
  Map<String, Integer> keyLines;
  // The entries a merge key (<<: *base) replayed into this mapping, [mergeStart, mergeEnd), or -1.
  int mergeStart = -1;
  int mergeEnd;

  /** Makes this frame a newly opened collection; the key table is kept, emptied. */
  void reset(String path, boolean isMapping) {
    this.path = path;
    this.isMapping = isMapping;
    expectingKey = true;
    complexKey = false;
    currentKey = null;
    index = 0;
    keyCount = 0;
    keyLines = null;
    mergeStart = -1;
  }

  /** The keys the mapping writes itself, as path segments, a merge key left out. */
  java.util.Set<String> ownSegments() {
    java.util.Set<String> out = new java.util.HashSet<>();
    if (keyLines != null) {
      keyLines.keySet().forEach(k -> out.add(YamlTreeWalker.segment(k)));
    } else {
      for (int i = 0; i < keyCount; i++) {
        out.add(YamlTreeWalker.segment(keys[i]));
      }
    }
    out.remove("<<");
    return out;
  }

  void acceptKey(String key, Mark mark, List<ReadProblem> problems) {
    Integer firstLine = remember(key, mark.getLine() + 1);
    if (firstLine != null) {
      problems.add(
          new ReadProblem(
              ReadProblem.Kind.DUPLICATE_KEY,
              mark.getLine() + 1,
              mark.getColumn() + 1,
              "duplicate key '"
                  + key
                  + "' (first on line "
                  + firstLine
                  + "); the later value wins"));
    }
    currentKey = key;
    expectingKey = false;
  }

  /** Records the key's line; returns the line it was first seen on when it is a repeat. */
  private Integer remember(String key, int line) {
    if (keyLines != null) {
      return keyLines.putIfAbsent(key, line);
    }
    if (keys == null) {
      keys = new String[8];
      keyLineNumbers = new int[8];
    }
    for (int i = 0; i < keyCount; i++) {
      if (keys[i].equals(key)) {
        return keyLineNumbers[i];
      }
    }
    if (keyCount < keys.length) {
      keys[keyCount] = key;
      keyLineNumbers[keyCount++] = line;
      return null;
    }
    keyLines = new HashMap<>();
    for (int i = 0; i < keyCount; i++) {
      keyLines.put(keys[i], keyLineNumbers[i]);
    }
    keys = null;
    keyLineNumbers = null;
    return keyLines.putIfAbsent(key, line);
  }
}
