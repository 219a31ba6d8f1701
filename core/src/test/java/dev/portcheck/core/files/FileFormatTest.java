package dev.portcheck.core.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileFormatTest {
  @Test
  void choosesTheFormatFromTheName() {
    assertThat(FileFormat.forFileName("application.properties")).contains(FileFormat.PROPERTIES);
    assertThat(FileFormat.forFileName("values.YAML")).contains(FileFormat.YAML);
    assertThat(FileFormat.forFileName("compose.yml")).contains(FileFormat.YAML);
    assertThat(FileFormat.forFileName(".env")).contains(FileFormat.ENV);
    assertThat(FileFormat.forFileName("prod.env")).contains(FileFormat.ENV);
    assertThat(FileFormat.forFileName(".env.production")).contains(FileFormat.ENV);
    assertThat(FileFormat.forFileName("nginx.conf")).contains(FileFormat.NGINX);
    assertThat(FileFormat.forFileName("default.conf.template")).contains(FileFormat.NGINX);
    assertThat(FileFormat.forFileName("environment.ts")).isEmpty();
    assertThat(FileFormat.forFileName("pom.xml")).isEmpty();
  }
}
