package dev.portcheck.core.wiring;

import dev.portcheck.core.candidates.Protocol;
import dev.portcheck.core.model.ImageName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The ports a module's Kubernetes containers declare, by the image they run. */
final class DeclaredImagePorts {
  private DeclaredImagePorts() {}

  /**
   * The ports the module's Kubernetes manifests declare for each image, as evidence of what a
   * compose service running the same image (any tag) listens on: the project's own word on an image
   * that no Dockerfile here builds. The ports its containers' probes reach and their args or env
   * bind count too: a manifest need not declare every port its container serves.
   */
  static Map<String, DockerImage> of(List<Workload> workloads) {
    Map<String, DockerImage> declaredByImage = new HashMap<>();
    Map<String, List<DockerImage.Exposed>> ports = new HashMap<>();
    // Many workloads run one image: a set per image keeps this linear in their ports.
    Map<String, Set<Integer>> seen = new HashMap<>();
    for (Workload w : workloads) {
      for (Workload.Container c : w.containers()) {
        if (c.image().isEmpty() || !c.portsKnown() || c.ports().isEmpty()) {
          continue;
        }
        ImageName.parse(c.image())
            .ifPresent(
                name -> {
                  List<DockerImage.Exposed> known =
                      ports.computeIfAbsent(name.repository(), k -> new ArrayList<>());
                  Set<Integer> numbers =
                      seen.computeIfAbsent(name.repository(), k -> new HashSet<>());
                  for (Workload.ContainerPort p : c.ports()) {
                    if (numbers.add(p.number())) {
                      known.add(new DockerImage.Exposed(p.number(), p.protocol(), p.loc()));
                    }
                  }
                  // Declared ports are not all it serves: a probe's port and a port its args or
                  // env bind are served too, declared or not.
                  for (Workload.Probe probe : c.probes()) {
                    if (probe.port().isNumber() && numbers.add(probe.port().number())) {
                      known.add(
                          new DockerImage.Exposed(
                              probe.port().number(), Protocol.TCP, probe.loc()));
                    }
                  }
                  for (ListenFlags.Listen l : c.listenEvidence()) {
                    if (numbers.add(l.port())) {
                      known.add(new DockerImage.Exposed(l.port(), Protocol.TCP, l.loc()));
                    }
                  }
                });
      }
    }
    ports.forEach(
        (repository, exposed) ->
            declaredByImage.put(
                repository,
                new DockerImage("containerPort of image " + repository, exposed, true)));
    return declaredByImage;
  }
}
