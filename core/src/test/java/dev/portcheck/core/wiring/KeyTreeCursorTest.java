package dev.portcheck.core.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.entries.LocatedEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KeyTreeCursorTest {

  /** The tree as text: named children by name, list items by position, entries by value. */
  private static String dump(KeyTree node) {
    StringBuilder out = new StringBuilder();
    if (node.entry() != null) {
      out.append('=').append(node.entry().value());
    }
    for (Map.Entry<String, KeyTree> f : node.fields().entrySet()) {
      out.append(' ').append(f.getKey()).append('{').append(dump(f.getValue())).append('}');
    }
    List<KeyTree> items = node.items();
    for (int i = 0; i < items.size(); i++) {
      out.append(" #").append(i).append('{').append(dump(items.get(i))).append('}');
    }
    return out.toString();
  }

  /** The same keys, each walked from the root by a cursor of its own. */
  private static KeyTree fromTheRoot(List<LocatedEntry> entries, int from) {
    KeyTree root = new KeyTree();
    for (LocatedEntry e : entries) {
      new KeyTreeCursor(root, from).put(e);
    }
    return root;
  }

  private static LocatedEntry entry(String key, String value) {
    return LocatedEntry.simple(key, value, 1, 1, 0);
  }

  @Test
  void resumesOnlyWhereTheSegmentsAgree() {
    List<LocatedEntry> entries =
        List.of(
            entry("a.b", "1"),
            entry("a.bc", "2"),
            entry("a.b.c", "3"),
            entry("a[\"x.y\"].z", "4"),
            entry("a[\"x.y\"]", "5"),
            entry("a[\"x.yz\"]", "6"),
            entry("a[0].b", "7"),
            entry("a[0]", "8"),
            entry("a[10].b", "9"),
            entry("a[1", "10"),
            entry("a[1.b", "11"),
            entry("a[\"q", "12"),
            entry("a[\"q.r", "13"),
            entry("a..b", "14"),
            entry("", "15"));
    KeyTree tree = KeyTree.of(entries, "");
    assertThat(dump(tree)).isEqualTo(dump(fromTheRoot(entries, 0)));
    assertThat(tree.value("a", "b")).isEqualTo("14");
    assertThat(tree.value("a", "bc")).isEqualTo("2");
    assertThat(tree.value("a", "b", "c")).isEqualTo("3");
    assertThat(tree.value("a", "x.y", "z")).isEqualTo("4");
    assertThat(tree.value("a", "x.yz")).isEqualTo("6");
    assertThat(tree.value("a", "[0]")).isEqualTo("8");
    assertThat(tree.value("a", "[10]", "b")).isEqualTo("9");
  }

  @Test
  void buildsWhatAWalkFromTheRootBuildsOnGeneratedKeys() {
    Random random = new Random(11);
    String[] segments = {
      "spec", "s", "containers", "[0]", "[1]", "[\"a.b\"]", "[\"a\"]", "ports", "p"
    };
    for (int round = 0; round < 300; round++) {
      List<LocatedEntry> entries = new ArrayList<>();
      for (int i = 0; i < 1 + random.nextInt(30); i++) {
        StringBuilder key = new StringBuilder("items[2].");
        for (int d = 0; d < 1 + random.nextInt(5); d++) {
          String s = segments[random.nextInt(segments.length)];
          if (key.length() > 9 && !s.startsWith("[")) {
            key.append('.');
          }
          key.append(s);
        }
        entries.add(entry(key.toString(), Integer.toString(i)));
      }
      assertThat(dump(KeyTree.of(entries, "items[2].")))
          .as("%s", entries)
          .isEqualTo(dump(fromTheRoot(entries, 9)));
    }
  }
}
