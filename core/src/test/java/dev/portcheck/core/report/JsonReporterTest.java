package dev.portcheck.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portcheck.core.engine.AnalysisRequest;
import dev.portcheck.core.engine.AnalysisResult;
import dev.portcheck.core.engine.PortcheckEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonReporterTest {
  @TempDir Path base;

  @Test
  void writesPortsAndFindingsSortedAndRelative() throws IOException {
    Path res = base.resolve("src/main/resources");
    Files.createDirectories(res);
    Files.writeString(res.resolve("b.properties"), "server.port=8080\n");
    Files.writeString(res.resolve("a.properties"), "x=1\nserver.port=99999\n");
    PortcheckEngine engine = PortcheckEngine.standard();
    AnalysisResult result = engine.analyze(AnalysisRequest.defaults(base));
    Path out = base.resolve("portcheck.json");
    new JsonReporter()
        .write(result, new ReportContext("1.0", "demo", engine.rules().describe()), out);

    JsonNode json = new ObjectMapper().readTree(out.toFile());
    assertThat(json.get("module").asText()).isEqualTo("demo");
    JsonNode ports = json.get("ports");
    assertThat(ports).hasSize(2);
    assertThat(ports.get(0).get("file").asText()).isEqualTo("src/main/resources/a.properties");
    assertThat(ports.get(0).get("line").asInt()).isEqualTo(2);
    assertThat(ports.get(0).get("ports").get(0).asLong()).isEqualTo(99999);
    assertThat(ports.get(1).get("raw").asText()).isEqualTo("8080");
    assertThat(ports.get(1).get("role").asText()).isEqualTo("listen");
    JsonNode finding = json.get("findings").get(0);
    assertThat(finding.get("rule").asText()).isEqualTo("port-range");
    assertThat(finding.get("severity").asText()).isEqualTo("error");
    assertThat(finding.get("column").asInt()).isEqualTo(13);
    assertThat(json.get("summary").get("error").asInt()).isEqualTo(1);
  }
}
