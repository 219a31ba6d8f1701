package dev.portcheck.core.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComposeInterpolationTest {
  private static PortCandidate compose(String key, String raw, Role role, String hostIp) {
    return TestCandidates.of(
        "compose.yaml",
        7,
        9,
        0,
        key,
        raw,
        "",
        "compose:compose.yaml",
        role,
        Protocol.TCP,
        hostIp,
        List.of(),
        "");
  }

  @Test
  void onlyComposeValuesWithVariablesAreReadAgain() {
    assertThat(
            ComposeInterpolation.usesVariables(
                compose("services.a.ports[0]", "${P}", Role.LISTEN, "")))
        .isTrue();
    assertThat(
            ComposeInterpolation.usesVariables(
                compose("services.a.ports[0]", "8080", Role.LISTEN, "")))
        .isFalse();
    assertThat(
            ComposeInterpolation.usesVariables(
                compose("services.a.ports[0]", "{{ .Values.port }}", Role.LISTEN, "")))
        .isFalse();
  }

  @Test
  void aQuotedPublishTakesBothSidesFromTheVariables() {
    PortCandidate read =
        ComposeInterpolation.interpolate(
                compose("services.a.ports[0]", "\"${IP}:${HOST_PORT}:80/udp\"", Role.LISTEN, ""),
                Map.of("IP", "127.0.0.1", "HOST_PORT", "8080")::get)
            .orElseThrow();
    assertThat(read.role()).isEqualTo(Role.MAPPING);
    assertThat(read.hostIp()).isEqualTo("127.0.0.1");
    assertThat(read.protocol()).isEqualTo(Protocol.UDP);
    assertThat(read.ports())
        .extracting(PortLiteral::value, PortLiteral::origin, PortLiteral::side, PortLiteral::column)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                8080L, PortLiteral.Origin.VARIABLE, PortLiteral.Side.HOST, 16),
            org.assertj.core.groups.Tuple.tuple(
                80L, PortLiteral.Origin.LITERAL, PortLiteral.Side.CONTAINER, 29));
  }

  @Test
  void eachNumberAVariableGivesIsLinkedToThatVariablesDefinition() {
    PortLiteral.Definition web = new PortLiteral.Definition("WEB_PORT", ".env", 3, 1);
    PortCandidate read =
        ComposeInterpolation.interpolate(
                compose("services.a.ports[0]", "${WEB_PORT:-80}:${APP_PORT}", Role.LISTEN, ""),
                Map.of("WEB_PORT", "8080", "APP_PORT", "9000")::get,
                name -> name.equals("WEB_PORT") ? web : null)
            .orElseThrow();
    assertThat(read.ports())
        .extracting(PortLiteral::value, PortLiteral::definedAt)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(8080L, web),
            org.assertj.core.groups.Tuple.tuple(9000L, null));
  }

  @Test
  void aVariableIsNamedByTheUseThatStartsAtAnOffset() {
    assertThat(ComposeInterpolation.variableAt("${A_1:-80}:$B", 0)).isEqualTo("A_1");
    assertThat(ComposeInterpolation.variableAt("${A_1:-80}:$B", 11)).isEqualTo("B");
    assertThat(ComposeInterpolation.variableAt("${A_1:-80}:$B", 2)).isNull();
    assertThat(ComposeInterpolation.variableAt("$", 0)).isNull();
    assertThat(ComposeInterpolation.variableAt("x", 5)).isNull();
  }

  @Test
  void aVariableWithoutValueOrDefaultLeavesItUnknown() {
    assertThat(
            ComposeInterpolation.interpolate(
                compose("services.a.ports[0]", "${HOST_PORT}:80", Role.LISTEN, ""),
                Map.<String, String>of()::get))
        .isEmpty();
    assertThat(
            ComposeInterpolation.interpolate(
                    compose("services.a.ports[0]", "${HOST_PORT:-9000}:80", Role.LISTEN, ""),
                    Map.<String, String>of()::get)
                .orElseThrow()
                .portValues())
        .containsExactly(9000L, 80L);
  }
}
