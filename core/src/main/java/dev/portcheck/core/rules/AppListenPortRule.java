package dev.portcheck.core.rules;

import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.Severity;
import dev.portcheck.core.wiring.ComposeModel;
import dev.portcheck.core.wiring.Loc;
import dev.portcheck.core.wiring.Setting;
import dev.portcheck.core.wiring.WiringModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An application whose {@code server.port} (default profile) is none of the ports the compose
 * service running it listens on: its container ports, {@code expose} and the {@code EXPOSE} of the
 * image it builds. The service runs this module's image (its {@code build:} is the module's folder)
 * or is named like the application's file in a config server's search location.
 */
public final class AppListenPortRule implements WiringRule {
  public static final RuleInfo INFO =
      new RuleInfo(
          "app-listen-port",
          Severity.WARNING,
          "application listens on a port its compose service does not publish or expose",
          "When an application's server.port is not a container port, expose entry or Dockerfile"
              + " EXPOSE of the compose service that runs it, the published ports and the other"
              + " services' addresses very likely reach nothing.");

  private static final Pattern PORT = Pattern.compile("(\\d{1,5})|\\$\\{[^:}]+:(\\d{1,5})}");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  /** A literal port or a Spring placeholder's default; -1 for anything else (random, off). */
  static int port(String value) {
    Matcher m = PORT.matcher(value.trim());
    if (!m.matches()) {
      return -1;
    }
    int p = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
    return p > 0 && p <= 65535 ? p : -1;
  }

  /**
   * True when the service's environment may set the port or profile instead of the file: Spring
   * reads {@code SERVER_PORT}, {@code SPRING_APPLICATION_JSON}, and profile files under {@code
   * SPRING_PROFILES_ACTIVE}.
   */
  private static boolean overridden(ComposeModel.ServiceRef ref) {
    return ref.project().services().getOrDefault(ref.service(), List.of()).stream()
        .flatMap(s -> s.environment().stream())
        .map(e -> e.name().toUpperCase(java.util.Locale.ROOT))
        .anyMatch(
            n ->
                n.equals("SERVER_PORT")
                    || n.equals("PORT")
                    || n.equals("SPRING_APPLICATION_JSON")
                    || n.equals("SPRING_PROFILES_ACTIVE"));
  }

  @Override
  public List<Finding> check(WiringModel model) {
    List<Finding> out = new ArrayList<>();
    for (Setting s : model.app()) {
      int port = s.name().equals("server.port") ? port(s.value()) : -1;
      if (port < 0) {
        continue;
      }
      for (ComposeModel.ServiceRef ref : model.runnersOf(s.loc().file())) {
        ComposeModel.Listeners l = model.compose().listeners(ref.project(), ref.service());
        Map<Integer, Loc> all = l.all();
        if (!l.judged() || all.containsKey(port) || overridden(ref)) {
          continue;
        }
        out.add(
            WiringFindings.of(
                INFO,
                INFO.defaultSeverity(),
                s.loc(),
                s.name(),
                port,
                "the application listens on "
                    + port
                    + ", but compose service '"
                    + ref.service()
                    + "' that runs it listens on "
                    + l.describe(),
                all.values().iterator().next(),
                "compose service '" + ref.service() + "'"));
      }
    }
    return out;
  }
}
