package dev.portcheck.core.engine;

import dev.portcheck.core.candidates.Binding;
import dev.portcheck.core.candidates.PortCandidate;
import dev.portcheck.core.candidates.PortLiteral;
import dev.portcheck.core.files.ConfigFile;
import dev.portcheck.core.files.FileFormat;
import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.rules.PrivilegedPortRule;
import dev.portcheck.core.wiring.ApplicationFiles;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Applications that ship as an image: a Dockerfile in the application's own folder ({@code
 * services/gateway/Dockerfile} beside {@code services/gateway/src/main/resources}, or Quarkus'
 * {@code src/main/docker/}) builds it, or the model has a compose service or Kubernetes container
 * run it, so it runs in a container, where engines lower {@code
 * net.ipv4.ip_unprivileged_port_start} and a port below 1024 binds. A {@code privileged-port}
 * finding about such an application as a host process is no failure that can happen there. A file
 * is judged on its own when scanned; which Dockerfiles the module has is known once all are read.
 */
final class ShippedApplications {
  private ShippedApplications() {}

  /** {@code findings} without host-process privileged ports of applications built into images. */
  static List<Finding> apply(
      List<Finding> findings,
      List<ConfigFile> files,
      List<PortCandidate> candidates,
      java.util.function.Predicate<String> runsInContainer) {
    Set<String> places = new HashSet<>();
    for (Finding f : findings) {
      if (f.rule().equals(PrivilegedPortRule.INFO.id())) {
        places.add(place(f.file(), f.line(), f.column()));
      }
    }
    if (places.isEmpty()) {
      return findings;
    }
    Set<String> imageFolders = new HashSet<>();
    for (ConfigFile file : files) {
      if (file.format() == FileFormat.DOCKERFILE) {
        imageFolders.add(ApplicationFiles.builtFolder(file.relativePath()));
      }
    }
    // The host-process settings of such applications, by the place a finding names.
    Set<String> shipped = new HashSet<>();
    for (PortCandidate c : candidates) {
      for (PortLiteral p : c.ports()) {
        String at = place(c.file(), p.line(), p.column());
        if (places.contains(at)
            && c.bindingOf(p) == Binding.HOST_PROCESS
            && (imageFolders.contains(ApplicationFiles.shippedFolder(c.file()))
                || runsInContainer.test(c.file()))) {
          shipped.add(at);
        }
      }
    }
    if (shipped.isEmpty()) {
      return findings;
    }
    List<Finding> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      if (!f.rule().equals(PrivilegedPortRule.INFO.id())
          || !shipped.contains(place(f.file(), f.line(), f.column()))) {
        out.add(f);
      }
    }
    return out;
  }

  private static String place(String file, int line, int column) {
    return file + ':' + line + ':' + column;
  }
}
