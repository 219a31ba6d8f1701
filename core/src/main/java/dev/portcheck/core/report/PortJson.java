package dev.portcheck.core.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.portcheck.core.candidates.Binding;
import dev.portcheck.core.candidates.FileKind;
import dev.portcheck.core.candidates.PortCandidate;
import dev.portcheck.core.candidates.PortLiteral;
import dev.portcheck.core.candidates.Protocol;
import dev.portcheck.core.candidates.Role;
import java.io.IOException;
import java.util.function.Function;

/** One element of {@code portcheck.json} {@code ports}: a port setting, on one line. */
final class PortJson {
  private PortJson() {}

  // Field names encoded once, not escaped again for every element.
  static final SerializedString FILE = new SerializedString("file");
  static final SerializedString LINE = new SerializedString("line");
  static final SerializedString COLUMN = new SerializedString("column");
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

  // Enum ids encoded once too: every element carries two of them.
  private static final SerializedString[] ROLE_IDS = encoded(Role.values(), Role::id);
  private static final SerializedString[] PROTOCOL_IDS = encoded(Protocol.values(), Protocol::id);
  private static final SerializedString[] KIND_IDS = encoded(FileKind.values(), FileKind::id);
  private static final SerializedString[] BINDING_IDS = encoded(Binding.values(), Binding::id);

  /** Each value's id, encoded once, by ordinal. */
  static <E> SerializedString[] encoded(E[] values, Function<E, String> id) {
    SerializedString[] out = new SerializedString[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = new SerializedString(id.apply(values[i]));
    }
    return out;
  }

  static void write(JsonGenerator g, PortCandidate c, RepeatedStrings repeats) throws IOException {
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
    definedAt(g, c);
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
  private static void definedAt(JsonGenerator g, PortCandidate c) throws IOException {
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
      g.writeString(d.file());
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
}
