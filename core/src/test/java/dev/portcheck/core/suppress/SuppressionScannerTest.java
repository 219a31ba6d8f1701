package dev.portcheck.core.suppress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuppressionScannerTest {
  @Test
  void readsRulesReasonAndPlacement() {
    List<Suppression> s =
        SuppressionScanner.scan(
            String.join(
                "\n",
                "# portcheck:ignore privileged-port -- needs 443 behind the load balancer",
                "server.port=443",
                "admin.port: 22 # portcheck:ignore well-known-port,privileged-port -- legacy",
                "x=1 # portcheck:ignore privileged-port",
                "value=portcheck:ignore not-a-comment",
                ""),
            true);
    assertThat(s).hasSize(3);
    assertThat(s.get(0).ownLine()).isTrue();
    assertThat(s.get(0).reason()).isEqualTo("needs 443 behind the load balancer");
    assertThat(s.get(0).covers("privileged-port", 2)).isTrue();
    assertThat(s.get(0).covers("well-known-port", 2)).isFalse();
    assertThat(s.get(1).ownLine()).isFalse();
    assertThat(s.get(1).rules()).containsExactlyInAnyOrder("well-known-port", "privileged-port");
    assertThat(s.get(1).covers("well-known-port", 3)).isTrue();
    assertThat(s.get(1).covers("well-known-port", 4)).isFalse();
    assertThat(s.get(2).hasReason()).isFalse();
  }

  @Test
  void propertiesFilesHaveOnlyWholeLineComments() {
    List<Suppression> s =
        SuppressionScanner.scan(
            "x=1 # portcheck:ignore privileged-port -- no\n! portcheck:ignore all -- yes\n", false);
    assertThat(s).singleElement().satisfies(x -> assertThat(x.line()).isEqualTo(2));
  }
}
