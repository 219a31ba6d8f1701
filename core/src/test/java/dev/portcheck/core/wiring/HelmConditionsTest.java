package dev.portcheck.core.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.entries.TemplateBranches;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HelmConditionsTest {
  private static final HelmConditions CONDITIONS =
      new HelmConditions(
          new HelmValues(
              List.of(
                  setting("provider", "aws"),
                  setting("replicaCount", "1"),
                  setting("metrics.enabled", "false"),
                  setting("service.port", "8080"),
                  setting("podLabels", "{}"),
                  setting("extraArgs[0]", "--v=2"),
                  setting("name", ""))));

  private static Setting setting(String name, String value) {
    return new Setting(name, value, new Loc("values.yaml", 1, 1));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        ".Values.metrics.enabled ; false",
        "not .Values.metrics.enabled ; true",
        ".Values.extraArgs ; true",
        ".Values.podLabels ; false",
        ".Values.name ; false",
        ".Values.unset.deeper ; false",
        "$.Values.service.port ; true",
        "eq .Values.provider \"webhook\" ; false",
        "ne .Values.provider \"webhook\" ; true",
        "gt .Values.replicaCount 1.0 ; false",
        "ge (int .Values.replicaCount) 1 ; ",
        "or (gt .Values.replicaCount 1.0) .Values.additionalPeers ; false",
        "and .Values.metrics.enabled $undecided ; false",
        "or .Values.service.port (include \"x\" .) ; true",
        "and .Values.service.port .Capabilities.APIVersions ; ",
        "eq $providerName \"webhook\" ; ",
        ".Values.a | default true ; ",
        "empty .Values.provider ; false"
      })
  void aConditionIsDecidedOnlyFromWhatTheValuesSay(String pipeline, Boolean expected) {
    Optional<Boolean> truth =
        CONDITIONS.holds(new TemplateBranches.Condition(pipeline.strip(), false));
    assertThat(truth).isEqualTo(Optional.ofNullable(expected));
  }

  @ParameterizedTest
  @CsvSource({".Values.service.port, ", "$.Values.service.port, true"})
  void insideWithOnlyTheRootStillMeansTheValues(String pipeline, Boolean expected) {
    assertThat(CONDITIONS.holds(new TemplateBranches.Condition(pipeline, true)))
        .isEqualTo(Optional.ofNullable(expected));
  }
}
