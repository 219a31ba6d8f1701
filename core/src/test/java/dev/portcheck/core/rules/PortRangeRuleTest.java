package dev.portcheck.core.rules;

import static dev.portcheck.core.rules.RuleTestSupport.candidate;
import static dev.portcheck.core.rules.RuleTestSupport.listen;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.candidates.Role;
import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.Severity;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PortRangeRuleTest {
  private final PortRangeRule rule = new PortRangeRule();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "70000|port 70000 is above 65535",
        "-5|port -5 is negative",
        "80.5|'80.5' is not an integer",
        "8o8o|'8o8o' is not an integer",
        "99999999999999999999|port 99999999999999999999 is far above 65535",
        "65536|port 65536 is above 65535"
      })
  void reportsValuesThatAreNoPort(String value, String expected) {
    List<Finding> found = rule.check(listen("server.port", value));
    assertThat(found)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("port-range");
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.message())
                  .startsWith(expected)
                  .endsWith("a port must be an integer in 0..65535");
              assertThat(f.line()).isEqualTo(3);
              assertThat(f.column()).isEqualTo(10);
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "1", "8080", "65535"})
  void acceptsPorts(String value) {
    assertThat(rule.check(listen("server.port", value))).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void minusOneIsSpecialOnlyForListeners() {
    assertThat(rule.check(listen("server.port", "-1"))).isEmpty();
    assertThat(rule.check(candidate("spring.mail.port", Role.CONNECT, "app", "-1"))).hasSize(1);
  }

  @org.junit.jupiter.api.Test
  void kubernetesHasNoSpecialValues() {
    assertThat(rule.check(candidate("containerPort", Role.LISTEN, "k8s:a.yml#0", "-1"))).hasSize(1);
  }

  @org.junit.jupiter.api.Test
  void eachLiteralOfAValueIsChecked() {
    assertThat(rule.check(candidate("bootstrap.servers", Role.CONNECT, "app", "9092", "90930")))
        .singleElement()
        .satisfies(f -> assertThat(f.column()).isEqualTo(15));
  }
}
