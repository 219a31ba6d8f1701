package dev.portcheck.core.rules;

import dev.portcheck.core.findings.Severity;
import dev.portcheck.core.model.ImageName;
import dev.portcheck.core.wiring.ImageHealthChecks;
import dev.portcheck.core.wiring.WiringModel;
import dev.portcheck.core.wiring.Workload;
import java.util.List;
import java.util.Optional;

/**
 * The compose healthchecks {@link ProbePortRule} takes as evidence against an HTTP probe's port:
 * where compose runs the image a container runs and calls the probe's path on it. Kept apart so the
 * rule holds the evidence of the container's own manifest.
 */
final class ComposeHealthcheckEvidence {
  private ComposeHealthcheckEvidence() {}

  /**
   * A warning when compose runs the same image as built and its healthcheck calls the probe's path
   * at another port: the project's own word on where that image serves its health endpoint. Only
   * for a container whose manifest sets nothing that may move its ports.
   */
  static Optional<ProbePortRule.Verdict> callsOtherPort(
      WiringModel model, Workload.Container c, Workload.Probe p) {
    if (!p.handler().equals("httpGet")
        || p.path().isEmpty()
        || c.launchOpen()
        || !c.listenEvidence().isEmpty()) {
      return Optional.empty();
    }
    List<ImageHealthChecks.Call> calls =
        ImageName.parse(c.image())
            .map(i -> model.compose().healthChecksOf(i))
            .orElse(List.of())
            .stream()
            .filter(call -> call.path().equals(p.path()))
            .toList();
    int port = p.port().number();
    if (calls.isEmpty() || calls.stream().anyMatch(call -> call.port() == port)) {
      return Optional.empty();
    }
    ImageHealthChecks.Call call = calls.get(0);
    return Optional.of(
        new ProbePortRule.Verdict(
            Severity.WARNING,
            "is not declared by container '"
                + c.name()
                + "', and the compose healthcheck of service '"
                + call.service()
                + "', which runs the same image "
                + call.image()
                + ", calls "
                + call.path()
                + " at "
                + call.port()
                + " ("
                + call.loc()
                + "); it declares "
                + ProbePortRule.declared(c),
            call.loc(),
            "the compose healthcheck of the same image"));
  }
}
