package dev.portcheck.core.engine;

import static dev.portcheck.core.wiring.WiringFixture.lines;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.wiring.ComposeService;
import dev.portcheck.core.wiring.DockerImage;
import dev.portcheck.core.wiring.FileWiring;
import dev.portcheck.core.wiring.WiringFixture;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

class ComposeWiringCodecTest {
  @Test
  void aComposeServiceComesBackEqual() throws IOException {
    FileWiring facts =
        WiringFixture.facts(
            "compose.yaml",
            lines(
                "services:",
                "  web:",
                "    build: {context: ./web, dockerfile: Dockerfile.dev, target: run}",
                "    ports: [\"8080:80\"]",
                "    expose: [\"9000\"]",
                "    environment: {DB_URL: 'db:5432'}",
                "    command: gunicorn -b 0.0.0.0:80 --broker redis://cache:6379/0",
                "    healthcheck: {test: [CMD, curl, -f, 'http://localhost:80/']}",
                "    networks: {back: {aliases: [site]}}",
                "    links: ['db:database']",
                "    depends_on: {db: {condition: service_healthy}}",
                "    env_file: [web.env]"));
    ComposeService web = facts.compose().get(0);
    assertThat(web.dependsOn()).containsExactly("db");
    ByteBuffer buffer = ByteBuffer.wrap(BlockFiles.encode(w -> ComposeWiringCodec.compose(w, web)));
    assertThat(ComposeWiringCodec.compose(new ScanReader(buffer))).isEqualTo(web);
    assertThat(buffer.hasRemaining()).isFalse();
  }

  @Test
  void aDockerfileImageWithItsStagesComesBackEqual() throws IOException {
    FileWiring facts =
        WiringFixture.facts(
            "web/Dockerfile",
            lines(
                "FROM node:20 AS build",
                "EXPOSE 3000",
                "FROM nginx:1.27",
                "EXPOSE 8080/tcp 8125/udp",
                "HEALTHCHECK CMD curl -f http://localhost:8080/ || exit 1",
                "CMD [\"nginx\", \"-g\", \"daemon off;\"]"));
    DockerImage image = facts.images().get(0);
    assertThat(image.stages()).isNotEmpty();
    ByteBuffer buffer = ByteBuffer.wrap(BlockFiles.encode(w -> ComposeWiringCodec.image(w, image)));
    assertThat(ComposeWiringCodec.image(new ScanReader(buffer))).isEqualTo(image);
    assertThat(buffer.hasRemaining()).isFalse();
  }
}
