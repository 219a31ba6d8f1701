package dev.portcheck.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.portcheck.core.engine.AnalysisResult;
import dev.portcheck.core.findings.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifReporterTest {
  @TempDir Path base;

  private static Schema schema() throws IOException {
    try (InputStream in =
        SarifReporterTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
    }
  }

  @Test
  void validatesAgainstTheOfficialSchema() throws IOException {
    AnalysisResult result = ReportFixture.analyse(base);
    String text =
        ReportFixture.written(new SarifReporter(), result, base.resolve("portcheck.sarif"));
    assertThat(schema().validate(text, InputFormat.JSON)).isEmpty();

    JsonNode run = new ObjectMapper().readTree(text).get("runs").get(0);
    assertThat(run.at("/tool/driver/name").asText()).isEqualTo("portcheck");
    assertThat(run.at("/tool/driver/rules").size())
        .isEqualTo(ReportFixture.context().rules().size());
    assertThat(run.at("/tool/driver/rules/0/helpUri").asText()).contains("#rule-");
    JsonNode first = run.get("results").get(0);
    assertThat(first.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .startsWith("services/orders/");
    assertThat(first.at("/locations/0/physicalLocation/artifactLocation/uriBaseId").asText())
        .isEqualTo("%SRCROOT%");
    assertThat(run.get("results").size()).isEqualTo(result.findings().size());
    int index = first.get("ruleIndex").asInt();
    assertThat(run.at("/tool/driver/rules/" + index + "/id").asText())
        .isEqualTo(first.get("ruleId").asText());
  }

  @Test
  void theOtherEndOfAConnectionIsARelatedLocation() throws IOException {
    AnalysisResult scanned = ReportFixture.analyse(base);
    Finding wiring =
        new Finding(
                "service-target-port",
                dev.portcheck.core.findings.Severity.WARNING,
                "k8s/svc.yaml",
                9,
                17,
                "targetPort",
                8081,
                "Service 'web' targetPort 8081 is declared by no container")
            .withRelated(new Finding.Related("k8s/deploy.yaml", 20, 24, "container port"));
    AnalysisResult result =
        new AnalysisResult(scanned.files(), scanned.candidates(), java.util.List.of(wiring));
    String text =
        ReportFixture.written(new SarifReporter(), result, base.resolve("portcheck.sarif"));
    assertThat(schema().validate(text, InputFormat.JSON)).isEmpty();
    JsonNode related = new ObjectMapper().readTree(text).at("/runs/0/results/0/relatedLocations/0");
    assertThat(related.at("/physicalLocation/artifactLocation/uri").asText())
        .endsWith("k8s/deploy.yaml");
    assertThat(related.at("/physicalLocation/region/startLine").asInt()).isEqualTo(20);
    assertThat(related.at("/message/text").asText()).isEqualTo("container port");
  }

  @Test
  void aBrokenDocumentFailsTheSchema() throws IOException {
    assertThat(
            schema()
                .validate("{\"version\":\"2.1.0\",\"runs\":[{\"results\":[]}]}", InputFormat.JSON))
        .isNotEmpty();
  }

  /** A finding of a.yml, the same but for its line and port. */
  private static Finding privilegedPort(int line, int port) {
    return new Finding(
        "privileged-port",
        dev.portcheck.core.findings.Severity.WARNING,
        "a.yml",
        line,
        9,
        "server.port",
        port,
        "m");
  }

  @Test
  void fingerprintsSurviveLineShifts() {
    ReportContext ctx = ReportFixture.context();
    Finding a = privilegedPort(3, 80);
    Finding moved = privilegedPort(30, 80);
    Finding other = privilegedPort(3, 81);
    assertThat(SarifReporter.fingerprint(ctx, a))
        .isEqualTo(SarifReporter.fingerprint(ctx, moved))
        .isNotEqualTo(SarifReporter.fingerprint(ctx, other));
  }
}
