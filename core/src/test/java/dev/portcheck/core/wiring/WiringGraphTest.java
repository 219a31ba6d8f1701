package dev.portcheck.core.wiring;

import static dev.portcheck.core.wiring.WiringFixture.lines;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WiringGraphTest {
  @Test
  void servicesWorkloadsAndComposeServicesAreNodesAndTheirConnectionsEdges() {
    WiringGraph graph =
        WiringGraph.of(
            WiringFixture.with(
                    "k8s/app.yaml",
                    lines(
                        "apiVersion: apps/v1",
                        "kind: Deployment",
                        "metadata: {name: web}",
                        "spec:",
                        "  template:",
                        "    metadata: {labels: {app: web}}",
                        "    spec:",
                        "      containers:",
                        "      - name: web",
                        "        ports: [{containerPort: 8080}]",
                        "        env: [{name: SELF, value: 'web:81'}]",
                        "---",
                        "apiVersion: v1",
                        "kind: Service",
                        "metadata: {name: web}",
                        "spec: {selector: {app: web}, ports: [{port: 80, targetPort: 8080}]}"))
                .and(
                    "docker-compose.yml",
                    lines(
                        "services:",
                        "  db: {image: postgres, ports: ['5433:5432']}",
                        "  api: {image: api, environment: {DB: 'db:5433'}}"))
                .model());
    assertThat(graph.nodes())
        .extracting(WiringGraph.Node::kind, WiringGraph.Node::name)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("workload", "web"),
            org.assertj.core.groups.Tuple.tuple("service", "web"),
            org.assertj.core.groups.Tuple.tuple("compose", "db"),
            org.assertj.core.groups.Tuple.tuple("compose", "api"));
    assertThat(graph.edges())
        .extracting(WiringGraph.Edge::port, WiringGraph.Edge::state)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(8080, EdgeState.OK),
            org.assertj.core.groups.Tuple.tuple(81, EdgeState.BROKEN),
            org.assertj.core.groups.Tuple.tuple(5433, EdgeState.BROKEN));
    assertThat(graph.edges().get(2).from()).isEqualTo("compose:api");
    assertThat(graph.edges().get(2).to()).isEqualTo("compose:db");
  }

  @Test
  void aComposeServiceNamingItselfIsNoEdge() {
    WiringGraph graph =
        WiringGraph.of(
            WiringFixture.with(
                    "docker-compose.yml",
                    lines(
                        "services:",
                        "  web:",
                        "    image: example/web",
                        "    ports: [\"8081:8080\"]",
                        "    environment:",
                        "      SELF_URL: http://web:8081",
                        "      DB_URL: http://db:5433",
                        "  db:",
                        "    image: example/db",
                        "    ports: [\"5433:5432\"]"))
                .model());
    assertThat(graph.edges())
        .extracting(WiringGraph.Edge::port, WiringGraph.Edge::state)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(5433, EdgeState.BROKEN));
  }

  @Test
  void aServiceAtADeclaredPortWhoseMainListenerMovedIsABrokenEdgeAsTheRuleSays() {
    WiringGraph graph =
        WiringGraph.of(
            WiringFixture.with(
                    "k8s/app.yaml",
                    lines(
                        "apiVersion: apps/v1",
                        "kind: Deployment",
                        "metadata: {name: exporter}",
                        "spec:",
                        "  template:",
                        "    metadata: {labels: {app: exporter}}",
                        "    spec:",
                        "      containers:",
                        "      - name: exporter",
                        "        args: ['--web.listen-address=:19116']",
                        "        ports: [{name: http, containerPort: 19115}]",
                        "---",
                        "apiVersion: v1",
                        "kind: Service",
                        "metadata: {name: exporter}",
                        "spec: {selector: {app: exporter}, ports: [{port: 9115, targetPort: http}]}"))
                .model());
    assertThat(graph.edges()).extracting(WiringGraph.Edge::state).containsExactly(EdgeState.BROKEN);
  }
}
