package dev.portcheck.core.report;

import dev.portcheck.core.engine.AnalysisResult;
import dev.portcheck.core.findings.Finding;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * {@code portcheck-checkstyle.xml}: the checkstyle result format that Jenkins warnings-ng,
 * reviewdog and most CI dashboards read. One {@code <file>} per file with findings, one {@code
 * <error>} per finding, {@code source} naming the rule as {@code portcheck.<rule>}.
 */
public final class CheckstyleReporter implements Reporter {

  @Override
  public String fileName() {
    return "portcheck-checkstyle.xml";
  }

  @Override
  public void write(AnalysisResult result, ReportContext context, Path file) throws IOException {
    Map<String, List<Finding>> byFile = new LinkedHashMap<>();
    for (String f : result.files()) {
      byFile.put(f, new java.util.ArrayList<>());
    }
    for (Finding f : result.findings()) {
      byFile.computeIfAbsent(f.file(), k -> new java.util.ArrayList<>()).add(f);
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("checkstyle");
      xml.writeAttribute("version", "8.0");
      for (Map.Entry<String, List<Finding>> e : byFile.entrySet()) {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("file");
        xml.writeAttribute("name", e.getKey());
        for (Finding f : e.getValue()) {
          xml.writeCharacters("\n    ");
          xml.writeEmptyElement("error");
          xml.writeAttribute("line", Integer.toString(f.line()));
          xml.writeAttribute("column", Integer.toString(f.column()));
          xml.writeAttribute("severity", f.severity().id());
          xml.writeAttribute("message", f.message());
          xml.writeAttribute("source", "portcheck." + f.rule());
        }
        if (!e.getValue().isEmpty()) {
          xml.writeCharacters("\n  ");
        }
        xml.writeEndElement();
      }
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
