package dev.portcheck.core.wiring;

import static dev.portcheck.core.wiring.WiringFixture.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.portcheck.core.candidates.Protocol;
import java.util.List;
import org.junit.jupiter.api.Test;

class DockerfileReaderTest {
  @Test
  void anEntrypointResetsTheCmdOfTheStageItIsBuiltFromButNotItsOwn() {
    String base =
        lines("FROM python:3.12 AS base", "CMD [\"wait-for\", \"cache:6379\"]", "FROM base");
    assertThat(DockerfileReader.read("Dockerfile", base).dials())
        .extracting(Setting::value)
        .containsExactly("cache:6379");
    assertThat(DockerfileReader.read("Dockerfile", base + "\nENTRYPOINT [\"run\"]\n").dials())
        .isEmpty();
    assertThat(
            DockerfileReader.read(
                    "Dockerfile",
                    base + "\nCMD [\"wait-for\", \"db:5432\"]\nENTRYPOINT [\"run\"]\n")
                .dials())
        .extracting(Setting::value)
        .containsExactly("db:5432");
  }

  @Test
  void theFinalCommandsAddressesAreDialsAndItsBindAddressesAreNot() {
    DockerImage image =
        DockerfileReader.read(
            "w/Dockerfile",
            lines(
                "FROM python:3.12 AS build",
                "CMD [\"wait-for\", \"cache:6379\"]",
                "FROM python:3.12",
                "ARG BROKER=redis://cache:6379/0",
                "ENTRYPOINT [\"./wait-for-it.sh\", \"db:5432\", \"--\"]",
                "CMD celery --broker $BROKER worker --bind 0.0.0.0:8000"));
    assertThat(image.dials())
        .extracting(Setting::name, Setting::value, d -> d.loc().line())
        .containsExactly(tuple("CMD", "db:5432", 5), tuple("--broker", "redis://cache:6379/0", 6));
    assertThat(image.stage("build").orElseThrow().dials())
        .containsExactly(new Setting("CMD", "cache:6379", new Loc("w/Dockerfile", 2, 18)));
  }

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
  void aHealthcheckOfTheContainerItselfSaysWhereTheImageListens() {
    DockerImage image =
        DockerfileReader.read(
            "app/Dockerfile",
            lines(
                "FROM eclipse-temurin:17",
                "ENV MGMT=8081",
                "HEALTHCHECK --interval=5s CMD curl -f http://localhost:8080/actuator/health",
                "HEALTHCHECK CMD [\"curl\", \"-f\", \"http://127.0.0.1:${MGMT}/health\", \"http://db:5432\"]",
                "CMD java -jar app.jar"));
    assertThat(image.exposed()).isEmpty();
    // The last HEALTHCHECK wins; another host is no evidence of the image's own listener.
    assertThat(image.healthchecked())
        .extracting(x -> x.port(), x -> x.loc().line())
        .containsExactly(org.assertj.core.groups.Tuple.tuple(8081, 4));
    assertThat(image.evidence()).extracting(DockerImage.Exposed::port).containsExactly(8081);
    assertThat(
            DockerfileReader.read(
                    "Dockerfile",
                    lines("FROM x", "HEALTHCHECK CMD nc -z localhost 6379", "HEALTHCHECK NONE"))
                .healthchecked())
        .isEmpty();
    assertThat(
            DockerfileReader.read(
                    "Dockerfile", lines("FROM x", "HEALTHCHECK CMD nc -z localhost 6379"))
                .healthchecked())
        .extracting(DockerImage.Exposed::port)
        .containsExactly(6379);
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
  void onlyTheFinalStageCountsAndABuildArgumentWithoutDefaultIsUnknown() {
    DockerImage image =
        DockerfileReader.read(
            "Dockerfile",
            lines("FROM a AS build", "EXPOSE 1", "FROM b", "ARG NOPE", "EXPOSE ${NOPE}"));
    assertThat(image.exposed()).isEmpty();
    assertThat(image.exposeKnown()).isFalse();
  }

  @Test
  void aVariableTheStageNeitherDeclaresNorSetsExposesNothing() {
    // The builder expands ${CURRENCY_PORT} to nothing: only the container's environment sets it.
    DockerImage image =
        DockerfileReader.read("Dockerfile", lines("FROM b", "EXPOSE ${CURRENCY_PORT} 9000"));
    assertThat(image.exposed()).extracting(DockerImage.Exposed::port).containsExactly(9000);
    assertThat(image.exposeKnown()).isTrue();
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

  @Test
  void namedStagesAreReadAsTheImagesABuildTargetMakes() {
    DockerImage image =
        DockerfileReader.read(
            "Dockerfile",
            lines(
                "FROM python:3.11 AS base",
                "FROM base AS dev",
                "CMD [\"python\", \"app.py\"]",
                "FROM node:20 AS web",
                "EXPOSE 3000",
                "FROM web AS web-debug",
                "EXPOSE 9229",
                "FROM base AS final",
                "EXPOSE 80",
                "CMD [\"gunicorn\", \"-b\", \"0.0.0.0:80\", \"app:app\"]"));
    assertThat(image.exposed()).extracting(DockerImage.Exposed::port).containsExactly(80);
    assertThat(image.stages()).containsOnlyKeys("base", "dev", "web", "web-debug", "final");
    assertThat(image.stage("WEB-Debug").orElseThrow().exposed())
        .extracting(DockerImage.Exposed::port)
        .containsExactly(3000, 9229);
    assertThat(image.stage("final").orElseThrow().listens())
        .extracting(ListenFlags.Listen::port)
        .containsExactly(80);
    assertThat(image.stage("missing")).isEmpty();
  }

  @Test
  void aStageThatExposesNothingBorrowsTheFinalStagesExposeOnlyWhenBothGrowFromOneStage() {
    DockerImage image =
        DockerfileReader.read(
            "Dockerfile",
            lines(
                "FROM python:3.11 AS base",
                "FROM base AS dev",
                "CMD [\"python\", \"app.py\"]",
                "FROM base AS flagged",
                "CMD [\"flask\", \"run\", \"--port\", \"5000\"]",
                "FROM node:20 AS assets",
                "RUN npm run build",
                "FROM base",
                "EXPOSE 80"));
    // dev and the final stage both grow from base: one application, run another way.
    assertThat(image.stage("dev").orElseThrow().exposed())
        .extracting(e -> e.loc().line())
        .containsExactly(9);
    // Its own flags say where a stage listens; a stage of another line shares nothing.
    assertThat(image.stage("flagged").orElseThrow().exposed()).isEmpty();
    assertThat(image.stage("assets").orElseThrow().exposed()).isEmpty();
  }

  private static List<Integer> ports(String text) {
    return DockerfileReader.read("db/Dockerfile", text).exposed().stream()
        .map(DockerImage.Exposed::port)
        .toList();
  }

  @Test
  void aDocumentedBaseImagesPortsAreInheritedUntilAConfigurationIsCopiedOverThem() {
    DockerImage postgres =
        DockerfileReader.read(
            "db/Dockerfile",
            "ARG VERSION=16\nFROM postgres:${VERSION}\nCOPY init.sql /docker-entrypoint-initdb.d/\n");
    assertThat(postgres.exposed())
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.port()).isEqualTo(5432);
              assertThat(x.loc()).isEqualTo(new Loc("db/Dockerfile", 2, 6));
            });
    assertThat(ports("FROM redis:7\nCOPY redis.conf /usr/local/etc/redis/redis.conf\n")).isEmpty();
    // Prometheus takes its listen address from a flag only: its copied configuration moves nothing.
    assertThat(ports("FROM prom/prometheus\nADD prometheus.yml /etc/prometheus/\n"))
        .containsExactly(9090);
    assertThat(ports("FROM python:3.12\nCOPY . /app\n")).isEmpty();
  }
}
