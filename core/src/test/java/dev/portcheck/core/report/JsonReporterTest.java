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

  /** portcheck.json of the module in {@code base}, analysed with every default. */
  private JsonNode analysedJson() throws IOException {
    PortcheckEngine engine = PortcheckEngine.standard();
    AnalysisResult result = engine.analyze(AnalysisRequest.defaults(base));
    Path out = base.resolve("portcheck.json");
    new JsonReporter()
        .write(result, new ReportContext("1.0", "demo", engine.rules().describe()), out);
    return new ObjectMapper().readTree(out.toFile());
  }

  @Test
  void writesTheWiringGraphAndTheOtherEndOfAFinding() throws IOException {
    Files.writeString(
        base.resolve("docker-compose.yml"),
        "services:\n  db: {image: postgres, ports: ['5433:5432']}\n"
            + "  api: {image: api, environment: {DB: 'db:5433'}}\n");
    JsonNode json = analysedJson();
    JsonNode wiring = json.get("wiring");
    assertThat(wiring.get("nodes")).hasSize(2);
    JsonNode edge = wiring.get("edges").get(0);
    assertThat(edge.get("from").asText()).isEqualTo("compose:api");
    assertThat(edge.get("to").asText()).isEqualTo("compose:db");
    assertThat(edge.get("port").asInt()).isEqualTo(5433);
    assertThat(edge.get("state").asText()).isEqualTo("broken");
    assertThat(edge.at("/fromLocation/line").asInt()).isEqualTo(3);
    JsonNode finding = json.get("findings").findParent("related");
    assertThat(finding.get("rule").asText()).isEqualTo("compose-client-port");
    assertThat(finding.at("/related/line").asInt()).isEqualTo(2);
  }

  @Test
  void aPortFromTheEnvFileNamesWhereItsVariableIsDefined() throws IOException {
    Files.writeString(base.resolve(".env"), "# ports\nCART_PORT=7070\n");
    Files.writeString(
        base.resolve("compose.yaml"),
        "services:\n  cart:\n    image: shop/cart\n    ports: [\"${CART_PORT}:8080\"]\n");
    JsonNode port = analysedJson().get("ports").findParent("definedAt");
    assertThat(port.get("file").asText()).isEqualTo("compose.yaml");
    assertThat(port.get("line").asInt()).isEqualTo(4);
    assertThat(port.get("ports")).extracting(JsonNode::asInt).containsExactly(7070, 8080);
    JsonNode defined = port.get("definedAt");
    assertThat(defined).hasSize(1);
    assertThat(defined.get(0).get("variable").asText()).isEqualTo("CART_PORT");
    assertThat(defined.get(0).get("file").asText()).isEqualTo(".env");
    assertThat(defined.get(0).get("line").asInt()).isEqualTo(2);
  }

  @Test
  void writesPortsAndFindingsSortedAndRelative() throws IOException {
    Path res = base.resolve("src/main/resources");
    Files.createDirectories(res);
    Files.writeString(res.resolve("b.properties"), "server.port=8080\n");
    Files.writeString(res.resolve("a.properties"), "x=1\nserver.port=99999\n");
    JsonNode json = analysedJson();
    assertThat(json.get("module").asText()).isEqualTo("demo");
    JsonNode ports = json.get("ports");
    assertThat(ports).hasSize(2);
    assertThat(ports.get(0).get("file").asText()).isEqualTo("src/main/resources/a.properties");
    assertThat(ports.get(0).get("line").asInt()).isEqualTo(2);
    assertThat(ports.get(0).get("ports").get(0).asLong()).isEqualTo(99999);
    // The next file's path, not the one encoded for the element before.
    assertThat(ports.get(1).get("file").asText()).isEqualTo("src/main/resources/b.properties");
    assertThat(ports.get(1).get("raw").asText()).isEqualTo("8080");
    assertThat(ports.get(1).get("role").asText()).isEqualTo("listen");
    JsonNode finding = json.get("findings").get(0);
    assertThat(finding.get("rule").asText()).isEqualTo("port-range");
    assertThat(finding.get("severity").asText()).isEqualTo("error");
    assertThat(finding.get("column").asInt()).isEqualTo(13);
    assertThat(json.get("summary").get("error").asInt()).isEqualTo(1);
  }

  /** Blocks rendered on several threads must give the very bytes one thread gives. */
  @Test
  void manyThreadsWriteTheSameBytesAsOne() throws IOException {
    java.util.List<dev.portcheck.core.candidates.PortCandidate> ports = new java.util.ArrayList<>();
    java.util.List<dev.portcheck.core.findings.Finding> findings = new java.util.ArrayList<>();
    for (int i = 0; i < 9_000; i++) {
      String file = String.format("m/%05d.properties", i);
      ports.add(
          dev.portcheck.core.candidates.TestCandidates.of(
              file,
              1,
              13,
              0,
              "server.port",
              Integer.toString(i),
              i % 3 == 0 ? "dev" : "",
              "app",
              dev.portcheck.core.candidates.Role.LISTEN,
              dev.portcheck.core.candidates.Protocol.TCP,
              "",
              java.util.List.of(
                  dev.portcheck.core.candidates.PortLiteral.parse(
                      Integer.toString(i),
                      1,
                      13,
                      dev.portcheck.core.candidates.PortLiteral.Origin.LITERAL,
                      dev.portcheck.core.candidates.PortLiteral.Side.SELF)),
              ""));
      if (i % 2 == 0) {
        findings.add(
            new dev.portcheck.core.findings.Finding(
                "port-range",
                dev.portcheck.core.findings.Severity.ERROR,
                file,
                1,
                13,
                "server.port",
                i,
                "message \"" + i + "\" \u00e9"));
      }
    }
    AnalysisResult result = new AnalysisResult(java.util.List.of("m"), ports, findings);
    ReportContext context = new ReportContext("1.0", "demo", java.util.List.of());
    Path one = base.resolve("one.json");
    Path four = base.resolve("four.json");
    new JsonReporter(1).write(result, context, one);
    new JsonReporter(4).write(result, context, four);
    assertThat(Files.readAllBytes(four)).isEqualTo(Files.readAllBytes(one));
    JsonNode json = new ObjectMapper().readTree(one.toFile());
    assertThat(json.get("ports")).hasSize(9_000);
    assertThat(json.get("findings")).hasSize(4_500);
    assertThat(json.get("ports").get(8_999).get("ports").get(0).asInt()).isEqualTo(8_999);
    assertThat(json.get("findings").get(1).get("message").asText())
        .isEqualTo("message \"2\" \u00e9");
  }
}
