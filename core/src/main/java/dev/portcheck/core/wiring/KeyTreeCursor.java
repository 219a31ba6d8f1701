package dev.portcheck.core.wiring;

import dev.portcheck.core.entries.LocatedEntry;
import java.util.Arrays;

/**
 * Puts entries into a {@link KeyTree} in text order. Consecutive keys mostly share their leading
 * segments ({@code spec.template.spec.containers[0].…}), so each key resumes below the deepest node
 * the key before it reached along the same characters, instead of walking again from the root.
 */
final class KeyTreeCursor {
  private final KeyTree root;
  private final int from;
  private String previous = "";

  /** The nodes the previous key walked through, and where each one's segment ends in that key. */
  private KeyTree[] nodes = new KeyTree[16];

  private int[] ends = new int[16];
  private int depth;

  /** A cursor over {@code root} for keys whose path starts at index {@code from}. */
  KeyTreeCursor(KeyTree root, int from) {
    this.root = root;
    this.from = from;
  }

  /** Puts {@code e} at the path its key spells from the cursor's start on. */
  void put(LocatedEntry e) {
    String key = e.key();
    int common = commonPrefix(previous, key);
    int d = depth;
    while (d > 0 && !resumable(key, common, ends[d - 1])) {
      d--;
    }
    KeyTree node = d == 0 ? root : nodes[d - 1];
    int i = d == 0 ? from : ends[d - 1];
    int n = key.length();
    while (i < n) {
      char c = key.charAt(i);
      if (c == '.') {
        i++;
        continue;
      }
      int end;
      if (c == '[' && i + 1 < n && key.charAt(i + 1) == '"') {
        int close = key.indexOf("\"]", i + 2);
        node = node.child(key, i + 2, close < 0 ? n : close);
        end = close < 0 ? UNCLOSED : close + 2;
      } else if (c == '[') {
        int close = key.indexOf(']', i);
        node = node.child(key, i, close < 0 ? n : close + 1);
        end = close < 0 ? UNCLOSED : close + 1;
      } else {
        end = i;
        while (end < n && key.charAt(end) != '.' && key.charAt(end) != '[') {
          end++;
        }
        node = node.child(key, i, end);
      }
      record(d++, node, end);
      i = end == UNCLOSED ? n : end;
    }
    node.setEntry(e);
    previous = key;
    depth = d;
  }

  /**
   * True when the segment that ended at {@code end} in the previous key is the same segment of
   * {@code key}: the characters up to it agree and the key's segment ends there too.
   */
  private static boolean resumable(String key, int common, int end) {
    return end <= common
        && (end == key.length() || key.charAt(end) == '.' || key.charAt(end) == '[');
  }

  private void record(int at, KeyTree node, int end) {
    if (at == nodes.length) {
      nodes = Arrays.copyOf(nodes, at * 2);
      ends = Arrays.copyOf(ends, at * 2);
    }
    nodes[at] = node;
    ends[at] = end;
  }

  private static int commonPrefix(String a, String b) {
    int n = Math.min(a.length(), b.length());
    int i = 0;
    while (i < n && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return i;
  }

  /** A bracket left open runs to the end of its key: no later key resumes inside it. */
  private static final int UNCLOSED = Integer.MAX_VALUE;
}
