package dev.portcheck.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.candidates.PortCandidate;
import dev.portcheck.core.candidates.Protocol;
import dev.portcheck.core.candidates.Role;
import dev.portcheck.core.candidates.TestCandidates;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PortMappingRuleTest {
  private final PortMappingRule rule = new PortMappingRule();

  private static PortCandidate publish(String raw) {
    return TestCandidates.of(
        "compose.yml",
        4,
        9,
        0,
        "services.web.ports[0]",
        raw,
        "",
        "compose:compose.yml",
        Role.MAPPING,
        Protocol.TCP,
        "",
        List.of(),
        "");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "'\"9002-9000:80\"'|ends before it starts",
        "9000-9002:9000-9001|differ in length",
        "8080:80/http|unknown protocol 'http'"
      })
  void reportsBrokenSpecs(String raw, String expected) {
    assertThat(rule.check(publish(raw)))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains(expected));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "8080:80",
        "127.0.0.1:8080:80/udp",
        "9000-9002:9000-9002",
        "9000-9002:80",
        "\"[::1]:8080:80\""
      })
  void acceptsValidSpecs(String raw) {
    assertThat(rule.check(publish(raw))).isEmpty();
  }
}
