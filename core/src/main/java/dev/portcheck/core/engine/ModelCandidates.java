package dev.portcheck.core.engine;

import dev.portcheck.core.candidates.ExposedPorts;
import dev.portcheck.core.candidates.FileKind;
import dev.portcheck.core.candidates.PortCandidate;
import dev.portcheck.core.entries.ComposeKeys;
import dev.portcheck.core.wiring.ComposeService;
import dev.portcheck.core.wiring.DockerImage;
import dev.portcheck.core.wiring.FileWiring;
import dev.portcheck.core.wiring.ListenFlags;
import dev.portcheck.core.wiring.Loc;
import dev.portcheck.core.wiring.NginxConfig;
import dev.portcheck.core.wiring.Setting;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
      flags(FileKind.DOCKERFILE, file, "CMD", i.listens(), out);
    }
    for (NginxConfig c : wiring.nginx()) {
      // Where the container that loads it listens, as its server blocks say.
      for (Setting l : c.listens()) {
        java.util.OptionalInt port = NginxConfig.listenPort(l.value());
        if (port.isPresent()) {
          out.add(
              ExposedPorts.ofFlag(
                  FileKind.NGINX,
                  file,
                  "server",
                  l.name() + " " + l.value(),
                  port.getAsInt(),
                  l.loc().line(),
                  l.loc().column()));
        }
      }
    }
    for (ComposeService s : wiring.compose()) {
      List<ListenFlags.Listen> here =
          s.listens().stream().filter(l -> l.loc().file().equals(file)).toList();
      flags(FileKind.COMPOSE, file, ComposeKeys.of(s.name(), "command"), here, out);
    }
    return out;
  }

  /** One setting per flag as written: a flag that lists several listeners sets all their ports. */
  private static void flags(
      FileKind kind,
      String file,
      String key,
      List<ListenFlags.Listen> listens,
      List<PortCandidate> out) {
    Map<Map.Entry<String, Loc>, List<Integer>> byFlag = new LinkedHashMap<>();
    for (ListenFlags.Listen l : listens) {
      byFlag.computeIfAbsent(Map.entry(l.flag(), l.loc()), k -> new ArrayList<>()).add(l.port());
    }
    byFlag.forEach(
        (written, ports) ->
            out.add(
                ExposedPorts.ofFlag(
                    kind,
                    file,
                    key,
                    written.getKey(),
                    ports,
                    written.getValue().line(),
                    written.getValue().column())));
  }
}
