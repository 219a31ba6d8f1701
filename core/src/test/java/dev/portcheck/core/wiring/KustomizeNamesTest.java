package dev.portcheck.core.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.candidates.Protocol;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KustomizeNamesTest {
  private static final KubeService BACKEND =
      new KubeService(
          "backend",
          "",
          Map.of("app", "backend"),
          true,
          false,
          List.of(
              new KubeService.ServicePort(
                  "",
                  9898,
                  PortRef.number(9898),
                  Protocol.TCP,
                  at("base/svc.yaml"),
                  at("base/svc.yaml"),
                  false)),
          at("base/svc.yaml"));

  private static Loc at(String file) {
    return new Loc(file, 1, 1);
  }

  private static Kustomize.Naming naming(
      String file, String prefix, String suffix, String resource) {
    return new Kustomize.Naming(prefix, suffix, java.util.Map.of(), List.of(resource), at(file));
  }

  @Test
  void anOverlayRenamesWhatItsBaseAlreadyRenamed() {
    List<Kustomize.Naming> namings =
        List.of(
            naming("staging/kustomization.yaml", "staging-", "", "base"),
            naming("base/kustomization.yaml", "app-", "", "base/svc.yaml"),
            naming("prod/kustomization.yaml", "", "-prod", "base"));
    assertThat(KustomizeNames.of(BACKEND, namings))
        .containsExactlyInAnyOrder(
            "backend", "staging-app-backend", "app-backend", "app-backend-prod");
  }

  @Test
  void aKustomizationThatDoesNotIncludeTheServiceRenamesNothing() {
    assertThat(
            KustomizeNames.of(
                BACKEND, List.of(naming("other/kustomization.yaml", "x-", "", "other"))))
        .containsExactly("backend");
  }

  @Test
  void resourcesThatIncludeEachOtherEnd() {
    // Each kustomization includes the other's folder: without a bound the renaming would recurse
    // until the stack runs out.
    List<Kustomize.Naming> namings =
        List.of(
            naming("base/kustomization.yaml", "a-", "", "base"),
            naming("base/sub/kustomization.yaml", "b-", "", "base"));
    assertThat(KustomizeNames.of(BACKEND, namings))
        .containsExactlyInAnyOrder("backend", "a-b-backend", "b-a-backend");
  }
}
