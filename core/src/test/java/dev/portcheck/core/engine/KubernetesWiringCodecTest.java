package dev.portcheck.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.candidates.Protocol;
import dev.portcheck.core.wiring.KubeService;
import dev.portcheck.core.wiring.ListenFlags;
import dev.portcheck.core.wiring.Loc;
import dev.portcheck.core.wiring.PortRef;
import dev.portcheck.core.wiring.Setting;
import dev.portcheck.core.wiring.Workload;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KubernetesWiringCodecTest {
  private static final String FILE = "k8s/web.yaml";

  private static Loc at(int line, int column) {
    return new Loc(FILE, line, column);
  }

  @Test
  void aWorkloadWithItsContainerAndAServiceComeBackEqual() throws IOException {
    Workload.Container container =
        new Workload.Container(
            "web",
            List.of(
                new Workload.ContainerPort(8080, "http", Protocol.TCP, at(10, 25)),
                new Workload.ContainerPort(5353, "", Protocol.UDP, at(11, 25))),
            true,
            List.of(
                new Workload.Probe(
                    Workload.ProbeKind.READINESS,
                    "httpGet",
                    PortRef.name("http"),
                    "/health",
                    at(12, 40)),
                new Workload.Probe(
                    Workload.ProbeKind.LIVENESS, "tcpSocket", PortRef.number(8080), at(13, 40)),
                new Workload.Probe(
                    Workload.ProbeKind.STARTUP, "grpc", PortRef.UNKNOWN, at(14, 40))),
            List.of(
                new Setting("DB_URL", "db:5432", at(15, 30)),
                new Setting(
                    "SPRING_PROFILES_ACTIVE", Workload.Container.FROM_ELSEWHERE, at(16, 30))),
            "registry/web:1",
            false,
            List.of(new ListenFlags.Listen("--metrics-bind-address=:8443", 8443, at(17, 20))),
            List.of(new Setting("--backend-url", "--backend-url=http://api:9898", at(18, 20))),
            at(9, 9));
    Workload workload =
        new Workload(
            "Deployment",
            "web",
            "shop",
            Map.of("app", "web", "tier", "front"),
            true,
            List.of(container),
            List.of(new Setting("dapr.io/app-port", "localhost:6001", at(8, 27))),
            at(2, 7));
    KubeService service =
        new KubeService(
            "web",
            "shop",
            Map.of("app", "web"),
            true,
            false,
            List.of(
                new KubeService.ServicePort(
                    "http", 80, PortRef.name("http"), Protocol.TCP, at(22, 15), at(22, 35), true),
                new KubeService.ServicePort(
                    "dns", 53, PortRef.number(5353), Protocol.UDP, at(23, 15), at(23, 35), false)),
            at(18, 7),
            Map.of("app.kubernetes.io/name", "web"),
            true);

    byte[] bytes =
        BlockFiles.encode(
            w -> {
              KubernetesWiringCodec.workload(w, workload);
              KubernetesWiringCodec.service(w, service);
            });
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    ScanReader r = new ScanReader(buffer);

    assertThat(KubernetesWiringCodec.workload(r)).isEqualTo(workload);
    assertThat(KubernetesWiringCodec.service(r)).isEqualTo(service);
    assertThat(buffer.hasRemaining()).isFalse();
  }
}
