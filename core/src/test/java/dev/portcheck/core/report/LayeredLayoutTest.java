package dev.portcheck.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LayeredLayoutTest {

  /** Thirty compose services shaped like a public microservice demo: most call one collector. */
  static GraphModel demo() {
    String[][] calls = {
      {"load-generator", "frontend-proxy"},
      {"frontend-proxy", "frontend"},
      {"frontend-proxy", "flagd-ui"},
      {"frontend-proxy", "grafana"},
      {"frontend-proxy", "jaeger"},
      {"frontend-proxy", "image-provider"},
      {"frontend", "ad"},
      {"frontend", "cart"},
      {"frontend", "checkout"},
      {"frontend", "currency"},
      {"frontend", "product-catalog"},
      {"frontend", "recommendation"},
      {"frontend", "shipping"},
      {"frontend", "product-reviews"},
      {"checkout", "cart"},
      {"checkout", "currency"},
      {"checkout", "email"},
      {"checkout", "payment"},
      {"checkout", "product-catalog"},
      {"checkout", "shipping"},
      {"checkout", "kafka"},
      {"shipping", "quote"},
      {"recommendation", "product-catalog"},
      {"recommendation", "flagd"},
      {"product-reviews", "product-catalog"},
      {"product-reviews", "postgresql"},
      {"product-reviews", "llm"},
      {"accounting", "kafka"},
      {"accounting", "postgresql"},
      {"fraud-detection", "kafka"},
      {"fraud-detection", "flagd"},
      {"cart", "valkey"},
      {"cart", "flagd"},
      {"ad", "flagd"},
      {"flagd-ui", "flagd"},
      {"grafana", "prometheus"},
      {"grafana", "jaeger"},
      {"grafana", "opensearch"},
      {"otel-collector", "jaeger"},
      {"otel-collector", "prometheus"},
      {"otel-collector", "opensearch"},
      {"product-catalog", "postgresql"},
      {"payment", "flagd"},
    };
    List<String> names = new ArrayList<>();
    for (String[] c : calls) {
      for (String n : c) {
        if (!names.contains(n)) {
          names.add(n);
        }
      }
    }
    List<GraphModel.Edge> edges = new ArrayList<>();
    for (String[] c : calls) {
      edges.add(edge(edges.size(), c[0], c[1], "8080", "ok"));
    }
    for (String n : List.copyOf(names)) {
      if (!n.equals("otel-collector")
          && !n.equals("jaeger")
          && !n.equals("opensearch")
          && !n.equals("prometheus")
          && !n.equals("postgresql")
          && !n.equals("valkey")) {
        edges.add(edge(edges.size(), n, "otel-collector", "4317", "ok"));
      }
    }
    names.add("unused");
    List<GraphModel.Node> nodes = new ArrayList<>();
    for (String n : names) {
      nodes.add(new GraphModel.Node(n, n, "compose · listens 8080", n, "compose project demo"));
    }
    return new GraphModel("", nodes, edges);
  }

  private static GraphModel.Edge edge(int i, String from, String to, String port, String state) {
    return new GraphModel.Edge(i, from, to, port, state, from + " → " + to);
  }

  @Test
  void thirtyServicesFitTheWidthWithoutOverlapsAndFewRows() {
    GraphModel model = demo();
    GraphLayout layout = LayeredLayout.layout(model);
    LayoutChecks.Figures f = LayoutChecks.measure(layout);
    assertThat(layout.width()).isEqualTo(LayeredLayout.WIDTH);
    assertThat(f.overlaps()).isZero();
    assertThat(f.boxesCrossed()).isZero();
    // a hand layout needs a row per perRow boxes and a row per box of the longest chain of calls
    double hand =
        Math.max(
                Math.ceil(model.nodes().size() / (double) LayeredLayout.perRow()),
                LayoutChecks.longestChain(model))
            * (LayeredLayout.BOX_H + LayeredLayout.ROW_GAP);
    System.out.println("demo: " + f + ", hand height " + hand);
    assertThat(layout.height()).isLessThanOrEqualTo((int) (1.5 * hand));
    // crossings drawn (a shared stretch once) at most one and a half per connection
    assertThat(f.crossings()).isLessThanOrEqualTo(model.edges().size() * 3 / 2);
  }

  @Test
  void aDenseGraphWithCyclesStillHasNoOverlaps() {
    java.util.Random random = new java.util.Random(27);
    List<GraphModel.Node> nodes = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      nodes.add(new GraphModel.Node("n" + i, "n" + i, "compose · listens 80", "", "g"));
    }
    List<GraphModel.Edge> edges = new ArrayList<>();
    for (int i = 0; i < 80; i++) {
      int a = random.nextInt(40);
      int b = random.nextInt(40);
      if (a != b) {
        edges.add(
            edge(i, "n" + a, "n" + b, String.valueOf(8000 + i), i % 7 == 0 ? "broken" : "ok"));
      }
    }
    GraphLayout layout = LayeredLayout.layout(new GraphModel("", nodes, edges));
    LayoutChecks.Figures f = LayoutChecks.measure(layout);
    assertThat(f.overlaps()).isZero();
    assertThat(f.boxesCrossed()).isZero();
    assertThat(layout.routes()).allSatisfy(r -> assertThat(r.label()).isNotNull());
  }

  @Test
  void deterministic() {
    assertThat(LayeredLayout.layout(demo())).isEqualTo(LayeredLayout.layout(demo()));
  }

  @Test
  void callersAboveCalleesAndCyclesDrawn() {
    GraphModel model =
        new GraphModel(
            "",
            List.of(
                new GraphModel.Node("a", "a", "", "", "g"),
                new GraphModel.Node("b", "b", "", "", "g"),
                new GraphModel.Node("c", "c", "", "", "g")),
            List.of(
                edge(0, "a", "b", "80", "ok"),
                edge(1, "b", "c", "81", "broken"),
                edge(2, "c", "a", "82", "unknown")));
    GraphLayout layout = LayeredLayout.layout(model);
    assertThat(layout.boxes().get(0).y()).isLessThan(layout.boxes().get(1).y());
    assertThat(layout.boxes().get(1).y()).isLessThan(layout.boxes().get(2).y());
    assertThat(layout.routes()).allSatisfy(r -> assertThat(r.label()).isNotNull());
    // the edge closing the cycle runs up, ending at the bottom of a
    GraphLayout.Route back = layout.routes().get(2);
    assertThat(back.points().get(back.points().size() - 1).y())
        .isEqualTo(layout.boxes().get(0).y() + LayeredLayout.BOX_H);
    assertThat(LayoutChecks.measure(layout).overlaps()).isZero();
  }
}
