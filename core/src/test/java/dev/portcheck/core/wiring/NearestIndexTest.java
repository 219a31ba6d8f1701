package dev.portcheck.core.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Held to {@link Nearest#to}: the same candidates, in the same order, from every place. */
class NearestIndexTest {
  private static final List<String> FILES =
      List.of(
          "svc.yaml",
          "deploy.yaml",
          "k8s/svc.yaml",
          "k8s/deploy.yaml",
          "k8s/all-in-one/x.yaml",
          "k8s/base/d.yaml",
          "k8s/base/e.yaml",
          "k8s-legacy/d.yaml",
          "charts/web/templates/d.yaml",
          "charts/web/templates/s.yaml",
          "charts/api/templates/d.yaml",
          "other/deep/er/f.yaml");

  @Test
  void answersAsNearestDoesFromEveryFile() {
    Random random = new Random(23);
    for (int round = 0; round < 200; round++) {
      List<Loc> candidates = new ArrayList<>();
      int n = random.nextInt(8);
      for (int i = 0; i < n; i++) {
        candidates.add(new Loc(FILES.get(random.nextInt(FILES.size())), i + 1, 1));
      }
      NearestIndex<Loc> index = new NearestIndex<>(candidates, Function.identity());
      for (String file : FILES) {
        Loc from = new Loc(file, 99, 1);
        assertThat(index.to(from))
            .as("from %s among %s", file, candidates)
            .containsExactlyElementsOf(Nearest.to(from, candidates, Function.identity()));
      }
    }
  }
}
