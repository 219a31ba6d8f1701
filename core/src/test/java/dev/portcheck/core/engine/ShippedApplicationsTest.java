package dev.portcheck.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShippedApplicationsTest {
  @Test
  void anApplicationsFolderHoldsItsResources() {
    assertThat(
            ShippedApplications.applicationFolder(
                "services/gateway/src/main/resources/application.yaml"))
        .isEqualTo("services/gateway/");
    assertThat(ShippedApplications.applicationFolder("src/main/resources/config/application.yml"))
        .isEmpty();
    assertThat(ShippedApplications.applicationFolder("config/application.yml"))
        .isEqualTo("config/");
    assertThat(ShippedApplications.applicationFolder("application.properties")).isEmpty();
  }
}
