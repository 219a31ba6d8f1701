package dev.portcheck.core.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.portcheck.core.candidates.PortCandidate;
import dev.portcheck.core.engine.AnalysisResult;
import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code portcheck.json}: every port found and every finding, sorted by file, line and column.
 * Streamed with Jackson so a large scan never builds the document in memory.
 */
public final class JsonReporter implements Reporter {
  private static final JsonFactory JSON = new JsonFactory();

  @Override
  public String fileName() {
    return "portcheck.json";
  }

  @Override
  public void write(AnalysisResult result, ReportContext context, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file);
        JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("tool", "portcheck");
      g.writeStringField("version", context.toolVersion());
      g.writeStringField("module", context.module());
      g.writeObjectFieldStart("summary");
      g.writeNumberField("files", result.files().size());
      g.writeNumberField("ports", result.candidates().size());
      for (Severity s : Severity.values()) {
        g.writeNumberField(s.id(), result.count(s));
      }
      g.writeEndObject();
      g.writeArrayFieldStart("ports");
      for (PortCandidate c : result.candidates()) {
        g.writeStartObject();
        g.writeStringField("file", c.file());
        g.writeNumberField("line", c.line());
        g.writeNumberField("column", c.column());
        g.writeStringField("key", c.key());
        g.writeStringField("raw", c.raw());
        g.writeArrayFieldStart("ports");
        for (Long v : c.portValues()) {
          g.writeNumber(v);
        }
        g.writeEndArray();
        g.writeStringField("role", c.role().id());
        g.writeStringField("protocol", c.protocol().id());
        if (!c.profile().isEmpty()) {
          g.writeStringField("profile", c.profile());
        }
        if (c.document() > 0) {
          g.writeNumberField("document", c.document());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("findings");
      for (Finding f : result.findings()) {
        g.writeStartObject();
        g.writeStringField("rule", f.rule());
        g.writeStringField("severity", f.severity().id());
        g.writeStringField("file", f.file());
        g.writeNumberField("line", f.line());
        g.writeNumberField("column", f.column());
        g.writeStringField("message", f.message());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }
}
