package dev.portcheck.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImageNameTest {
  private static String repo(String reference) {
    return ImageName.parse(reference).map(ImageName::repository).orElse(null);
  }

  @Test
  void tagsAndDigestsAreVersionsOfOneRepository() {
    assertThat(repo("shop/app:1.4.2")).isEqualTo("shop/app");
    assertThat(repo("shop/app@sha256:abc")).isEqualTo("shop/app");
    assertThat(repo("shop/app:1.0@sha256:abc")).isEqualTo("shop/app");
    assertThat(ImageName.parse("shop/app").get().sameRepository("shop/app:latest")).isTrue();
  }

  @Test
  void dockerHubIsWrittenInSeveralWays() {
    assertThat(repo("postgres")).isEqualTo("library/postgres");
    assertThat(repo("docker.io/postgres:16")).isEqualTo("library/postgres");
    assertThat(repo("docker.io/library/postgres")).isEqualTo("library/postgres");
    assertThat(repo("index.docker.io/library/postgres")).isEqualTo("library/postgres");
    assertThat(repo("docker.io/shop/app")).isEqualTo("shop/app");
    assertThat(ImageName.parse("docker.io/library/x").get().toString()).isEqualTo("x");
  }

  @Test
  void anotherRegistryIsAnotherImage() {
    assertThat(repo("ghcr.io/shop/app:1")).isEqualTo("ghcr.io/shop/app");
    assertThat(repo("registry.local:5000/app:2")).isEqualTo("registry.local:5000/app");
    assertThat(repo("localhost/app")).isEqualTo("localhost/app");
    assertThat(ImageName.parse("ghcr.io/shop/app").get().sameRepository("shop/app")).isFalse();
    assertThat(ImageName.parse("Shop/App").get().sameRepository("shop/app")).isTrue();
  }

  @Test
  void placeholdersAndBlanksAreUnknown() {
    assertThat(ImageName.parse("${image.name}")).isEmpty();
    assertThat(ImageName.parse("shop/app:${project.version}").isPresent()).isFalse();
    assertThat(ImageName.parse("{{ .Values.image }}")).isEmpty();
    assertThat(ImageName.parse("$(IMAGE)")).isEmpty();
    assertThat(ImageName.parse(" ")).isEmpty();
    assertThat(ImageName.parse(null)).isEmpty();
    assertThat(ImageName.parse("shop/")).isEmpty();
  }

  @Test
  void softwareIsTheLastSegmentWithoutVersion() {
    assertThat(ImageName.software("docker.io/library/postgres:18.3")).isEqualTo("postgres");
    assertThat(ImageName.software("registry.local:5000/shop/Orders@sha256:abc"))
        .isEqualTo("Orders");
    assertThat(ImageName.software("redis")).isEqualTo("redis");
    assertThat(ImageName.software("")).isEmpty();
  }

  @Test
  void softwareReadsPastATemplatedRegistryButNotATemplatedName() {
    assertThat(ImageName.software("{{ .Values.registry }}/postgres:16")).isEqualTo("postgres");
    assertThat(ImageName.software("${REGISTRY}/shop/kafka")).isEqualTo("kafka");
    assertThat(ImageName.software("{{ .Values.registry }}/postgres@sha256:abc"))
        .isEqualTo("postgres");
    assertThat(ImageName.software("shop/{{ .Values.name }}:1")).isEmpty();
    assertThat(ImageName.software("{{ .Values.hub }}/gateway-service:{{ .Values.tag }}"))
        .isEqualTo("gateway-service");
    assertThat(ImageName.software("${HUB}/app:${TAG}")).isEqualTo("app");
    assertThat(ImageName.software("{{ .Values.repository }}:{{ .Values.tag }}")).isEmpty();
    assertThat(ImageName.software("{{ printf \"%s/%s\" .Values.registry .Values.name }}"))
        .isEmpty();
    assertThat(ImageName.software("${IMAGE}")).isEmpty();
  }
}
