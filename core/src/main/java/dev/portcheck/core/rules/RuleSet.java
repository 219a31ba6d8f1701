package dev.portcheck.core.rules;

import dev.portcheck.core.registry.HostServices;
import dev.portcheck.core.registry.PortRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The rules portcheck runs. Immutable. */
public record RuleSet(
    List<CandidateRule> candidateRules,
    List<FileRule> fileRules,
    List<ProjectRule> projectRules,
    List<WiringRule> wiringRules) {

  public RuleSet {
    candidateRules = List.copyOf(candidateRules);
    fileRules = List.copyOf(fileRules);
    projectRules = List.copyOf(projectRules);
    wiringRules = List.copyOf(wiringRules);
  }

  /** Rules without wiring rules. */
  public RuleSet(
      List<CandidateRule> candidateRules,
      List<FileRule> fileRules,
      List<ProjectRule> projectRules) {
    this(candidateRules, fileRules, projectRules, List.of());
  }

  /** Every rule with its default configuration. */
  public static RuleSet standard() {
    return standard(PortInterval.LINUX_CLIENT_PORTS, PortInterval.KUBERNETES_NODE_PORTS);
  }

  /**
   * Every rule, with the client port range of the hosts the services run on and the node port range
   * of their Kubernetes clusters.
   */
  public static RuleSet standard(PortInterval clientPorts, PortInterval nodePorts) {
    return standard(clientPorts, nodePorts, WellKnownPorts.HOST);
  }

  /** Every rule, and which services {@code well-known-port} holds host listeners against. */
  public static RuleSet standard(
      PortInterval clientPorts, PortInterval nodePorts, WellKnownPorts wellKnownPorts) {
    return new RuleSet(
        List.of(
            new PortRangeRule(),
            new PrivilegedPortRule(),
            new WellKnownPortRule(HostServices.standard(), PortRegistry::standard, wellKnownPorts),
            new PortMappingRule(),
            new KubernetesPortRule(nodePorts),
            new PortNameRule(),
            new EphemeralPortRule(clientPorts)),
        List.of(new RepeatedPortKeyRule(), new DuplicatePortInFileRule()),
        List.of(new DuplicatePortRule(), new PrivilegedPodPortsRule(), new SpecialPortRule()),
        WiringRules.standard());
  }

  /**
   * Descriptions of every rule, reader problems included, sorted by id (for reports); a rule that
   * runs in two parts ({@code duplicate-port}) is described once.
   */
  public List<RuleInfo> describe() {
    List<RuleInfo> all = new ArrayList<>();
    Stream.of(candidateRules, fileRules, projectRules, wiringRules)
        .flatMap(List::stream)
        .map(Rule::info)
        .distinct()
        .forEach(all::add);
    all.add(ReadProblemRules.PARSE_ERROR);
    all.add(ReadProblemRules.DUPLICATE_KEY);
    all.add(ReadProblemRules.FILE_SKIPPED);
    all.add(ReadProblemRules.FILE_TOO_LARGE);
    all.add(dev.portcheck.core.suppress.SuppressionFilter.INFO);
    all.add(SharedHostPortRule.INFO);
    all.add(WiringRules.SKIPPED);
    // Judged once every file is read, when the compose model knows each file's .env.
    all.add(UnresolvedPortRule.INFO);
    all.sort(java.util.Comparator.comparing(RuleInfo::id));
    return List.copyOf(all);
  }
}
