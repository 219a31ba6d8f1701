package dev.portcheck.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.candidates.PortCandidate;
import dev.portcheck.core.candidates.PortLiteral;
import dev.portcheck.core.findings.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectVariablesTest {
  @TempDir Path base;

  private void write(String name, String text) throws IOException {
    Path p = base.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  private AnalysisResult analyse() throws IOException {
    return PortcheckEngine.standard().analyze(AnalysisRequest.defaults(base));
  }

  private PortCandidate at(AnalysisResult r, String key) {
    return r.candidates().stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow();
  }

  @Test
  void aPortFromTheEnvFileIsKnownWhereItIsUsed() throws IOException {
    write(".env", "CART_PORT=7070\n");
    write(
        "compose.yaml",
        "services:\n  cart:\n    image: shop/cart\n    ports:\n      - \"${CART_PORT}\"\n");
    AnalysisResult r = analyse();
    PortCandidate cart = at(r, "services.cart.ports[0]");
    assertThat(cart.ports())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.value()).isEqualTo(7070L);
              assertThat(p.origin()).isEqualTo(PortLiteral.Origin.VARIABLE);
              assertThat(p.line()).isEqualTo(5);
              assertThat(p.column()).isEqualTo(10);
              assertThat(p.definedAt())
                  .isEqualTo(new PortLiteral.Definition("CART_PORT", ".env", 1, 11));
            });
    assertThat(r.findings()).extracting(Finding::rule).doesNotContain("unresolved-port");
    assertThat(r.wiring().nodes()).anySatisfy(n -> assertThat(n.ports()).containsExactly(7070));
  }

  @Test
  void aVariableNoEnvFileDefinesStaysUnknown() throws IOException {
    write(
        "compose.yaml",
        "services:\n  cart:\n    image: shop/cart\n    ports:\n      - \"${CART_PORT}\"\n");
    AnalysisResult r = analyse();
    assertThat(at(r, "services.cart.ports[0]").ports()).isEmpty();
    assertThat(r.findings()).extracting(Finding::rule).containsExactly("unresolved-port");
  }

  @Test
  void theEnvFileOverridesADefaultAndAPublishBecomesOne() throws IOException {
    write(".env", "WEB_PORT=8081\n");
    write(
        "compose.yaml",
        "services:\n  web:\n    image: nginx\n    ports:\n      - \"${WEB_PORT:-8080}:80\"\n"
            + "      - \"${WEB_PORT}:81\"\n");
    AnalysisResult r = analyse();
    assertThat(at(r, "services.web.ports[0]").portValues()).containsExactly(8081L, 80L);
    assertThat(at(r, "services.web.ports[1]").portValues()).containsExactly(8081L, 81L);
  }

  @Test
  void aVariableWithoutBracesIsInterpolatedAsComposeDoes() throws IOException {
    write(".env", "SENTRY_BIND=9000\n");
    write(
        "compose.yaml",
        "services:\n  nginx:\n    image: nginx\n    ports:\n      - \"$SENTRY_BIND:80/tcp\"\n");
    AnalysisResult r = analyse();
    assertThat(at(r, "services.nginx.ports[0]").portValues()).containsExactly(9000L, 80L);
    assertThat(r.findings()).extracting(Finding::rule).doesNotContain("port-range");
  }

  @Test
  void aClashOfTwoVariablesIsFoundAndLinksTheDefinition() throws IOException {
    write(".env", "API_PORT=8080\nADMIN_PORT=8080\n");
    write(
        "compose.yaml",
        "services:\n  api:\n    image: shop/api\n    ports:\n      - \"${API_PORT}:80\"\n"
            + "  admin:\n    image: shop/admin\n    ports:\n      - \"${ADMIN_PORT}:80\"\n");
    AnalysisResult r = analyse();
    assertThat(r.findings())
        .filteredOn(f -> f.rule().equals("duplicate-port"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.line()).isEqualTo(9);
              assertThat(f.message()).contains("ADMIN_PORT at .env:2");
              assertThat(f.related().file()).isEqualTo(".env");
              assertThat(f.related().line()).isEqualTo(2);
            });
  }

  @Test
  void aDefaultTheEnvFileOverridesIsNotJudgedButTheDefaultAloneIs() throws IOException {
    write(
        "compose.yaml",
        "services:\n  web:\n    image: shop/web\n    ports:\n      - \"${WEB_PORT:-55000}:80\"\n");
    assertThat(analyse().findings()).extracting(Finding::rule).containsExactly("ephemeral-port");
    write(".env", "WEB_PORT=8080\n");
    AnalysisResult r = analyse();
    assertThat(r.findings()).isEmpty();
    assertThat(at(r, "services.web.ports[0]").portValues()).containsExactly(8080L, 80L);
  }

  @Test
  void resultsWaitingOnDiskAreReadAgainAlike() throws IOException {
    write(".env", "API_PORT=8080\nADMIN_PORT=8080\n");
    write(
        "compose.yaml",
        "services:\n  api:\n    image: shop/api\n    ports:\n      - \"${API_PORT}:80\"\n"
            + "  admin:\n    image: shop/admin\n    ports:\n      - \"${ADMIN_PORT}:80\"\n");
    AnalysisResult onHeap = analyse();
    AnalysisResult onDisk =
        new PortcheckEngine(dev.portcheck.core.rules.RuleSet.standard(), ResultStorage.DISK)
            .analyze(AnalysisRequest.defaults(base));
    assertThat(onDisk.candidates()).containsExactlyElementsOf(onHeap.candidates());
    assertThat(onDisk.findings()).containsExactlyElementsOf(onHeap.findings());
    assertThat(at(onDisk, "services.admin.ports[0]").portValues()).containsExactly(8080L, 80L);
  }
}
