package dev.portcheck.core.rules;

import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.Severity;
import dev.portcheck.core.wiring.BuiltImages;
import dev.portcheck.core.wiring.WiringModel;
import dev.portcheck.core.wiring.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Kubernetes container that runs an image a compose project of the tree builds, and declares
 * ports none of which that image's Dockerfile says it listens on ({@code EXPOSE}, its command's
 * listen flags, its {@code HEALTHCHECK}), while nothing in the container moves the image's port: a
 * Service or probe that follows the declaration reaches no listener. A container that declares one
 * of the image's ports and others besides is not judged.
 */
public final class ContainerImagePortRule implements WiringRule {
  public static final RuleInfo INFO =
      new RuleInfo(
          "container-image-port",
          Severity.WARNING,
          "container declares ports its image, built here, does not listen on",
          "A Kubernetes container of an image that a compose project of the same tree builds"
              + " declares ports none of which the image's Dockerfile names (EXPOSE, listen flags,"
              + " HEALTHCHECK), and neither its env, command nor args moves the image's server:"
              + " Services and probes that follow the declaration reach no listener.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> check(WiringModel model) {
    List<Finding> out = new ArrayList<>();
    BuiltImages built = BuiltImages.of(model.compose());
    for (Workload w : model.workloads()) {
      for (Workload.Container c : w.containers()) {
        Optional<BuiltImages.Built> b =
            c.image().isEmpty() ? Optional.empty() : built.of(c.image());
        if (b.isEmpty()
            || !c.portsKnown()
            || c.ports().isEmpty()
            || b.get().ports().isEmpty()
            || !b.get().image().exposeKnown()
            || !BuiltImages.runsAsBuilt(c, b.get().image())
            || c.ports().stream().anyMatch(p -> b.get().ports().contains(p.number()))) {
          continue;
        }
        Workload.ContainerPort p = c.ports().get(0);
        out.add(
            WiringFindings.of(
                INFO,
                INFO.defaultSeverity(),
                p.loc(),
                "containerPort",
                p.number(),
                "container '"
                    + c.name()
                    + "' of "
                    + w.describe()
                    + " declares "
                    + c.ports().stream().map(x -> String.valueOf(x.number())).distinct().toList()
                    + ", but its image "
                    + c.image()
                    + ", which compose service '"
                    + b.get().service()
                    + "' builds ("
                    + b.get().builtAt()
                    + "), listens on "
                    + b.get().ports()
                    + " by "
                    + b.get().image().file()
                    + ", and nothing in the container moves it",
                b.get().image().exposed().isEmpty()
                    ? b.get().builtAt()
                    : b.get().image().exposed().get(0).loc(),
                b.get().image().file()));
      }
    }
    return out;
  }
}
