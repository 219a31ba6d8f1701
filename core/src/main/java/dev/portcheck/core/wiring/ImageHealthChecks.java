package dev.portcheck.core.wiring;

import dev.portcheck.core.model.ImageName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a compose project's healthchecks find an image's health endpoint: {@code curl -f
 * http://localhost:8080/health} in a service that runs the image as built (no command, entrypoint
 * or variable that moves its ports). The project's own word on the port that serves that path,
 * which a Kubernetes probe of the same image and path should reach too.
 */
public final class ImageHealthChecks {
  private ImageHealthChecks() {}

  /** An HTTP call a healthcheck makes to its own container. */
  public record Call(String service, String image, int port, String path, Loc loc) {}

  static List<Call> of(ComposeModel compose, ImageName image) {
    List<Call> out = new ArrayList<>();
    for (ComposeProject p : compose.projects()) {
      p.services()
          .forEach(
              (name, definitions) -> {
                if (runsAsBuilt(definitions)) {
                  lastImage(p, definitions)
                      .filter(image::equals)
                      .ifPresent(i -> calls(p, name, i, definitions, out));
                }
              });
    }
    return out;
  }

  private static boolean runsAsBuilt(List<ComposeService> definitions) {
    for (ComposeService s : definitions) {
      if (s.commandSet() || !s.listens().isEmpty()) {
        return false;
      }
      for (Setting e : s.environment()) {
        if (!EnvListeners.ports(e.name(), e.value()).isEmpty()) {
          return false;
        }
      }
    }
    return true;
  }

  private static Optional<ImageName> lastImage(ComposeProject p, List<ComposeService> definitions) {
    String image = "";
    for (ComposeService s : definitions) {
      image = s.image().isEmpty() ? image : s.image();
    }
    return image.isEmpty() ? Optional.empty() : p.interpolate(image).flatMap(ImageName::parse);
  }

  private static void calls(
      ComposeProject p,
      String name,
      ImageName image,
      List<ComposeService> definitions,
      List<Call> out) {
    for (ComposeService s : definitions) {
      for (Setting word : s.healthcheck()) {
        String text = word.value();
        int scheme = text.indexOf("://");
        if (scheme < 0) {
          continue;
        }
        for (Address a : Address.in(text)) {
          boolean own =
              a.host().equals("localhost")
                  || a.host().equals("127.0.0.1")
                  || p.serviceFor(a.host()).map(name::equals).orElse(false);
          if (own) {
            out.add(new Call(name, image.toString(), a.port(), path(text, a), word.loc()));
          }
        }
      }
    }
  }

  /** The path after the address, without query or fragment: "/" when none is written. */
  private static String path(String text, Address a) {
    int from = text.indexOf('/', a.offset() + a.host().length());
    if (from < 0) {
      return "/";
    }
    int to = from;
    while (to < text.length() && " ?#\"'".indexOf(text.charAt(to)) < 0) {
      to++;
    }
    return text.substring(from, to);
  }
}
