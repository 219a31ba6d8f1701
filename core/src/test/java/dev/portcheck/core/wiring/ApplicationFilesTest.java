package dev.portcheck.core.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ApplicationFilesTest {
  @Test
  void anApplicationShipsFromTheFolderThatHoldsItsResources() {
    assertThat(
            ApplicationFiles.shippedFolder("services/gateway/src/main/resources/application.yaml"))
        .isEqualTo("services/gateway/");
    assertThat(ApplicationFiles.shippedFolder("src/main/resources/config/application.yml"))
        .isEmpty();
    assertThat(ApplicationFiles.shippedFolder("config/application.yml")).isEqualTo("config/");
    assertThat(ApplicationFiles.shippedFolder("application.properties")).isEmpty();
  }

  @Test
  void aDockerfileBuildsItsFolderOrTheOneAboveQuarkusDockerFolder() {
    assertThat(ApplicationFiles.builtFolder("services/gateway/Dockerfile"))
        .isEqualTo("services/gateway/");
    assertThat(ApplicationFiles.builtFolder("orders/src/main/docker/Dockerfile.jvm"))
        .isEqualTo("orders/");
    assertThat(ApplicationFiles.builtFolder("src/main/docker/Dockerfile.native")).isEmpty();
    assertThat(ApplicationFiles.builtFolder("Dockerfile")).isEmpty();
  }

  @Test
  void aFolderApplicationIsNoModulesOwnAndAConfigServerFileIsNeither() {
    ApplicationFiles files =
        new ApplicationFiles(
            new ComposeModel(List.of(), List.of(), List.of(), ModuleContext.NONE),
            List.of(),
            List.of("config-repo/src/main/resources"));
    assertThat(files.applicationFolder("blog/src/main/resources/application.yml")).hasValue("blog");
    assertThat(files.applicationFolder("blog/src/main/resources/config/bootstrap.yml"))
        .hasValue("blog");
    assertThat(files.applicationFolder("blog/src/main/resources/other.yml")).isEmpty();
    assertThat(files.applicationFolder("config-repo/src/main/resources/application.yml")).isEmpty();
    assertThat(files.isOwnApplication("src/main/resources/application.yml")).isTrue();
    assertThat(files.isOwnApplication("blog/src/main/resources/application.yml")).isFalse();
  }
}
