package dev.portcheck.core.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.entries.LocatedEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

class KubernetesObjectsTest {

  private static LocatedEntry entry(String key, String value, int document) {
    return LocatedEntry.simple(key, value, 1, 1, document);
  }

  @Test
  void oneObjectPerDocument() {
    List<KeyTree> objects =
        KubernetesObjects.split(
            List.of(
                entry("apiVersion", "v1", 0),
                entry("kind", "Service", 0),
                entry("apiVersion", "apps/v1", 1),
                entry("kind", "Deployment", 1),
                entry("metadata.name", "web", 1)));
    assertThat(objects).extracting(o -> o.value("kind")).containsExactly("Service", "Deployment");
    assertThat(objects.get(1).value("metadata", "name")).isEqualTo("web");
  }

  @Test
  void itemsOfAListAreObjectsOfTheirOwn() {
    List<KeyTree> objects =
        KubernetesObjects.split(
            List.of(
                entry("apiVersion", "v1", 0),
                entry("kind", "List", 0),
                entry("items[0].apiVersion", "v1", 0),
                entry("items[0].kind", "Service", 0),
                entry("items[1].apiVersion", "v1", 0),
                entry("items[1].kind", "ConfigMap", 0),
                entry("items[1].data.url", "http://web:80", 0)));
    assertThat(objects).extracting(o -> o.value("kind")).contains("Service", "ConfigMap");
    assertThat(objects.stream().filter(o -> "ConfigMap".equals(o.value("kind"))).findFirst())
        .hasValueSatisfying(o -> assertThat(o.value("data", "url")).isEqualTo("http://web:80"));
  }

  @Test
  void aRepeatedTopLevelKindStartsTheNextObjectOfALineReadTemplate() {
    List<KeyTree> objects =
        KubernetesObjects.split(
            List.of(
                entry("apiVersion", "v1", 0),
                entry("kind", "Service", 0),
                entry("metadata.name", "a", 0),
                entry("apiVersion", "v1", 0),
                entry("kind", "Service", 0),
                entry("metadata.name", "b", 0)));
    assertThat(objects).extracting(o -> o.value("metadata", "name")).containsExactly("a", "b");
  }

  @Test
  void entriesWithoutKindOrApiVersionMakeNoObject() {
    assertThat(KubernetesObjects.split(List.of(entry("server.port", "8080", 0)))).isEmpty();
  }
}
