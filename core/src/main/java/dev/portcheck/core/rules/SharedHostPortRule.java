package dev.portcheck.core.rules;

import dev.portcheck.core.candidates.PortCandidate;
import dev.portcheck.core.candidates.PortLiteral;
import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two modules of one build whose applications listen on the same port and protocol. Each runs fine
 * on its own server; on one host (local development, {@code network_mode: host}) the second fails
 * to start. Only application settings of the default profile count: compose publishes are checked
 * by {@code duplicate-port}, Kubernetes pods have their own network. A module that ships its
 * application as an image (a Dockerfile in its folder, or an image its build names) runs in a
 * container of its own, with its own network namespace: it shares no host port with anyone.
 */
public final class SharedHostPortRule {
  public static final RuleInfo INFO =
      new RuleInfo(
          "shared-host-port",
          Severity.WARNING,
          "Modules listening on the same port",
          "Two modules of the reactor listen on one port: they cannot run on one host, as in "
              + "local development or with network_mode: host.");

  /** One module's listen settings. */
  public record ModuleBindings(String module, List<PortCandidate> candidates) {
    public ModuleBindings {
      candidates = List.copyOf(candidates);
    }
  }

  private SharedHostPortRule() {}

  /**
   * True when the module builds an image of its application: a {@code Dockerfile} at its base
   * directory among {@code scannedFiles}, or an image its build names ({@code imagesNamed}).
   */
  public static boolean runsInContainer(List<String> scannedFiles, boolean imagesNamed) {
    return imagesNamed || scannedFiles.contains("Dockerfile");
  }

  /**
   * Findings at {@code current}'s settings for every port another module also listens on, each
   * naming both places; modules are compared in the order given.
   */
  public static List<Finding> check(ModuleBindings current, List<ModuleBindings> others) {
    Map<String, String> otherPlaces = new LinkedHashMap<>();
    for (ModuleBindings other : others) {
      for (PortCandidate c : other.candidates()) {
        for (PortLiteral p : hostListens(c)) {
          otherPlaces.putIfAbsent(
              c.protocol() + "/" + p.port(), "module " + other.module() + " (" + c.place() + ")");
        }
      }
    }
    List<Finding> found = new ArrayList<>();
    for (PortCandidate c : current.candidates()) {
      for (PortLiteral p : hostListens(c)) {
        String there = otherPlaces.get(c.protocol() + "/" + p.port());
        if (there != null) {
          found.add(
              Findings.at(
                  INFO,
                  c,
                  p,
                  Findings.portWithRange(p.port())
                      + "/"
                      + c.protocol().id()
                      + " of module "
                      + current.module()
                      + " ("
                      + c.place()
                      + ") is also bound by "
                      + there
                      + ": the two cannot run on one host (local development, network_mode: host)"));
        }
      }
    }
    return found;
  }

  /** The application ports a module binds on its host in the default profile. */
  public static List<PortLiteral> hostListens(PortCandidate c) {
    if (!c.scope().equals(PortCandidate.APPLICATION_SCOPE) || !c.profile().isEmpty()) {
      return List.of();
    }
    return c.sockets();
  }
}
