package dev.portcheck.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.candidates.Binding;
import dev.portcheck.core.candidates.PortCandidate;
import dev.portcheck.core.candidates.PortField;
import dev.portcheck.core.entries.ComposeFragment;
import dev.portcheck.core.entries.YamlEntryReader;
import dev.portcheck.core.files.ConfigFile;
import dev.portcheck.core.files.FileFormat;
import dev.portcheck.core.wiring.FileWiring;
import dev.portcheck.core.wiring.WiringExtractor;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelCandidatesTest {
  private static FileWiring read(String name, FileFormat format, String text) {
    ConfigFile file = new ConfigFile(Path.of(name), name, format);
    return format == FileFormat.DOCKERFILE
        ? WiringExtractor.extract(file, List.of(), text)
        : WiringExtractor.extract(
            file, ComposeFragment.asComposeFile(new YamlEntryReader().read(text).entries()), text);
  }

  @Test
  void aDockerfilesExposedPortsAndCommandFlagsAreListedWhereTheyAreWritten() {
    List<PortCandidate> c =
        ModelCandidates.of(
            "app/Dockerfile",
            read(
                "app/Dockerfile",
                FileFormat.DOCKERFILE,
                "FROM python:3 AS build\nEXPOSE 9999\nFROM python:3-slim\nEXPOSE 8000 9090/udp\n"
                    + "CMD [\"gunicorn\", \"-b\", \"0.0.0.0:8000\", \"app:app\"]\n"));
    assertThat(c)
        .extracting(PortCandidate::key, PortCandidate::line, PortCandidate::portValues)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("EXPOSE 8000", 4, List.of(8000L)),
            org.assertj.core.groups.Tuple.tuple("EXPOSE 9090/udp", 4, List.of(9090L)),
            // An earlier stage's EXPOSE is written too: what a build.target of it runs.
            org.assertj.core.groups.Tuple.tuple("EXPOSE 9999", 2, List.of(9999L)),
            org.assertj.core.groups.Tuple.tuple("CMD -b", 5, List.of(8000L)));
    assertThat(c).allSatisfy(p -> assertThat(p.binding()).isEqualTo(Binding.NONE));
  }

  @Test
  void aPortOnlyTheHealthcheckCallsIsListedAtTheHealthcheck() {
    List<PortCandidate> c =
        ModelCandidates.of(
            "Dockerfile",
            read(
                "Dockerfile",
                FileFormat.DOCKERFILE,
                "FROM x\nEXPOSE 8080\n"
                    + "HEALTHCHECK CMD curl -f http://localhost:8080/ && nc -z localhost 9000\n"));
    assertThat(c)
        .extracting(PortCandidate::key, PortCandidate::line, PortCandidate::portValues)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("EXPOSE 8080", 2, List.of(8080L)),
            org.assertj.core.groups.Tuple.tuple("HEALTHCHECK 9000", 3, List.of(9000L)));
  }

  @Test
  void aComposeCommandsListenFlagIsASettingThatBindsNothingItself() {
    List<PortCandidate> c =
        ModelCandidates.of(
            "compose.yaml",
            read(
                "compose.yaml",
                FileFormat.YAML,
                "services:\n  web:\n    image: x/web\n    command: [\"serve\", \"--port=9898\"]\n"));
    assertThat(c)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.key()).isEqualTo("services.web.command --port");
              assertThat(p.raw()).isEqualTo("--port=9898");
              assertThat(p.portValues()).containsExactly(9898L);
              assertThat(p.field()).isEqualTo(PortField.LISTEN_FLAG);
              assertThat(p.binding()).isEqualTo(Binding.NONE);
            });
  }

  @Test
  void aFlagThatListsSeveralListenersIsOneSettingOfAllTheirPorts() {
    List<PortCandidate> c =
        ModelCandidates.of(
            "compose.yaml",
            read(
                "compose.yaml",
                FileFormat.YAML,
                String.join(
                    "\n",
                    "services:",
                    "  redpanda:",
                    "    image: redpandadata/redpanda:v24.3.1",
                    "    command:",
                    "      - redpanda start",
                    "      - --kafka-addr internal://0.0.0.0:9092,external://0.0.0.0:19092",
                    "")));
    assertThat(c)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.key()).isEqualTo("services.redpanda.command --kafka-addr");
              assertThat(p.portValues()).containsExactly(9092L, 19092L);
              assertThat(p.line()).isEqualTo(6);
            });
    assertThat(new dev.portcheck.core.rules.RepeatedPortKeyRule().check(c)).isEmpty();
  }
}
