package dev.portcheck.core.rules;

import java.util.List;

/** The wiring rules portcheck runs by default. */
final class WiringRules {
  private WiringRules() {}

  static List<WiringRule> standard() {
    return List.of(
        new ServiceTargetPortRule(),
        new ProbePortRule(),
        new BackendPortRule(),
        new ClientPortRule(),
        new ComposeHealthcheckPortRule(),
        new ComposeClientPortRule(),
        new ComposePublishPortRule(),
        new AppListenPortRule(),
        new AppClientPortRule());
  }
}
