package dev.portcheck.core.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BuiltImageNamesTest {
  private static DockerImage dockerfile(String path) {
    return DockerfileReader.read(path, "FROM scratch\nEXPOSE 5672\n");
  }

  @Test
  void anImageIsBuiltByTheOneDockerfileInTheFolderNamedAfterIt() {
    BuiltImageNames names =
        new BuiltImageNames(
            List.of(
                dockerfile("docker/test-images/zipkin-rabbitmq/Dockerfile"),
                dockerfile("docker/test-images/zipkin-kafka/Dockerfile.dev")));
    assertThat(names.dockerfileOf("ghcr.io/openzipkin/zipkin-rabbitmq:3"))
        .hasValueSatisfying(
            d -> assertThat(d.file()).isEqualTo("docker/test-images/zipkin-rabbitmq/Dockerfile"));
    // Only a file named Dockerfile builds the folder's image.
    assertThat(names.dockerfileOf("openzipkin/zipkin-kafka")).isEmpty();
    assertThat(names.dockerfileOf("rabbitmq:3")).isEmpty();
  }

  @Test
  void twoFoldersOfTheSameNameLinkNeither() {
    BuiltImageNames names =
        new BuiltImageNames(
            List.of(dockerfile("a/api/Dockerfile"), dockerfile("b/api/Dockerfile")));
    assertThat(names.dockerfileOf("acme/api:1")).isEmpty();
  }
}
