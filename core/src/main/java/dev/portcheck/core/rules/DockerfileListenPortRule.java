package dev.portcheck.core.rules;

import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.Severity;
import dev.portcheck.core.wiring.DockerImage;
import dev.portcheck.core.wiring.ListenFlags;
import dev.portcheck.core.wiring.WiringModel;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A Dockerfile whose final {@code CMD} or {@code ENTRYPOINT} binds its server by a flag ({@code
 * gunicorn -b 0.0.0.0:5000}, {@code --port=8000}) on ports none of which it {@code EXPOSE}s.
 * Compose publishes, Services and clients are written from {@code EXPOSE}, so they reach nothing.
 * Silent when the command binds one exposed port and others besides.
 */
public final class DockerfileListenPortRule implements WiringRule {
  public static final RuleInfo INFO =
      new RuleInfo(
          "dockerfile-listen-port",
          Severity.WARNING,
          "Dockerfile command binds ports the image does not EXPOSE",
          "The command of an image says where its server listens; EXPOSE documents it for"
              + " everyone else. When the command's listen flags name none of the exposed ports,"
              + " whoever follows EXPOSE (a publish, a Service, a client) reaches no listener.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> check(WiringModel model) {
    List<Finding> out = new ArrayList<>();
    for (DockerImage image : model.dockerfiles()) {
      List<ListenFlags.Listen> listens = image.listens();
      if (listens.isEmpty() || image.exposed().isEmpty() || !image.exposeKnown()) {
        continue;
      }
      boolean agree =
          listens.stream()
              .anyMatch(l -> image.exposed().stream().anyMatch(x -> x.port() == l.port()));
      if (agree) {
        continue;
      }
      String exposed =
          image.exposed().stream()
              .map(x -> x.port() + " (" + x.loc() + ")")
              .distinct()
              .collect(Collectors.joining(", "));
      for (ListenFlags.Listen l : listens) {
        out.add(
            WiringFindings.of(
                INFO,
                INFO.defaultSeverity(),
                l.loc(),
                "CMD",
                l.port(),
                "the image's command binds "
                    + l.port()
                    + " ("
                    + l.flag()
                    + "), but it EXPOSEs "
                    + exposed
                    + ": publishes, Services and clients that follow EXPOSE reach no listener",
                image.exposed().get(0).loc(),
                "EXPOSE of " + image.file()));
      }
    }
    return out;
  }
}
