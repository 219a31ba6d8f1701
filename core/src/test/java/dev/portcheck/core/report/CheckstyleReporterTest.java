package dev.portcheck.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.engine.AnalysisResult;
import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class CheckstyleReporterTest {
  @TempDir Path base;

  @Test
  void writesOneErrorElementPerFindingUnderItsFile() throws Exception {
    AnalysisResult result = ReportFixture.analyse(base);
    Path out = base.resolve("portcheck-checkstyle.xml");
    new CheckstyleReporter().write(result, ReportFixture.context(), out);

    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document doc = factory.newDocumentBuilder().parse(out.toFile());
    Element root = doc.getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("checkstyle");
    NodeList errors = doc.getElementsByTagName("error");
    assertThat(errors.getLength()).isEqualTo(result.findings().size());
    NodeList files = doc.getElementsByTagName("file");
    assertThat(files.getLength()).isEqualTo(result.files().size());
    Element firstError = null;
    for (int i = 0; i < files.getLength(); i++) {
      Element file = (Element) files.item(i);
      if (file.getAttribute("name").equals("src/main/resources/application.properties")) {
        firstError = (Element) file.getElementsByTagName("error").item(0);
      }
    }
    assertThat(firstError).isNotNull();
    assertThat(firstError.getAttribute("line")).isEqualTo("1");
    assertThat(firstError.getAttribute("column")).isEqualTo("13");
    assertThat(firstError.getAttribute("severity")).isEqualTo("error");
    assertThat(firstError.getAttribute("source")).isEqualTo("portcheck.port-range");
    assertThat(firstError.getAttribute("message")).contains("70000");
  }

  /** A skipped file's finding gets its own element, in path order among the scanned files. */
  @Test
  void filesAndFindingsAreMergedInPathOrder() throws Exception {
    AnalysisResult result =
        new AnalysisResult(
            List.of("a.yml", "c.yml", "d.yml"),
            List.of(),
            List.of(
                finding("a.yml", 1),
                finding("a.yml", 4),
                finding("b.yml", 1),
                finding("c.yml", 2)));
    Path out = base.resolve("portcheck-checkstyle.xml");
    new CheckstyleReporter().write(result, ReportFixture.context(), out);
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    NodeList files = factory.newDocumentBuilder().parse(out.toFile()).getElementsByTagName("file");
    List<String> seen = new ArrayList<>();
    for (int i = 0; i < files.getLength(); i++) {
      Element file = (Element) files.item(i);
      seen.add(file.getAttribute("name") + "=" + file.getElementsByTagName("error").getLength());
    }
    assertThat(seen).containsExactly("a.yml=2", "b.yml=1", "c.yml=1", "d.yml=0");
  }

  private static Finding finding(String file, int line) {
    return new Finding("port-range", Severity.ERROR, file, line, 1, "k", -1, "bad " + line);
  }
}
