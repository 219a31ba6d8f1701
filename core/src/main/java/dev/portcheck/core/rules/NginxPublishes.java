package dev.portcheck.core.rules;

import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.wiring.ComposeListeners;
import dev.portcheck.core.wiring.NginxServer;
import dev.portcheck.core.wiring.Setting;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The publishes of a compose service whose nginx configuration names every listener of its servers
 * ({@link NginxServer#complete}): nginx listens there and nowhere else, so a publish of another
 * container port forwards to nothing.
 */
final class NginxPublishes {
  private NginxPublishes() {}

  static List<Finding> unserved(String service, ComposeListeners l) {
    List<Finding> out = new ArrayList<>();
    NginxServer nginx = l.nginx().orElseThrow();
    if (!l.complete() || nginx.listens().isEmpty()) {
      return out;
    }
    for (ComposeListeners.Published p : l.published().values()) {
      if (l.bound().containsKey(p.container()) || l.selfChecked().containsKey(p.container())) {
        continue;
      }
      Setting first = nginx.listens().get(0);
      String ports =
          nginx.listens().stream()
              .map(s -> s.value() + " (" + s.loc() + ")")
              .distinct()
              .collect(Collectors.joining(", "));
      out.add(
          ComposePublishPortRule.unserved(
              service,
              p,
              "the nginx configuration it loads listens on " + ports,
              first.loc(),
              "the listen of the nginx configuration service '" + service + "' loads"));
    }
    return out;
  }
}
