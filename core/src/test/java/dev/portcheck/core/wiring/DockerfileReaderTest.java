package dev.portcheck.core.wiring;

import static dev.portcheck.core.wiring.WiringFixture.lines;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.candidates.Protocol;
import org.junit.jupiter.api.Test;

class DockerfileReaderTest {
  @Test
  void readsExposedPortsWithProtocolsAndPlaces() {
    DockerImage image =
        DockerfileReader.read(
            "app/Dockerfile", lines("FROM x", "# EXPOSE 1", "EXPOSE 8080 8443/udp"));
    assertThat(image.exposeKnown()).isTrue();
    assertThat(image.exposed())
        .containsExactly(
            new DockerImage.Exposed(8080, Protocol.TCP, new Loc("app/Dockerfile", 3, 8)),
            new DockerImage.Exposed(8443, Protocol.UDP, new Loc("app/Dockerfile", 3, 13)));
  }

  @Test
  void substitutesArgAndEnvValuesWithDefaults() {
    DockerImage image =
        DockerfileReader.read(
            "Dockerfile",
            lines(
                "ARG PORT=3000",
                "FROM node",
                "ARG PORT",
                "ENV ADMIN=9000 \\",
                "    OTHER=1",
                "EXPOSE $PORT ${ADMIN} ${MISSING:-7000}"));
    assertThat(image.exposed())
        .extracting(DockerImage.Exposed::port)
        .containsExactly(3000, 9000, 7000);
    assertThat(image.exposeKnown()).isTrue();
  }

  @Test
  void onlyTheFinalStageCountsAndUnsetVariablesAreUnknown() {
    DockerImage image =
        DockerfileReader.read(
            "Dockerfile", lines("FROM a AS build", "EXPOSE 1", "FROM b", "EXPOSE ${NOPE}"));
    assertThat(image.exposed()).isEmpty();
    assertThat(image.exposeKnown()).isFalse();
  }

  @Test
  void aStageBuiltFromAnEarlierOneInheritsItsExpose() {
    DockerImage image =
        DockerfileReader.read(
            "Dockerfile", lines("FROM node AS base", "EXPOSE 3000", "FROM base AS final", "RUN x"));
    assertThat(image.exposed()).extracting(DockerImage.Exposed::port).containsExactly(3000);
  }

  @Test
  void aPlatformFlagBeforeTheBaseAndACapitalisedStageNameKeepTheInheritance() {
    DockerImage image =
        DockerfileReader.read(
            "Dockerfile",
            lines(
                "FROM --platform=$BUILDPLATFORM python:3.10-alpine AS Builder",
                "EXPOSE 8000",
                "FROM builder as dev-envs",
                "RUN apk add git"));
    assertThat(image.exposed()).extracting(DockerImage.Exposed::port).containsExactly(8000);
  }
}
