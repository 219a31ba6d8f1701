package dev.portcheck.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.engine.AnalysisRequest;
import dev.portcheck.core.engine.AnalysisResult;
import dev.portcheck.core.engine.PortcheckEngine;
import dev.portcheck.core.findings.Finding;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.doxia.sink.Sink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteReportRendererTest {
  @TempDir Path base;

  @Test
  void writesEveryFindingAndPortToTheSink() throws Exception {
    Path res = base.resolve("src/main/resources");
    Files.createDirectories(res);
    Files.writeString(res.resolve("application.properties"), "server.port=70000\nx.port=22\n");
    AnalysisResult result = PortcheckEngine.standard().analyze(AnalysisRequest.defaults(base));

    List<String> texts = new ArrayList<>();
    List<String> raw = new ArrayList<>();
    Sink sink =
        (Sink)
            Proxy.newProxyInstance(
                Sink.class.getClassLoader(),
                new Class<?>[] {Sink.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("text") && args != null) {
                    texts.add((String) args[0]);
                  } else if (method.getName().equals("rawText") && args != null) {
                    raw.add((String) args[0]);
                  }
                  return null;
                });
    new SiteReportRenderer(sink).render("orders", result);

    for (Finding f : result.findings()) {
      assertThat(texts).contains(f.message());
    }
    assertThat(texts).contains("server.port", "x.port", "Findings", "Port map");
    assertThat(raw).singleElement().satisfies(svg -> assertThat(svg).startsWith("<svg"));
  }
}
