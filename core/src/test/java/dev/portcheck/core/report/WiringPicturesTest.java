package dev.portcheck.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.wiring.EdgeState;
import dev.portcheck.core.wiring.Loc;
import dev.portcheck.core.wiring.WiringGraph;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WiringPicturesTest {

  private static WiringGraph.Node compose(String project, String name) {
    return WiringGraph.Node.of(
        "compose:" + project + "/" + name,
        "compose",
        name,
        List.of(8080),
        new Loc(project + "/compose.yaml", 1, 1));
  }

  @Test
  void aSmallGraphIsOnePictureWithItsClientsAsBoxes() {
    WiringGraph g =
        new WiringGraph(
            List.of(compose("a", "db")),
            List.of(
                new WiringGraph.Edge(
                    "src/main/resources/application.yml",
                    "compose:a/db",
                    5433,
                    new Loc("src/main/resources/application.yml", 3, 9),
                    new Loc("a/compose.yaml", 1, 1),
                    EdgeState.BROKEN)));
    List<GraphModel> pictures = WiringPictures.of(g);
    assertThat(pictures).hasSize(1);
    GraphModel p = pictures.get(0);
    assertThat(p.nodes())
        .extracting(GraphModel.Node::name)
        .containsExactly("db", "resources/application.yml");
    assertThat(p.nodes().get(1).group()).isEqualTo("compose project a");
    assertThat(p.edges().get(0).label()).isEqualTo("5433");
    assertThat(p.edges().get(0).state()).isEqualTo("broken");
  }

  @Test
  void aLargeGraphIsSplitByProject() {
    List<WiringGraph.Node> nodes = new ArrayList<>();
    List<WiringGraph.Edge> edges = new ArrayList<>();
    for (String project : List.of("one", "two")) {
      for (int i = 0; i < 30; i++) {
        nodes.add(compose(project, "s" + i));
        if (i > 0) {
          edges.add(
              new WiringGraph.Edge(
                  "compose:" + project + "/s" + i,
                  "compose:" + project + "/s0",
                  80,
                  new Loc(project + "/compose.yaml", i, 1),
                  new Loc(project + "/compose.yaml", 1, 1),
                  EdgeState.OK));
        }
      }
    }
    List<GraphModel> pictures = WiringPictures.of(new WiringGraph(nodes, edges));
    assertThat(pictures)
        .extracting(GraphModel::title)
        .containsExactly("compose project one", "compose project two");
    assertThat(pictures.get(1).edges().get(0).index()).isEqualTo(29);
  }
}
