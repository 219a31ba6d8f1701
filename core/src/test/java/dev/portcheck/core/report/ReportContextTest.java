package dev.portcheck.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportContextTest {
  @Test
  void aFileAboveTheModuleIsNamedFromTheSourceRoot() {
    ReportContext context = new ReportContext("1", "m", List.of(), "services/account/");
    assertThat(context.rootRelative("src/a.yml")).isEqualTo("services/account/src/a.yml");
    assertThat(context.rootRelative("../docker-compose.yml"))
        .isEqualTo("services/docker-compose.yml");
    assertThat(new ReportContext("1", "m", List.of(), "").rootRelative("../x.yml"))
        .isEqualTo("../x.yml");
  }
}
