package dev.portcheck.core.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.portcheck.core.candidates.Binding;
import dev.portcheck.core.candidates.FileKind;
import dev.portcheck.core.candidates.PortCandidate;
import dev.portcheck.core.candidates.PortLiteral;
import dev.portcheck.core.candidates.Protocol;
import dev.portcheck.core.candidates.Role;
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
import java.util.Arrays;
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
      array(out, result.candidates(), JsonReporter::port, pool);
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

  // Field names encoded once, not escaped again for every element.
  private static final SerializedString FILE = new SerializedString("file");
  private static final SerializedString LINE = new SerializedString("line");
  private static final SerializedString COLUMN = new SerializedString("column");
  private static final SerializedString KEY = new SerializedString("key");
  private static final SerializedString RAW = new SerializedString("raw");
  private static final SerializedString PORTS = new SerializedString("ports");
  private static final SerializedString ROLE = new SerializedString("role");
  private static final SerializedString PROTOCOL = new SerializedString("protocol");
  private static final SerializedString PROFILE = new SerializedString("profile");
  private static final SerializedString KIND = new SerializedString("kind");
  private static final SerializedString BINDING = new SerializedString("binding");
  private static final SerializedString DOCUMENT = new SerializedString("document");
  private static final SerializedString DEFINED_AT = new SerializedString("definedAt");
  private static final SerializedString VARIABLE = new SerializedString("variable");
  private static final SerializedString RULE = new SerializedString("rule");
  private static final SerializedString SEVERITY = new SerializedString("severity");
  private static final SerializedString MESSAGE = new SerializedString("message");

  // Enum ids encoded once too: every element carries two of them.
  private static final SerializedString[] ROLE_IDS =
      Arrays.stream(Role.values())
          .map(r -> new SerializedString(r.id()))
          .toArray(SerializedString[]::new);
  private static final SerializedString[] PROTOCOL_IDS =
      Arrays.stream(Protocol.values())
          .map(p -> new SerializedString(p.id()))
          .toArray(SerializedString[]::new);
  private static final SerializedString[] KIND_IDS =
      Arrays.stream(FileKind.values())
          .map(k -> new SerializedString(k.id()))
          .toArray(SerializedString[]::new);
  private static final SerializedString[] BINDING_IDS =
      Arrays.stream(Binding.values())
          .map(b -> new SerializedString(b.id()))
          .toArray(SerializedString[]::new);
  private static final SerializedString[] SEVERITY_IDS =
      Arrays.stream(Severity.values())
          .map(s -> new SerializedString(s.id()))
          .toArray(SerializedString[]::new);

  private static void port(JsonGenerator g, PortCandidate c, RepeatedStrings repeats)
      throws IOException {
    g.writeStartObject();
    g.writeFieldName(FILE);
    g.writeString(repeats.file(c.file()));
    g.writeFieldName(LINE);
    g.writeNumber(c.line());
    g.writeFieldName(COLUMN);
    g.writeNumber(c.column());
    g.writeFieldName(KEY);
    g.writeString(c.key());
    g.writeFieldName(RAW);
    g.writeString(c.raw());
    g.writeFieldName(PORTS);
    g.writeStartArray();
    for (PortLiteral p : c.ports()) {
      // c.portValues(), without a boxed list per element
      if (p.isInteger() && p.origin() != PortLiteral.Origin.REFERENCE) {
        g.writeNumber(p.value());
      }
    }
    g.writeEndArray();
    definedAt(g, c, repeats);
    g.writeFieldName(ROLE);
    g.writeString(ROLE_IDS[c.role().ordinal()]);
    g.writeFieldName(PROTOCOL);
    g.writeString(PROTOCOL_IDS[c.protocol().ordinal()]);
    g.writeFieldName(KIND);
    g.writeString(KIND_IDS[c.kind().ordinal()]);
    g.writeFieldName(BINDING);
    g.writeString(BINDING_IDS[c.binding().ordinal()]);
    if (!c.profile().isEmpty()) {
      g.writeFieldName(PROFILE);
      g.writeString(c.profile());
    }
    if (c.document() > 0) {
      g.writeFieldName(DOCUMENT);
      g.writeNumber(c.document());
    }
    g.writeEndObject();
  }

  /**
   * Where the compose variables that give the numbers are defined ({@code .env} lines), when they
   * do: the numbers themselves are located where compose uses them.
   */
  private static void definedAt(JsonGenerator g, PortCandidate c, RepeatedStrings repeats)
      throws IOException {
    boolean open = false;
    for (PortLiteral p : c.ports()) {
      PortLiteral.Definition d = p.definedAt();
      if (d == null) {
        continue;
      }
      if (!open) {
        g.writeFieldName(DEFINED_AT);
        g.writeStartArray();
        open = true;
      }
      g.writeStartObject();
      g.writeFieldName(VARIABLE);
      g.writeString(d.variable());
      g.writeFieldName(FILE);
      g.writeString(repeats.file(d.file()));
      g.writeFieldName(LINE);
      g.writeNumber(d.line());
      g.writeFieldName(COLUMN);
      g.writeNumber(d.column());
      g.writeEndObject();
    }
    if (open) {
      g.writeEndArray();
    }
  }

  private static void finding(JsonGenerator g, Finding f, RepeatedStrings repeats)
      throws IOException {
    g.writeStartObject();
    g.writeFieldName(RULE);
    g.writeString(repeats.rule(f.rule()));
    g.writeFieldName(SEVERITY);
    g.writeString(SEVERITY_IDS[f.severity().ordinal()]);
    g.writeFieldName(FILE);
    g.writeString(repeats.file(f.file()));
    g.writeFieldName(LINE);
    g.writeNumber(f.line());
    g.writeFieldName(COLUMN);
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
