package dev.portcheck.core.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.portcheck.core.wiring.Loc;
import dev.portcheck.core.wiring.WiringGraph;
import java.io.IOException;

/**
 * The {@code wiring} section of {@code portcheck.json}: nodes (listeners with their ports) and
 * edges (from, to, port, both locations, state {@code ok}, {@code broken} or {@code unknown}).
 */
final class WiringJson {
  private WiringJson() {}

  static void write(JsonGenerator g, WiringGraph graph) throws IOException {
    g.writeStartObject();
    g.writeArrayFieldStart("nodes");
    for (WiringGraph.Node n : graph.nodes()) {
      g.writeStartObject();
      g.writeStringField("id", n.id());
      g.writeStringField("kind", n.kind());
      g.writeStringField("name", n.name());
      // ports the files write, each also a setting of the port inventory; then what only an
      // image's documentation says, which no setting holds
      g.writeArrayFieldStart("ports");
      for (WiringGraph.Listener l : n.listeners()) {
        if (!l.documented()) {
          g.writeNumber(l.port());
        }
      }
      g.writeEndArray();
      g.writeArrayFieldStart("imagePorts");
      for (WiringGraph.Listener l : n.listeners()) {
        if (l.documented()) {
          g.writeNumber(l.port());
        }
      }
      g.writeEndArray();
      g.writeArrayFieldStart("listeners");
      for (WiringGraph.Listener l : n.listeners()) {
        if (!l.documented()) {
          g.writeStartObject();
          g.writeNumberField("port", l.port());
          g.writeStringField("file", l.loc().file());
          g.writeNumberField("line", l.loc().line());
          g.writeNumberField("column", l.loc().column());
          g.writeEndObject();
        }
      }
      g.writeEndArray();
      loc(g, "location", n.loc());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("edges");
    for (WiringGraph.Edge e : graph.edges()) {
      g.writeStartObject();
      g.writeStringField("from", e.from());
      g.writeStringField("to", e.to());
      g.writeNumberField("port", e.port());
      loc(g, "fromLocation", e.fromLoc());
      loc(g, "toLocation", e.toLoc());
      g.writeStringField("state", e.state().id());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void loc(JsonGenerator g, String field, Loc loc) throws IOException {
    g.writeObjectFieldStart(field);
    g.writeStringField("file", loc.file());
    g.writeNumberField("line", loc.line());
    g.writeNumberField("column", loc.column());
    g.writeEndObject();
  }
}
