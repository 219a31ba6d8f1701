package dev.portcheck.core.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ComposeProjectTest {
  private static final ComposeProject PROJECT =
      new ComposeProject(
          "app",
          "",
          Map.of("CART_PORT", "7070", "CART", "cart"),
          Map.of("CART_PORT", new Loc("app/.env", 3, 1), "CART", new Loc("app/.env", 2, 1)),
          Map.of());

  @Test
  void aUseLinksTheDefinitionOfEachVariableItNames() {
    assertThat(PROJECT.definitionsOf("${CART_PORT}")).isEqualTo(" (CART_PORT at app/.env:3)");
    assertThat(PROJECT.definedIn("$CART:${CART_PORT:-80}")).containsOnlyKeys("CART", "CART_PORT");
    assertThat(PROJECT.definitionsOf("8080")).isEmpty();
  }

  @Test
  void anUnbracedUseIsNotThePrefixOfALongerName() {
    assertThat(PROJECT.definedIn("$CART_PORT")).containsOnlyKeys("CART_PORT");
    assertThat(PROJECT.definedIn("$CART_PORTS")).isEmpty();
  }

  @Test
  void interpolatesWithTheDotEnvAndLeavesAnUndefinedVariableUnknown() {
    assertThat(PROJECT.interpolate("${CART_PORT}:80")).contains("7070:80");
    assertThat(PROJECT.interpolate("${MISSING}")).isEmpty();
    assertThat(PROJECT.id()).isEqualTo("app");
  }

  @Test
  void anImageWhoseTagAloneIsUnknownKeepsItsRepository() {
    assertThat(PROJECT.interpolateImage("redpandadata/redpanda:v${REDPANDA_VERSION:?set it}"))
        .contains("redpandadata/redpanda:" + ComposeProject.UNKNOWN_TAG);
    assertThat(PROJECT.interpolateImage("localhost:5000/${CART}:${MISSING}"))
        .contains("localhost:5000/cart:" + ComposeProject.UNKNOWN_TAG);
    assertThat(PROJECT.interpolateImage("postgres:${CART_PORT}")).contains("postgres:7070");
    assertThat(PROJECT.interpolateImage("${REGISTRY}/postgres:16")).isEmpty();
    assertThat(PROJECT.interpolateImage("postgres@sha256:${DIGEST}")).isEmpty();
    assertThat(ComposeProject.withoutTag("redpanda:v${VERSION:-1}")).isEqualTo("redpanda");
    assertThat(ComposeProject.withoutTag("localhost:5000/app")).isEqualTo("localhost:5000/app");
  }
}
