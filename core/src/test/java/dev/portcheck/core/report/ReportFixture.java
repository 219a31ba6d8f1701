package dev.portcheck.core.report;

import dev.portcheck.core.engine.AnalysisRequest;
import dev.portcheck.core.engine.AnalysisResult;
import dev.portcheck.core.engine.PortcheckEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small module with findings of every severity, analysed for real. */
final class ReportFixture {
  private ReportFixture() {}

  static AnalysisResult analyse(Path base) throws IOException {
    Path res = base.resolve("src/main/resources");
    Files.createDirectories(res);
    Files.writeString(
        res.resolve("application.properties"),
        "server.port=70000\nmanagement.server.port=22\nadmin.port=0\nx.url=http://db:5432/x\n");
    Files.writeString(
        base.resolve("docker-compose.yml"),
        "services:\n  web:\n    image: nginx:1\n    ports:\n      - \"8080:80\"\n      - \"<&>:1\"\n");
    return PortcheckEngine.standard().analyze(AnalysisRequest.defaults(base));
  }

  /**
   * Writes {@code result} to {@code out} with {@code reporter} and {@link #context()}; its text.
   */
  static String written(Reporter reporter, AnalysisResult result, Path out) throws IOException {
    reporter.write(result, context(), out);
    return Files.readString(out);
  }

  static ReportContext context() {
    return new ReportContext(
        "1.2.3",
        "orders",
        dev.portcheck.core.rules.RuleSet.standard().describe(),
        "services/orders/");
  }
}
