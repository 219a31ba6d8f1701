package dev.portcheck.core.wiring;

import static dev.portcheck.core.wiring.WiringFixture.lines;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeclaredImagePortsTest {

  private static String deployment(String name, String image, int... ports) {
    StringBuilder yaml =
        new StringBuilder(
            lines(
                "apiVersion: apps/v1",
                "kind: Deployment",
                "metadata:",
                "  name: " + name,
                "spec:",
                "  template:",
                "    spec:",
                "      containers:",
                "        - name: app",
                "          image: " + image,
                "          ports:"));
    for (int p : ports) {
      yaml.append("            - containerPort: ").append(p).append('\n');
    }
    return yaml.toString();
  }

  @Test
  void eachImageGetsTheDistinctPortsItsContainersDeclareFirstPlaceKept() {
    List<Workload> workloads = new ArrayList<>();
    workloads.addAll(
        WiringFixture.facts("a.yaml", deployment("a", "shop/cart:1.0", 8080, 9090)).workloads());
    workloads.addAll(
        WiringFixture.facts("b.yaml", deployment("b", "shop/cart:2.0", 9090, 7070)).workloads());
    workloads.addAll(WiringFixture.facts("c.yaml", deployment("c", "redis:7", 6380)).workloads());

    var byImage = DeclaredImagePorts.of(workloads);

    assertThat(byImage).containsOnlyKeys("shop/cart", "library/redis");
    var cart = byImage.get("shop/cart").exposed();
    assertThat(cart).extracting(DockerImage.Exposed::port).containsExactly(8080, 9090, 7070);
    assertThat(cart.get(1).loc().file()).isEqualTo("a.yaml");
    assertThat(byImage.get("library/redis").exposed())
        .extracting(DockerImage.Exposed::port)
        .containsExactly(6380);
  }

  @Test
  void containersOfOneImageAddNoRepeatedPortHoweverMany() {
    List<Workload> workloads = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      workloads.addAll(
          WiringFixture.facts(i + ".yaml", deployment("w" + i, "shop/cart:1." + i, 8080))
              .workloads());
    }
    assertThat(DeclaredImagePorts.of(workloads).get("shop/cart").exposed()).hasSize(1);
  }
}
