package dev.portcheck.core.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.candidates.PortLiteral.Origin;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {
  private static Placeholders.Expanded spring(String value, Map<String, String> keys) {
    return Placeholders.expand(value, Placeholders.Syntax.SPRING, keys::get);
  }

  @Test
  void springDefaultIsEverythingAfterTheFirstColon() {
    Placeholders.Expanded x = spring("${PORT:8080}", Map.of());
    assertThat(x.text()).isEqualTo("8080");
    assertThat(x.offsets()[0]).isEqualTo(7);
    assertThat(x.origins()[0]).isEqualTo(Origin.PLACEHOLDER_DEFAULT);
  }

  @Test
  void micronautMinusOneIsADefaultOfMinusOne() {
    assertThat(spring("${SERVICE_PORT:-1}", Map.of()).text()).isEqualTo("-1");
  }

  @Test
  void shellStyleDropsTheDash() {
    assertThat(
            Placeholders.expand("${WEB_PORT:-8080}:80", Placeholders.Syntax.SHELL, k -> null)
                .text())
        .isEqualTo("8080:80");
    assertThat(Placeholders.expand("${WEB_PORT-8080}", Placeholders.Syntax.SHELL, k -> null).text())
        .isEqualTo("8080");
  }

  @Test
  void nestedDefaultsResolveInsideOut() {
    Placeholders.Expanded x = spring("${a:${b:8080}}", Map.of());
    assertThat(x.text()).isEqualTo("8080");
    assertThat(x.offsets()[0]).isEqualTo(8);
  }

  @Test
  void referencesResolveToTheOtherKeyAndPointAtThePlaceholder() {
    Placeholders.Expanded x = spring("http://localhost:${app.port}/x", Map.of("app.port", "9000"));
    assertThat(x.text()).isEqualTo("http://localhost:9000/x");
    int i = x.text().indexOf("9000");
    assertThat(x.origins()[i]).isEqualTo(Origin.REFERENCE);
    assertThat(x.offsets()[i]).isEqualTo(17);
  }

  @Test
  void unresolvedWithoutDefaultIsFlagged() {
    Placeholders.Expanded x = spring("${PORT}", Map.of());
    assertThat(x.text()).isEmpty();
    assertThat(x.unresolved()).isTrue();
  }

  @Test
  void referenceCyclesStop() {
    Placeholders.Expanded x = spring("${a}", Map.of("a", "${b}", "b", "${a}"));
    assertThat(x.unresolved()).isTrue();
  }

  @Test
  void anUnclosedPlaceholderStaysText() {
    assertThat(spring("${PORT:80", Map.of()).text()).isEqualTo("${PORT:80");
  }

  @Test
  void aPlaceholderBombStopsAtTheSubstitutionBudget() {
    // each level doubles: 2^30 substitutions without a budget
    java.util.Map<String, String> keys = new java.util.HashMap<>();
    for (int i = 0; i < 30; i++) {
      keys.put("k" + i, "${k" + (i + 1) + "}${k" + (i + 1) + "}");
    }
    Placeholders.Expanded x = spring("${k0}", keys);
    assertThat(x.unresolved()).isTrue();
    assertThat(x.text()).isEmpty();
  }

  @Test
  void composeReadsVariablesWithoutBracesAndDollarDollarAsADollar() {
    Map<String, String> env = Map.of("SENTRY_BIND", "9000", "HOST", "db");
    Placeholders.Expanded bound =
        Placeholders.expand("$SENTRY_BIND:80/tcp", Placeholders.Syntax.COMPOSE, env::get);
    assertThat(bound.text()).isEqualTo("9000:80/tcp");
    assertThat(bound.unresolved()).isFalse();
    assertThat(bound.offsets()).startsWith(0, 0, 0, 0, 12);
    assertThat(
            Placeholders.expand("http://$HOST:$$PORT/x", Placeholders.Syntax.COMPOSE, env::get)
                .text())
        .isEqualTo("http://db:$PORT/x");
    assertThat(Placeholders.expand("$UNSET:80", Placeholders.Syntax.COMPOSE, env::get).unresolved())
        .isTrue();
    assertThat(Placeholders.expand("$SENTRY_BIND:80", Placeholders.Syntax.SHELL, env::get).text())
        .isEqualTo("$SENTRY_BIND:80");
    assertThat(Placeholders.expand("cost: 5$", Placeholders.Syntax.COMPOSE, env::get).text())
        .isEqualTo("cost: 5$");
  }
}
