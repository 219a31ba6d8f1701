package dev.portcheck.core.engine;

import static dev.portcheck.core.wiring.WiringFixture.lines;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.Severity;
import dev.portcheck.core.wiring.FileWiring;
import dev.portcheck.core.wiring.WiringFixture;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScanWriterReaderTest {
  private static FileScanner.FileScan roundTrip(FileScanner.FileScan scan) throws IOException {
    byte[] bytes = BlockFiles.encode(w -> w.scan(scan));
    return new ScanReader(ByteBuffer.wrap(bytes)).scan();
  }

  @Test
  void wiringFactsAndRelatedLocationsSurviveTheIndex() throws IOException {
    FileWiring k8s =
        WiringFixture.facts(
            "k8s/all.yaml",
            lines(
                "apiVersion: apps/v1",
                "kind: Deployment",
                "metadata: {name: web, namespace: shop}",
                "spec:",
                "  template:",
                "    metadata: {labels: {app: web}}",
                "    spec:",
                "      containers:",
                "      - name: web",
                "        ports: [{containerPort: 8080, name: http, protocol: UDP}]",
                "        readinessProbe: {httpGet: {port: http}}",
                "        env: [{name: DB, value: 'db:5432'}]",
                "---",
                "apiVersion: v1",
                "kind: Service",
                "metadata: {name: web}",
                "spec: {selector: {app: web}, ports: [{port: 80, targetPort: http}]}",
                "---",
                "apiVersion: v1",
                "kind: ConfigMap",
                "metadata: {name: c}",
                "data: {url: 'http://web:80'}",
                "---",
                "apiVersion: networking.k8s.io/v1",
                "kind: Ingress",
                "metadata: {name: i}",
                "spec: {defaultBackend: {service: {name: web, port: {number: 80}}}}"));
    FileWiring compose =
        WiringFixture.facts(
            "docker-compose.yml",
            lines(
                "services:",
                "  api:",
                "    build: {context: api, dockerfile: Dockerfile.dev, target: dev}",
                "    ports: ['8080:80', {target: 90, published: 9090}]",
                "    expose: [81]",
                "    environment: [A=b:1]",
                "    healthcheck: {test: curl localhost:80}",
                "    hostname: x"));
    FileWiring image =
        WiringFixture.facts(
            "api/Dockerfile", "FROM x AS dev\nEXPOSE 81\nFROM dev AS Test\nFROM x\nEXPOSE 80\n");
    FileWiring app =
        WiringFixture.facts(
            "src/main/resources/application.yml", "server.port: 1\nu: http://a:2\n");
    FileWiring env = WiringFixture.facts(".env", "A=1\n");
    Finding related =
        new Finding("r", Severity.WARNING, "f", 1, 2, "k", 3, "m")
            .withRelated(new Finding.Related("g", 4, 5, "there"));
    for (FileWiring w : List.of(k8s, compose, image, app, env, FileWiring.EMPTY)) {
      FileScanner.FileScan scan =
          new FileScanner.FileScan(List.of(), List.of(related), List.of(), w);
      FileScanner.FileScan back = roundTrip(scan);
      assertThat(back.wiring()).isEqualTo(w);
      assertThat(back.findings()).containsExactly(related);
    }
    assertThat(k8s.workloads()).hasSize(1);
    assertThat(k8s.services()).hasSize(1);
    assertThat(k8s.configMaps()).hasSize(1);
    assertThat(k8s.backends()).hasSize(1);
    assertThat(compose.compose()).hasSize(1);
    assertThat(app.app()).hasSize(2);
    assertThat(compose.compose().get(0).target()).isEqualTo("dev");
    assertThat(image.images().get(0).stages()).containsOnlyKeys("dev", "test");
  }
}
