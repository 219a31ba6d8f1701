package dev.portcheck.core.rules;

import java.util.List;

/** The wiring rules portcheck runs by default. */
public final class WiringRules {
  private WiringRules() {}

  /**
   * Said once when a module's wiring facts would crowd the heap, so the wiring rules did not run.
   */
  public static final RuleInfo SKIPPED =
      new RuleInfo(
          "wiring-skipped",
          dev.portcheck.core.findings.Severity.INFO,
          "wiring rules not run: the module's wiring facts would crowd the heap",
          "The wiring model is held in memory. When its facts would take more than an eighth of"
              + " the maximum heap, the wiring rules are skipped for the run; give the JVM more"
              + " heap (MAVEN_OPTS=-Xmx...) to have them.");

  static List<WiringRule> standard() {
    return List.of(
        new ServiceTargetPortRule(),
        new ProbePortRule(),
        new BackendPortRule(),
        new MonitorPortRule(),
        new NetworkPolicyPortRule(),
        new ClientPortRule(),
        new ComposeHealthcheckPortRule(),
        new ComposeClientPortRule(),
        new ComposePublishPortRule(),
        new DockerfileListenPortRule(),
        new ContainerImagePortRule(),
        new AppListenPortRule(),
        new AppClientPortRule());
  }
}
