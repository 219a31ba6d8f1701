package dev.portcheck.core.engine;

import dev.portcheck.core.candidates.ExposedPorts;
import dev.portcheck.core.candidates.FileKind;
import dev.portcheck.core.candidates.PortCandidate;
import dev.portcheck.core.entries.ComposeKeys;
import dev.portcheck.core.wiring.ComposeService;
import dev.portcheck.core.wiring.DockerImage;
import dev.portcheck.core.wiring.FileWiring;
import dev.portcheck.core.wiring.ListenFlags;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The candidates of what only the model reads from a file: a Dockerfile's {@code EXPOSE}s (of every
 * stage: a compose {@code build.target} may run an earlier one), the ports its {@code HEALTHCHECK}
 * calls on the container and does not expose, and its command's listen flags, a compose service's
 * command flags. The file is read once, into the model; these make its ports the inventory's too,
 * at the places the graph names.
 */
final class ModelCandidates {
  private ModelCandidates() {}

  static List<PortCandidate> of(String file, FileWiring wiring) {
    List<PortCandidate> out = new ArrayList<>();
    for (DockerImage i : wiring.images()) {
      // The final stage's EXPOSEs, then those only an earlier stage writes (a dev target's).
      Set<DockerImage.Exposed> seen = new HashSet<>();
      List<DockerImage> stages = new ArrayList<>(List.of(i));
      i.stages().keySet().stream().sorted().forEach(name -> stages.add(i.stages().get(name)));
      for (DockerImage stage : stages) {
        for (DockerImage.Exposed e : stage.exposed()) {
          if (seen.add(e)) {
            out.add(
                ExposedPorts.of(file, e.loc().line(), e.loc().column(), e.port(), e.protocol()));
          }
        }
        // The ports its HEALTHCHECK alone says it listens on.
        for (DockerImage.Exposed e : stage.checkedOnly()) {
          if (seen.add(e)) {
            out.add(ExposedPorts.ofHealthcheck(file, e.loc().line(), e.loc().column(), e.port()));
          }
        }
      }
      for (ListenFlags.Listen l : i.listens()) {
        out.add(flag(FileKind.DOCKERFILE, file, "CMD", l));
      }
    }
    for (ComposeService s : wiring.compose()) {
      for (ListenFlags.Listen l : s.listens()) {
        if (l.loc().file().equals(file)) {
          out.add(flag(FileKind.COMPOSE, file, ComposeKeys.of(s.name(), "command"), l));
        }
      }
    }
    return out;
  }

  private static PortCandidate flag(FileKind kind, String file, String key, ListenFlags.Listen l) {
    return ExposedPorts.ofFlag(
        kind, file, key, l.flag(), l.port(), l.loc().line(), l.loc().column());
  }
}
