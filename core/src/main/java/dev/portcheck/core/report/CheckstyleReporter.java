package dev.portcheck.core.report;

import dev.portcheck.core.engine.AnalysisResult;
import dev.portcheck.core.findings.Finding;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("checkstyle");
      xml.writeAttribute("version", "8.0");
      // Files and findings both come in path order: one pass over each, nothing grouped in memory.
      // A file with findings that was not scanned (skipped) takes its place in that order.
      List<String> files = result.files();
      List<Finding> findings = result.findings();
      int nextFile = 0;
      int nextFinding = 0;
      while (nextFile < files.size() || nextFinding < findings.size()) {
        String name =
            nextFinding == findings.size()
                    || (nextFile < files.size()
                        && files.get(nextFile).compareTo(findings.get(nextFinding).file()) <= 0)
                ? files.get(nextFile)
                : findings.get(nextFinding).file();
        if (nextFile < files.size() && files.get(nextFile).equals(name)) {
          nextFile++;
        }
        xml.writeCharacters("\n  ");
        xml.writeStartElement("file");
        xml.writeAttribute("name", name);
        boolean any = false;
        for (; nextFinding < findings.size() && findings.get(nextFinding).file().equals(name); ) {
          Finding f = findings.get(nextFinding++);
          xml.writeCharacters("\n    ");
          xml.writeEmptyElement("error");
          xml.writeAttribute("line", Integer.toString(f.line()));
          xml.writeAttribute("column", Integer.toString(f.column()));
          xml.writeAttribute("severity", f.severity().id());
          xml.writeAttribute("message", f.message());
          xml.writeAttribute("source", "portcheck." + f.rule());
          any = true;
        }
        if (any) {
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
