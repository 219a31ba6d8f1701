package dev.portcheck.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RowPlacementTest {

  @Test
  void aRowNeedsItsBoxesAndGaps() {
    List<RowOrder.Item> row =
        List.of(
            new RowOrder.Item(0, 0, 0), new RowOrder.Item(-1, 0, 0), new RowOrder.Item(1, 0, 0));
    assertThat(RowPlacement.minWidth(row))
        .isEqualTo(2 * LayeredLayout.BOX_W + 2 * RowPlacement.LINE_GAP);
  }

  @Test
  void aCalleeGoesUnderItsCallerAndItemsKeepTheirGaps() {
    RowOrder.Result order =
        RowOrder.order(new int[] {0, 0, 0, 1}, new int[4], List.of(new LayerAssignment.Link(2, 3)));
    Map<RowOrder.Item, Integer> left =
        RowPlacement.place(order.rows(), order.up(), order.down(), LayeredLayout.WIDTH);
    RowOrder.Item caller = order.rows().get(0).get(2);
    RowOrder.Item callee = order.rows().get(1).get(0);
    assertThat(left.get(callee)).isEqualTo(left.get(caller));
    List<RowOrder.Item> top = order.rows().get(0);
    for (int i = 0; i + 1 < top.size(); i++) {
      assertThat(left.get(top.get(i + 1)) - left.get(top.get(i)))
          .isGreaterThanOrEqualTo(LayeredLayout.BOX_W + RowPlacement.BOX_GAP);
    }
    assertThat(left.values()).allSatisfy(x -> assertThat(x).isBetween(0, LayeredLayout.WIDTH));
  }
}
