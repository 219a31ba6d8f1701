package dev.portcheck.core.rules;

import dev.portcheck.core.candidates.PortNumbers;
import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.Severity;
import dev.portcheck.core.wiring.ComposeListeners;
import dev.portcheck.core.wiring.ComposeModel;
import dev.portcheck.core.wiring.ComposeProject;
import dev.portcheck.core.wiring.ComposeReach;
import dev.portcheck.core.wiring.ComposeService;
import dev.portcheck.core.wiring.DockerImage;
import dev.portcheck.core.wiring.ListenVariableNames;
import dev.portcheck.core.wiring.Loc;
import dev.portcheck.core.wiring.NginxServer;
import dev.portcheck.core.wiring.Setting;
import dev.portcheck.core.wiring.WiringModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A compose service that publishes container ports of which none is a port its image {@code
 * EXPOSE}s (the Dockerfile of its build context): the published port very likely reaches no
 * listener. A service that publishes one exposed port and others besides (a debugger, a metrics
 * port) is left alone, since EXPOSE only documents.
 */
public final class ComposePublishPortRule implements WiringRule {
  public static final RuleInfo INFO =
      new RuleInfo(
          "compose-publish-port",
          Severity.WARNING,
          "compose publishes container ports the service's image does not expose",
          "The container side of a compose ports entry must be a port the process listens on."
              + " When no published container port of a service is EXPOSEd by the Dockerfile of"
              + " its build context, the publish very likely forwards to nothing.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> check(WiringModel model) {
    List<Finding> out = new ArrayList<>();
    ComposeModel compose = model.compose();
    ComposeReach reach = model.composeReach();
    for (ComposeProject project : compose.projects()) {
      for (String service : project.services().keySet()) {
        ComposeListeners l = compose.listeners(project, service);
        exposeOfDocumentedImage(project, service, l).forEach(out::add);
        ListenerListPublishes.outsideListedListeners(service, l).forEach(out::add);
        List<Finding> kafka = ListenerListPublishes.unboundKafkaListeners(project, service, l);
        out.addAll(kafka);
        if (l.nginx().map(NginxServer::complete).orElse(false)) {
          // Its nginx configuration names every listener: that, not the image, is judged.
          out.addAll(NginxPublishes.unserved(service, l));
          continue;
        }
        if (l.image().isEmpty() || !l.complete() || l.published().isEmpty() || !kafka.isEmpty()) {
          continue;
        }
        DockerImage image = l.image().get();
        ComposeModel.ServiceRef ref = new ComposeModel.ServiceRef(project, service);
        List<DockerImage.Exposed> evidence = image.evidence();
        if (evidence.isEmpty()) {
          continue;
        }
        Map<Integer, ComposeListeners.Published> published = l.published();
        // The image's EXPOSE and HEALTHCHECK, and what a command binds by its flags: the service's
        // or the image's.
        boolean anyExposed =
            published.values().stream()
                .anyMatch(
                    p ->
                        evidence.stream()
                                .anyMatch(
                                    x ->
                                        x.port() == p.container()
                                            && !l.moved().containsKey(x.port()))
                            || l.bound().containsKey(p.container())
                            || image.listens().stream().anyMatch(x -> x.port() == p.container())
                            || reach.applicationServes(ref, p.container())
                            || setByPortVariable(project, service, p.container()));
        if (anyExposed) {
          continue;
        }
        String exposed = ports(evidence);
        // Where the service's command or environment moved the server, the message names the flag
        // or variable: the EXPOSE alone would contradict the finding.
        String evidenceText =
            l.moved().isEmpty()
                ? imageEvidence(image)
                : "it is told to listen on "
                    + l.bound().keySet().stream()
                        .map(String::valueOf)
                        .collect(Collectors.joining(", "))
                    + " ("
                    + l.moved().values().iterator().next()
                    + "), not the "
                    + exposed
                    + " its image exposes ("
                    + evidence.get(0).loc()
                    + ")";
        for (ComposeListeners.Published p : published.values()) {
          out.add(
              unserved(
                  service,
                  p,
                  evidenceText,
                  evidence.get(0).loc(),
                  (image.exposed().isEmpty() ? "HEALTHCHECK" : "EXPOSE")
                      + " of the image service '"
                      + service
                      + "' builds"));
        }
      }
    }
    return out;
  }

  /**
   * True when a variable of the service's environment named for a port ({@code IMMICH_PORT=2285})
   * holds {@code port}: an application's own variable, which may well move its server there.
   */
  private static boolean setByPortVariable(ComposeProject project, String service, int port) {
    for (ComposeService s : project.services().getOrDefault(service, List.of())) {
      for (Setting e : s.environment()) {
        if (ListenVariableNames.namesAPort(e.name())
            && project
                .interpolate(e.value())
                .map(v -> v.trim().equals(String.valueOf(port)))
                .orElse(false)) {
          return true;
        }
      }
    }
    return false;
  }

  private static String ports(List<DockerImage.Exposed> listed) {
    return listed.stream()
        .map(x -> Integer.toString(x.port()))
        .distinct()
        .collect(Collectors.joining(", "));
  }

  /**
   * Where the image says it listens: {@code its image exposes 8080 (Dockerfile:4)}, and the ports
   * its own HEALTHCHECK calls that it does not expose ({@code its image's HEALTHCHECK calls 8080 on
   * itself (Dockerfile:3)}).
   */
  private static String imageEvidence(DockerImage image) {
    List<DockerImage.Exposed> checked = image.checkedOnly();
    String exposes =
        image.exposed().isEmpty()
            ? ""
            : "its image exposes "
                + ports(image.exposed())
                + " ("
                + image.exposed().get(0).loc()
                + ")";
    String calls =
        checked.isEmpty()
            ? ""
            : "its image's HEALTHCHECK calls "
                + ports(checked)
                + " on itself ("
                + checked.get(0).loc()
                + ")";
    return exposes.isEmpty() ? calls : calls.isEmpty() ? exposes : exposes + " and " + calls;
  }

  /** A publish of {@code service} whose container port {@code evidence} says nothing serves. */
  static Finding unserved(
      String service,
      ComposeListeners.Published p,
      String evidence,
      Loc related,
      String relatedWhat) {
    return WiringFindings.of(
        INFO,
        INFO.defaultSeverity(),
        p.loc(),
        "ports",
        p.container(),
        "service '" + service + "' publishes container port " + p.container() + ", but " + evidence,
        related,
        relatedWhat);
  }

  /**
   * An {@code expose} of an image whose ports are documented (postgres listens on 5432), at a port
   * the image does not listen on while nothing in the service (a command, a port variable) moves
   * it: clients that follow the expose ({@code DB_PORT} from the same {@code .env} variable) reach
   * nothing.
   */
  private static List<Finding> exposeOfDocumentedImage(
      ComposeProject project, String service, ComposeListeners l) {
    if (l.image().isEmpty() || !l.image().get().documented() || !l.complete()) {
      return List.of();
    }
    DockerImage image = l.image().get();
    List<Finding> out = new ArrayList<>();
    for (ComposeService def : project.services().getOrDefault(service, List.of())) {
      for (Setting e : def.expose()) {
        Optional<String> text = project.interpolate(e.value());
        if (text.isEmpty()
            || !PortNumbers.isDigits(text.get().trim())
            || text.get().trim().length() > 5) {
          continue;
        }
        int port = Integer.parseInt(text.get().trim());
        if (image.exposed().stream().anyMatch(x -> x.port() == port)
            || l.bound().containsKey(port)) {
          continue;
        }
        String listens =
            image.exposed().stream()
                .map(x -> Integer.toString(x.port()))
                .distinct()
                .collect(Collectors.joining(", "));
        out.add(
            WiringFindings.of(
                INFO,
                INFO.defaultSeverity(),
                e.loc(),
                "expose",
                port,
                "service '"
                    + service
                    + "' exposes "
                    + port
                    + project.definitionsOf(e.value())
                    + ", but its "
                    + image.file()
                    + " listens on "
                    + listens
                    + " and nothing in the service moves it: clients at "
                    + port
                    + " reach no listener",
                def.loc(),
                "service '" + service + "'"));
      }
    }
    return out;
  }
}
