package dev.portcheck.core.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.entries.LocatedEntry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProfileResolverTest {
  @Test
  void aProfileFileNamesItsProfile() {
    assertThat(ProfileResolver.fileProfile("application-dev.yml")).isEqualTo("dev");
    assertThat(ProfileResolver.fileProfile("bootstrap-docker-eu.properties"))
        .isEqualTo("docker-eu");
    assertThat(ProfileResolver.fileProfile("application.yml")).isEmpty();
    assertThat(ProfileResolver.fileProfile("settings-dev.yml")).isEmpty();
  }

  @Test
  void aDocumentActivatesOnTheProfileItsKeyNames() {
    assertThat(ProfileResolver.activatesProfile("spring.config.activate.on-profile")).isTrue();
    assertThat(ProfileResolver.activatesProfile("spring.profiles")).isTrue();
    assertThat(ProfileResolver.activatesProfile("spring.profiles.active")).isFalse();
    assertThat(
            ProfileResolver.documentProfiles(
                List.of(
                    LocatedEntry.simple("server.port", "8080", 1, 1, 0),
                    LocatedEntry.simple("spring.config.activate.on-profile", " dev ", 3, 1, 1))))
        .containsExactlyEntriesOf(java.util.Map.of(1, "dev"));
  }

  @Test
  void aComposeServiceListsItsProfiles() {
    List<LocatedEntry> entries =
        List.of(
            LocatedEntry.simple("services.web.ports[0]", "80:80", 3, 5, 0),
            LocatedEntry.simple("services.web.profiles[0]", "debug", 4, 5, 0),
            LocatedEntry.simple("services.web.profiles[1]", "tools", 4, 5, 0),
            LocatedEntry.simple("services.db.image", "postgres", 6, 5, 0));
    assertThat(ProfileResolver.composeServiceProfiles(entries))
        .containsExactly(Map.entry("web", "debug,tools"));
    assertThat(ProfileResolver.composeService("services.web.ports[0]")).isEqualTo("web");
    assertThat(ProfileResolver.composeService("services.db")).isEqualTo("db");
    assertThat(ProfileResolver.composeService("x-services.db")).isNull();
  }
}
