package dev.portcheck.core.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.entries.LocatedEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyTreeTest {

  private static LocatedEntry entry(String key, String value) {
    return LocatedEntry.simple(key, value, 1, 1, 0);
  }

  @Test
  void splitsNamesIndexesAndQuotedSegments() {
    assertThat(KeyTree.segments("spec.containers[0].ports[1].containerPort"))
        .containsExactly("spec", "containers", "[0]", "ports", "[1]", "containerPort");
    assertThat(KeyTree.segments("metadata.annotations[\"prometheus.io/port\"]"))
        .containsExactly("metadata", "annotations", "prometheus.io/port");
    assertThat(KeyTree.segments("a..b")).containsExactly("a", "b");
    assertThat(KeyTree.segments("")).isEmpty();
  }

  @Test
  void buildsTheTreeAfterThePrefix() {
    KeyTree tree =
        KeyTree.of(
            List.of(
                entry("items[0].kind", "Service"),
                entry("items[0].spec.ports[0].port", "80"),
                entry("items[0].spec.ports[1].port", "443")),
            "items[0].");
    assertThat(tree.value("kind")).isEqualTo("Service");
    assertThat(tree.at("spec", "ports").items())
        .extracting(p -> p.value("port"))
        .containsExactly("80", "443");
    assertThat(tree.at("spec").fields()).containsOnlyKeys("ports");
    assertThat(tree.at("nothing", "here").exists()).isFalse();
    assertThat(tree.at("nothing").items()).isEmpty();
  }

  @Test
  void leavesHaveNoChildrenAndCollectInOrder() {
    KeyTree tree = KeyTree.of(List.of(entry("a.b", "1"), entry("a.c", "{{ .Values.x }}")), "");
    assertThat(tree.at("a", "b").fields()).isEmpty();
    assertThat(tree.at("a").anyTemplated()).isTrue();
    assertThat(tree.at("a", "b").anyTemplated()).isFalse();
    List<LocatedEntry> all = new java.util.ArrayList<>();
    tree.collect(all);
    assertThat(all).extracting(LocatedEntry::key).containsExactly("a.b", "a.c");
  }
}
