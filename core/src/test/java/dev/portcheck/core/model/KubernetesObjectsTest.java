package dev.portcheck.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.entries.LocatedEntry;
import dev.portcheck.core.model.KubernetesObjects.KubernetesObject;
import java.util.List;
import org.junit.jupiter.api.Test;

class KubernetesObjectsTest {

  private static LocatedEntry entry(String key, String value, int document) {
    return LocatedEntry.simple(key, value, 1, 1, document);
  }

  private static List<String> keys(KubernetesObject o) {
    return o.entries().stream().map(LocatedEntry::key).toList();
  }

  @Test
  void oneObjectPerDocument() {
    List<KubernetesObject> objects =
        KubernetesObjects.split(
            List.of(
                entry("apiVersion", "v1", 0),
                entry("kind", "Service", 0),
                entry("apiVersion", "apps/v1", 1),
                entry("kind", "Deployment", 1),
                entry("metadata.name", "web", 1)));
    assertThat(objects).extracting(KubernetesObject::kind).containsExactly("Service", "Deployment");
    assertThat(objects).extracting(KubernetesObject::document).containsExactly(0, 1);
    assertThat(keys(objects.get(1))).containsExactly("apiVersion", "kind", "metadata.name");
  }

  @Test
  void itemsOfAListAreObjectsOfTheirOwn() {
    List<KubernetesObject> objects =
        KubernetesObjects.split(
            List.of(
                entry("apiVersion", "v1", 0),
                entry("kind", "List", 0),
                entry("items[0].apiVersion", "v1", 0),
                entry("items[0].kind", "Service", 0),
                entry("items[1].apiVersion", "v1", 0),
                entry("items[1].kind", "ConfigMap", 0),
                entry("items[1].data.url", "http://web:80", 0)));
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
        KubernetesObjects.split(
            List.of(
                entry("apiVersion", "v1", 0),
                entry("kind", "Thing", 0),
                entry("items[0].kind", "Service", 0)));
    assertThat(objects).singleElement().extracting(KubernetesObject::kind).isEqualTo("Thing");
  }

  @Test
  void aRepeatedTopLevelKindStartsTheNextObjectOfALineReadTemplate() {
    List<KubernetesObject> objects =
        KubernetesObjects.split(
            List.of(
                entry("apiVersion", "v1", 0),
                entry("kind", "Service", 0),
                entry("metadata.name", "a", 0),
                entry("apiVersion", "apps/v1", 0),
                entry("kind", "Deployment", 0),
                entry("metadata.name", "b", 0)));
    assertThat(objects).extracting(KubernetesObject::kind).containsExactly("Service", "Deployment");
    assertThat(objects.get(1).entries()).extracting(LocatedEntry::value).contains("b");
  }

  @Test
  void entriesWithoutKindOrApiVersionMakeAGroupButNoObject() {
    List<KubernetesObject> groups =
        KubernetesObjects.split(
            List.of(entry("server.port", "8080", 0), entry("kind", "Service", 1)));
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
