package dev.portcheck.core.entries;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ComposeFragmentTest {
  private static List<LocatedEntry> read(String yaml) {
    return new YamlEntryReader().read(yaml).entries();
  }

  @Test
  void topLevelServiceDefinitionsMoveUnderServices() {
    List<LocatedEntry> moved =
        ComposeFragment.asComposeFile(
            read(
                "apicurio:\n  image: quay.io/apicurio/registry:3\n  ports:\n    - \"8086:8086\"\n"
                    + "volumes:\n  data: {}\n"));
    assertThat(moved)
        .extracting(LocatedEntry::key)
        .contains("services.apicurio.image", "services.apicurio.ports[0]")
        .noneMatch(k -> k.startsWith("services.volumes"));
    LocatedEntry port =
        moved.stream().filter(e -> e.key().endsWith("ports[0]")).findFirst().orElseThrow();
    assertThat(port.line()).isEqualTo(4);
  }

  @Test
  void otherFilesStayAsTheyAre() {
    List<LocatedEntry> app = read("server:\n  port: 8080\nimage:\n  name: x\n");
    assertThat(ComposeFragment.asComposeFile(app)).isSameAs(app);
    List<LocatedEntry> compose = read("services:\n  web:\n    image: nginx\n");
    assertThat(ComposeFragment.asComposeFile(compose)).isSameAs(compose);
    // Service-like fields without an image or build: nothing says it is compose.
    List<LocatedEntry> noImage = read("web:\n  ports:\n    - 80\n");
    assertThat(ComposeFragment.asComposeFile(noImage)).isSameAs(noImage);
  }

  @Test
  void aHelmValuesFileWithImageMapsIsNoFragment() {
    List<LocatedEntry> values =
        read("frontend:\n  image:\n    repository: nginx\n    tag: \"1\"\n  ports:\n    - 8080\n");
    assertThat(ComposeFragment.asComposeFile(values)).isSameAs(values);
  }

  @Test
  void anEnvironmentListIsReadAsTheMapComposeMakesOfIt() {
    List<LocatedEntry> read =
        ComposeFragment.asComposeFile(
            new YamlEntryReader()
                .read(
                    "services:\n  web:\n    image: x\n    environment:\n      - PORT=8080\n"
                        + "      - \"URL=http://api:9090\"\n      - not a variable\n")
                .entries());
    assertThat(read)
        .filteredOn(e -> e.key().contains("environment"))
        .extracting(
            LocatedEntry::key, LocatedEntry::value, LocatedEntry::line, LocatedEntry::column)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("services.web.environment.PORT", "8080", 5, 14),
            org.assertj.core.groups.Tuple.tuple(
                "services.web.environment.URL", "http://api:9090", 6, 14),
            org.assertj.core.groups.Tuple.tuple(
                "services.web.environment[2]", "not a variable", 7, 9));
    assertThat(read.get(read.size() - 2).positionOf(11).column()).isEqualTo(25);
  }

  @Test
  void anEnvironmentListNameWithDotsIsOneKeyAsInTheMapForm() {
    List<LocatedEntry> moved =
        ComposeFragment.asComposeFile(
            read("services:\n  web:\n    image: x\n    environment:\n      - server.port=9000\n"));
    assertThat(moved)
        .extracting(LocatedEntry::key)
        .contains("services.web.environment[\"server.port\"]");
  }

  @Test
  void aServiceNamedWithADotIsMovedAndMappedLikeAnyOther() {
    assertThat(
            ComposeFragment.asComposeFile(
                read(
                    "services:\n  podcast.api:\n    image: x\n    environment:\n      - PORT=80\n")))
        .extracting(LocatedEntry::key)
        .contains("services[\"podcast.api\"].environment.PORT");
    assertThat(
            ComposeFragment.asComposeFile(
                read("podcast.api:\n  image: quay.io/x:3\n  ports:\n    - \"5000:80\"\n")))
        .extracting(LocatedEntry::key)
        .contains("services[\"podcast.api\"].ports[0]");
  }
}
