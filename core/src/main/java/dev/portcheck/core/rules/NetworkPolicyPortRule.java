package dev.portcheck.core.rules;

import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.Severity;
import dev.portcheck.core.wiring.KubeService;
import dev.portcheck.core.wiring.NetworkPolicy;
import dev.portcheck.core.wiring.WiringModel;
import dev.portcheck.core.wiring.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A Service whose pods are selected for ingress by NetworkPolicies none of whose rules admits the
 * port the Service targets: the pods drop what the Service sends them. Judged where every policy
 * selecting the pods is read whole and shows a rule: one showing none denies all, or admits all
 * through a rule written {@code - {}}, and nothing says which.
 */
public final class NetworkPolicyPortRule implements WiringRule {
  public static final RuleInfo INFO =
      new RuleInfo(
          "network-policy-port",
          Severity.WARNING,
          "NetworkPolicy admitting none of the ports a Service targets on the pods it selects",
          "Once a NetworkPolicy selects a pod for ingress, only traffic that an ingress rule of"
              + " some policy selecting it admits reaches the pod; a rule's ports are the pod's"
              + " (the Service's targetPort, by number or by the container port's name), not the"
              + " Service's port. A Service whose target none of them admits reaches nothing.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> check(WiringModel model) {
    List<Finding> out = new ArrayList<>();
    if (model.networkPolicies().isEmpty()) {
      return out;
    }
    for (KubeService s : model.services()) {
      WiringModel.Selection selection = model.selected(s);
      if (!selection.certain()) {
        continue;
      }
      for (Workload w : selection.workloads()) {
        List<NetworkPolicy> policies =
            model.networkPolicies().stream()
                .filter(p -> p.selects(w.namespace(), w.labels()))
                .toList();
        if (!w.labelsKnown()
            || policies.isEmpty()
            || policies.stream().anyMatch(p -> !p.known() || p.rules().isEmpty())) {
          continue;
        }
        for (KubeService.ServicePort p : s.ports()) {
          target(w, p)
              .filter(
                  t ->
                      policies.stream()
                          .noneMatch(x -> x.admits(t.number(), t.name(), p.protocol())))
              .ifPresent(t -> out.add(finding(s, p, w, t, policies)));
        }
      }
    }
    return out;
  }

  /** The container port the Service port reaches on {@code w}'s pods; empty when none is known. */
  private static Optional<Workload.ContainerPort> target(Workload w, KubeService.ServicePort p) {
    for (Workload.Container c : w.containers()) {
      for (Workload.ContainerPort d : c.ports()) {
        boolean reached =
            p.target().isName()
                ? d.name().equals(p.target().name()) && d.protocol() == p.protocol()
                : p.target().isNumber() && d.number() == p.target().number();
        if (reached) {
          return Optional.of(d);
        }
      }
    }
    return Optional.empty();
  }

  private static Finding finding(
      KubeService s,
      KubeService.ServicePort p,
      Workload w,
      Workload.ContainerPort target,
      List<NetworkPolicy> policies) {
    // A rule written with the Service's own port is the usual slip: it is where the fix goes.
    Optional<NetworkPolicy.Port> servicePort =
        policies.stream()
            .flatMap(x -> x.rules().stream())
            .flatMap(r -> r.ports().stream())
            .filter(x -> x.port().isNumber() && x.port().number() == p.port())
            .findFirst();
    NetworkPolicy first = policies.get(0);
    String named =
        policies.stream()
            .map(x -> "NetworkPolicy '" + x.name() + "' (" + x.loc() + ") admits " + x.admitted())
            .collect(Collectors.joining("; "));
    return WiringFindings.of(
        INFO,
        INFO.defaultSeverity(),
        servicePort
            .map(NetworkPolicy.Port::loc)
            .orElseGet(
                () ->
                    first.rules().stream()
                        .flatMap(r -> r.ports().stream())
                        .findFirst()
                        .map(NetworkPolicy.Port::loc)
                        .orElse(first.loc())),
        "ingress.ports",
        target.number(),
        named
            + ", selecting the pods of "
            + w.describe()
            + " for ingress: "
            + s.describe()
            + " ("
            + s.loc()
            + ") sends its port "
            + p.port()
            + " to "
            + target.number()
            + (target.name().isEmpty() ? "" : " ('" + target.name() + "')")
            + ", which no rule admits, so the pods drop it"
            + (servicePort.isPresent()
                ? "; a policy's ports are the pod's (the Service's targetPort), not the Service's"
                : ""),
        target.loc(),
        "the container port " + s.describe() + " targets");
  }
}
