package dev.portcheck.core.entries;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ComposeKeysTest {
  @Test
  void theServiceNameEndsAtTheNextDotOrIndex() {
    assertThat(ComposeKeys.serviceEnd("services.web.ports[0]")).isEqualTo("services.web".length());
    assertThat(ComposeKeys.serviceEnd("services.db[0]")).isEqualTo("services.db".length());
    assertThat(ComposeKeys.serviceEnd("services.api")).isEqualTo("services.api".length());
    assertThat(ComposeKeys.serviceEnd("services.")).isEqualTo(-1);
    assertThat(ComposeKeys.serviceEnd("services..x")).isEqualTo(-1);
    assertThat(ComposeKeys.serviceEnd("x.services.web")).isEqualTo(-1);
    assertThat(ComposeKeys.serviceEnd("servicesx.web")).isEqualTo(-1);
  }

  @Test
  void aServiceNamedWithADotIsQuotedAndStillAService() {
    String key = "services[\"podcast.api\"].ports[0]";
    assertThat(ComposeKeys.isServiceKey(key)).isTrue();
    assertThat(ComposeKeys.service(key)).isEqualTo("podcast.api");
    assertThat(key.substring(ComposeKeys.serviceEnd(key))).isEqualTo(".ports[0]");
    assertThat(ComposeKeys.service("services[\"\"].ports")).isNull();
    assertThat(ComposeKeys.service("services[\"open")).isNull();
    assertThat(key.matches(ComposeKeys.SERVICE_PATTERN + "\\.ports\\[\\d+]")).isTrue();
    assertThat("services.web.ports[0]".matches(ComposeKeys.SERVICE_PATTERN + "\\.ports\\[\\d+]"))
        .isTrue();
  }

  @Test
  void keysAreWrittenAsTheReaderWritesThem() {
    assertThat(ComposeKeys.of("web", "command")).isEqualTo("services.web.command");
    assertThat(ComposeKeys.of("podcast.api", "command"))
        .isEqualTo("services[\"podcast.api\"].command");
    assertThat(ComposeKeys.underServices("web.ports[0]")).isEqualTo("services.web.ports[0]");
    assertThat(ComposeKeys.underServices("[\"a.b\"].ports[0]"))
        .isEqualTo("services[\"a.b\"].ports[0]");
  }
}
