package dev.portcheck.core.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.portcheck.core.engine.AnalysisResult;
import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.Severity;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code portcheck.json}: every port found and every finding, sorted by file, line and column, one
 * per line. Elements are rendered with Jackson in blocks, in parallel when given threads, and
 * written in order as they are done, so a large scan neither builds the document in memory nor
 * waits on one core.
 */
public final class JsonReporter implements Reporter {
  private static final JsonFactory JSON = new JsonFactory();
  private static final int BLOCK = 2048;
  // A port line is about 250 bytes: a block's buffer seldom has to grow.
  private static final int BYTES_PER_ELEMENT = 256;
  private static final String SEPARATOR = ",\n    ";

  private final int threads;

  public JsonReporter() {
    this(1);
  }

  public JsonReporter(int threads) {
    this.threads = Math.max(1, threads);
  }

  @Override
  public String fileName() {
    return "portcheck.json";
  }

  /** Writes one element; called from the rendering threads. */
  private interface Element<T> {
    void write(JsonGenerator g, T item, RepeatedStrings repeats) throws IOException;
  }

  /** A rendered block, written out of its own buffer without another copy. */
  private static final class Block extends ByteArrayOutputStream {
    Block(int size) {
      super(size);
    }
  }

  @Override
  public void write(AnalysisResult result, ReportContext context, Path file) throws IOException {
    int work = result.candidates().size() + result.findings().size();
    ExecutorService pool =
        threads > 1 && work > BLOCK ? Executors.newFixedThreadPool(threads) : null;
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      ascii(out, "{\n  \"tool\" : \"portcheck\",\n  \"version\" : ");
      out.write(render((g, none, r) -> g.writeString(context.toolVersion())));
      ascii(out, ",\n  \"module\" : ");
      out.write(render((g, none, r) -> g.writeString(context.module())));
      ascii(out, ",\n  \"summary\" : ");
      out.write(render((g, none, r) -> summary(g, result)));
      ascii(out, ",\n  \"ports\" : [");
      array(out, result.candidates(), PortJson::write, pool);
      ascii(out, "],\n  \"findings\" : [");
      array(out, result.findings(), JsonReporter::finding, pool);
      ascii(out, "],\n  \"wiring\" : ");
      out.write(render((g, none, r) -> WiringJson.write(g, result.wiring())));
      ascii(out, "\n}\n");
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }

  private static void summary(JsonGenerator g, AnalysisResult result) throws IOException {
    g.writeStartObject();
    g.writeNumberField("files", result.files().size());
    g.writeNumberField("ports", result.candidates().size());
    for (Severity s : Severity.values()) {
      g.writeNumberField(s.id(), result.count(s));
    }
    g.writeEndObject();
  }

  // Field names encoded once, not escaped again for every element; a port's in PortJson.
  private static final SerializedString RULE = new SerializedString("rule");
  private static final SerializedString SEVERITY = new SerializedString("severity");
  private static final SerializedString MESSAGE = new SerializedString("message");
  private static final SerializedString[] SEVERITY_IDS =
      PortJson.encoded(Severity.values(), Severity::id);

  private static void finding(JsonGenerator g, Finding f, RepeatedStrings repeats)
      throws IOException {
    g.writeStartObject();
    g.writeFieldName(RULE);
    g.writeString(repeats.rule(f.rule()));
    g.writeFieldName(SEVERITY);
    g.writeString(SEVERITY_IDS[f.severity().ordinal()]);
    g.writeFieldName(PortJson.FILE);
    g.writeString(repeats.file(f.file()));
    g.writeFieldName(PortJson.LINE);
    g.writeNumber(f.line());
    g.writeFieldName(PortJson.COLUMN);
    g.writeNumber(f.column());
    g.writeFieldName(MESSAGE);
    g.writeString(f.message());
    Finding.Related other = f.related();
    if (other != null) {
      g.writeFieldName("related");
      g.writeStartObject();
      g.writeStringField("file", other.file());
      g.writeNumberField("line", other.line());
      g.writeNumberField("column", other.column());
      g.writeStringField("message", other.message());
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  /** The elements, one per line; blocks rendered a wave at a time and written in order. */
  private <T> void array(OutputStream out, List<T> items, Element<T> element, ExecutorService pool)
      throws IOException {
    if (items.isEmpty()) {
      return;
    }
    ascii(out, "\n    ");
    int blocks = (items.size() + BLOCK - 1) / BLOCK;
    int wave = pool == null ? 1 : threads * 2;
    for (int first = 0; first < blocks; first += wave) {
      List<Future<Block>> rendered = new ArrayList<>();
      for (int b = first; b < Math.min(blocks, first + wave); b++) {
        List<T> block = items.subList(b * BLOCK, Math.min(items.size(), (b + 1) * BLOCK));
        rendered.add(
            pool == null
                ? CompletableFuture.completedFuture(renderBlock(block, element))
                : pool.submit(() -> renderBlock(block, element)));
      }
      for (int i = 0; i < rendered.size(); i++) {
        if (first + i > 0) {
          ascii(out, SEPARATOR);
        }
        get(rendered.get(i)).writeTo(out);
      }
    }
    ascii(out, "\n  ");
  }

  private static <T> Block renderBlock(List<T> block, Element<T> element) throws IOException {
    Block bytes = new Block(block.size() * BYTES_PER_ELEMENT);
    RepeatedStrings repeats = new RepeatedStrings();
    try (JsonGenerator g = JSON.createGenerator(bytes, JsonEncoding.UTF8)) {
      g.setRootValueSeparator(new SerializedString(SEPARATOR));
      for (T item : block) {
        element.write(g, item, repeats);
      }
    }
    return bytes;
  }

  private static byte[] render(Element<Void> value) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
    try (JsonGenerator g = JSON.createGenerator(bytes, JsonEncoding.UTF8)) {
      value.write(g, null, new RepeatedStrings());
    }
    return bytes.toByteArray();
  }

  private static Block get(Future<Block> block) throws IOException {
    try {
      return block.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("report interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IOException("cannot render report: " + e.getCause(), e.getCause());
    }
  }

  private static void ascii(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.US_ASCII));
  }
}
