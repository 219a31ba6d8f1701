package dev.portcheck.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.entries.LocatedEntry;
import dev.portcheck.core.model.KubernetesObjects.KubernetesObject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class KubernetesObjectsTest {

  /**
   * The entries of one YAML document, each written {@code "key: value"} as the reader flattens
   * them, so that a test states a document's index once and reads like the manifest it stands for.
   */
  private static List<LocatedEntry> document(int document, String... lines) {
    return Arrays.stream(lines)
        .map(l -> l.split(": ", 2))
        .map(kv -> LocatedEntry.simple(kv[0], kv[1], 1, 1, document))
        .toList();
  }

  @SafeVarargs
  private static List<KubernetesObject> split(List<LocatedEntry>... documents) {
    List<LocatedEntry> all = new ArrayList<>();
    for (List<LocatedEntry> d : documents) {
      all.addAll(d);
    }
    return KubernetesObjects.split(all);
  }

  private static List<String> keys(KubernetesObject o) {
    return o.entries().stream().map(LocatedEntry::key).toList();
  }

  @Test
  void oneObjectPerDocument() {
    List<KubernetesObject> objects =
        split(
            document(0, "apiVersion: v1", "kind: Service"),
            document(1, "apiVersion: apps/v1", "kind: Deployment", "metadata.name: web"));
    assertThat(objects).extracting(KubernetesObject::kind).containsExactly("Service", "Deployment");
    assertThat(objects).extracting(KubernetesObject::document).containsExactly(0, 1);
    assertThat(keys(objects.get(1))).containsExactly("apiVersion", "kind", "metadata.name");
  }

  @Test
  void itemsOfAListAreObjectsOfTheirOwn() {
    List<KubernetesObject> objects =
        split(
            document(
                0,
                "apiVersion: v1",
                "kind: List",
                "items[0].apiVersion: v1",
                "items[0].kind: Service",
                "items[1].apiVersion: v1",
                "items[1].kind: ConfigMap",
                "items[1].data.url: http://web:80"));
    assertThat(objects).extracting(KubernetesObject::kind).contains("Service", "ConfigMap");
    KubernetesObject configMap =
        objects.stream().filter(o -> "ConfigMap".equals(o.kind())).findFirst().orElseThrow();
    assertThat(configMap.prefix()).isEqualTo("items[1].");
    assertThat(keys(configMap))
        .containsExactly("items[1].apiVersion", "items[1].kind", "items[1].data.url");
  }

  @Test
  void itemsOfAnObjectThatIsNoListStayInIt() {
    List<KubernetesObject> objects =
        split(document(0, "apiVersion: v1", "kind: Thing", "items[0].kind: Service"));
    assertThat(objects).singleElement().extracting(KubernetesObject::kind).isEqualTo("Thing");
  }

  @Test
  void aRepeatedTopLevelKindStartsTheNextObjectOfALineReadTemplate() {
    List<KubernetesObject> objects =
        split(
            document(
                0,
                "apiVersion: v1",
                "kind: Service",
                "metadata.name: a",
                "apiVersion: apps/v1",
                "kind: Deployment",
                "metadata.name: b"));
    assertThat(objects).extracting(KubernetesObject::kind).containsExactly("Service", "Deployment");
    assertThat(objects.get(1).entries()).extracting(LocatedEntry::value).contains("b");
  }

  @Test
  void aKindRepeatedRightAfterItselfIsATemplatesIfElseNotASecondObject() {
    // apiVersion: apps/v1 {{ if .Values.sharded }} kind: StatefulSet {{ else }} kind: Deployment
    List<KubernetesObject> objects =
        split(
            document(
                0,
                "apiVersion: apps/v1",
                "kind: StatefulSet",
                "kind: Deployment",
                "metadata.name: k",
                "spec.replicas: 1"));
    assertThat(objects).singleElement().satisfies(o -> assertThat(o.isObject()).isTrue());
    assertThat(objects.get(0).kind()).isEqualTo("Deployment");
  }

  @Test
  void entriesWithoutKindOrApiVersionMakeAGroupButNoObject() {
    List<KubernetesObject> groups =
        split(document(0, "server.port: 8080"), document(1, "kind: Service"));
    assertThat(groups).hasSize(2).noneMatch(KubernetesObject::isObject);
    assertThat(groups.get(1).kind()).isEqualTo("Service");
  }

  @Test
  void aListItemEndsAfterItsNumericIndex() {
    assertThat(KubernetesObjects.listItemEnd("items[3].spec.ports[0].port")).isEqualTo(8);
    assertThat(KubernetesObjects.listItemEnd("items[12]")).isEqualTo(9);
    assertThat(KubernetesObjects.listItemEnd("items[].kind")).isEqualTo(-1);
    assertThat(KubernetesObjects.listItemEnd("items[\"a\"].kind")).isEqualTo(-1);
    assertThat(KubernetesObjects.listItemEnd("spec.items[0]")).isEqualTo(-1);
  }
}
