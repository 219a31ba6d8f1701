package dev.portcheck.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.engine.AnalysisRequest;
import dev.portcheck.core.engine.AnalysisResult;
import dev.portcheck.core.engine.PortcheckEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortMapRowsTest {
  @TempDir Path base;

  private AnalysisResult analyse() throws Exception {
    Path res = base.resolve("src/main/resources");
    Files.createDirectories(res);
    Files.writeString(res.resolve("application.properties"), "server.port=8080\n");
    Files.writeString(res.resolve("application-dev.properties"), "server.port=9090\n");
    Files.writeString(
        base.resolve("docker-compose.yml"),
        """
        services:
          web:
            image: example/web:1
            ports: ["8080:80", "8081:81", "8082:82"]
        """);
    String pod =
        """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: shop}
        spec:
          template:
            spec:
              containers:
              - name: shop
                image: example/shop:1
                ports: [{containerPort: 8080}, {containerPort: 8081, hostPort: 30080}]
        """;
    Files.createDirectories(base.resolve("k8s/plain"));
    Files.createDirectories(base.resolve("k8s/other"));
    Files.writeString(base.resolve("k8s/plain/shop.yaml"), pod);
    Files.writeString(base.resolve("k8s/other/shop.yaml"), pod);
    return PortcheckEngine.standard().analyze(AnalysisRequest.defaults(base));
  }

  @Test
  void aRowPerApplicationProfileComposeServicePodAndTheHost() throws Exception {
    AnalysisResult result = analyse();
    PortMapRows.Rows rows =
        PortMapRows.of("orders", result.candidates(), result.findings(), result.wiring());
    assertThat(rows.rows())
        .extracting(
            r ->
                r.key().kind()
                    + " "
                    + r.key().name()
                    + " | "
                    + r.pins().stream().map(PortMapRows.Pin::port).toList())
        .containsExactly(
            "APPLICATION orders | [8080]",
            "APPLICATION orders | [9090]",
            "COMPOSE web | [80, 81, 82]",
            "POD shop | [8080, 8081]",
            "HOST  | [8080, 8081, 8082, 30080]");
    // the same pod in two folders shares a row that names both
    assertThat(rows.rows().get(3).places())
        .containsExactly("k8s/other/shop.yaml", "k8s/plain/shop.yaml");
  }

  @Test
  void closePortsGetLabelsThatDoNotOverlap() throws Exception {
    AnalysisResult result = analyse();
    String svg = PortMap.svg("orders", result);
    Matcher chip =
        Pattern.compile("<rect class=\"chip\" x=\"([\\d.]+)\" y=\"([\\d.]+)\" width=\"([\\d.]+)\"")
            .matcher(svg);
    java.util.List<double[]> boxes = new java.util.ArrayList<>();
    while (chip.find()) {
      double x = Double.parseDouble(chip.group(1));
      double y = Double.parseDouble(chip.group(2));
      boxes.add(new double[] {x, y, x + Double.parseDouble(chip.group(3)), y + 14});
    }
    assertThat(boxes).hasSize(11);
    for (int i = 0; i < boxes.size(); i++) {
      for (int j = i + 1; j < boxes.size(); j++) {
        double[] a = boxes.get(i);
        double[] b = boxes.get(j);
        boolean overlap = a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
        assertThat(overlap).as("chips %d and %d overlap", i, j).isFalse();
      }
    }
  }
}
