package dev.portcheck.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EdgeLabelsTest {
  private static GraphModel.Edge edge(String state) {
    return new GraphModel.Edge(0, "a", "b", "5433", state, "");
  }

  @Test
  void theLabelSaysTheState() {
    assertThat(EdgeLabels.text(edge("ok"))).isEqualTo("5433");
    assertThat(EdgeLabels.text(edge("broken"))).isEqualTo("5433 ✗");
    assertThat(EdgeLabels.text(edge("unknown"))).isEqualTo("5433 ?");
  }

  @Test
  void labelsOfLinesRunningUpStartAtTheBottomOfTheGap() {
    List<GraphLayout.Point> up =
        List.of(new GraphLayout.Point(100, 106), new GraphLayout.Point(100, 50));
    List<LayeredLayout.Draft> drafts =
        List.of(
            new LayeredLayout.Draft(edge("ok"), up, 0), new LayeredLayout.Draft(edge("ok"), up, 0));
    EdgeLabels.Result r = EdgeLabels.place(drafts, new int[] {10, 106}, new int[] {56}, 1200);
    assertThat(r.at())
        .containsExactly(new GraphLayout.Point(100, 93), new GraphLayout.Point(100, 77));
    assertThat(r.crowdedGaps()).isEmpty();
  }

  @Test
  void twoLabelsOnOneLineGoOneUnderTheOtherAndACrowdedGapIsReported() {
    List<GraphLayout.Point> line =
        List.of(new GraphLayout.Point(100, 50), new GraphLayout.Point(100, 106));
    List<LayeredLayout.Draft> drafts =
        List.of(
            new LayeredLayout.Draft(edge("ok"), line, 0),
            new LayeredLayout.Draft(edge("ok"), line, 0),
            new LayeredLayout.Draft(edge("ok"), line, 0),
            new LayeredLayout.Draft(edge("ok"), line, 0));
    EdgeLabels.Result r = EdgeLabels.place(drafts, new int[] {10, 106}, new int[] {56}, 1200);
    assertThat(r.at().get(0)).isEqualTo(new GraphLayout.Point(100, 60));
    assertThat(r.at().get(1)).isEqualTo(new GraphLayout.Point(100, 76));
    assertThat(r.at().get(2)).isEqualTo(new GraphLayout.Point(100, 92));
    assertThat(r.crowdedGaps()).containsExactly(java.util.Map.entry(0, 1));
  }
}
