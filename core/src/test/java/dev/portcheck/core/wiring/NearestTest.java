package dev.portcheck.core.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class NearestTest {
  private static Loc at(String file) {
    return new Loc(file, 1, 1);
  }

  @Test
  void prefersTheSameFileThenFolderThenSubtreeThenParents() {
    Loc from = at("web/guestbook/svc.yaml");
    List<Loc> all =
        List.of(
            at("web/guestbook/all-in-one/x.yaml"),
            at("web/guestbook/deploy.yaml"),
            at("web/other/y.yaml"));
    assertThat(Nearest.to(from, all, Function.identity())).containsExactly(all.get(1));
    assertThat(Nearest.to(from, List.of(all.get(0), all.get(2)), Function.identity()))
        .containsExactly(all.get(0));
    assertThat(
            Nearest.to(
                at("k8s/services/s.yaml"),
                List.of(at("k8s/deployments/d.yaml"), at("z/d.yaml")),
                Function.identity()))
        .containsExactly(at("k8s/deployments/d.yaml"));
    assertThat(Nearest.distance(from, at("web/guestbook/svc.yaml"))).isZero();
  }
}
