package dev.portcheck.core.rules;

import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.Severity;
import dev.portcheck.core.wiring.ActiveSettings;
import dev.portcheck.core.wiring.Address;
import dev.portcheck.core.wiring.ComposeListeners;
import dev.portcheck.core.wiring.ComposeModel;
import dev.portcheck.core.wiring.ComposeReach;
import dev.portcheck.core.wiring.EdgeState;
import dev.portcheck.core.wiring.Framework;
import dev.portcheck.core.wiring.Loc;
import dev.portcheck.core.wiring.ProfilePort;
import dev.portcheck.core.wiring.Setting;
import dev.portcheck.core.wiring.WiringModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A URL or {@code host:port} in the config of an application, in its default profile or any other
 * (a profile's value counts for that profile; each distinct value is reported once, where it is
 * first written), that runs in a compose service (the service builds this module, or is named like
 * the file in a config server's search location), aimed at another service of that compose project
 * at a port the target does not listen on: a published host port (the container port is named) or,
 * when the target's Dockerfile was read, a port none of its container ports, expose entries and
 * EXPOSE name. An application that nothing runs in a container dials {@code localhost} on the host
 * ({@link HostRunLoopback}).
 */
public final class AppClientPortRule implements WiringRule {
  public static final RuleInfo INFO =
      new RuleInfo(
          "app-client-port",
          Severity.WARNING,
          "application dials a compose service at a port it does not listen on",
          "Inside a compose project an application reaches another service at"
              + " service-name:container-port. A URL at the target's published host port, or at"
              + " a port it neither publishes, exposes nor EXPOSEs, very likely fails.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> check(WiringModel model) {
    List<Finding> out = new ArrayList<>();
    // Each profile reads its own value where it sets one and the default's elsewhere: every
    // distinct value is some profile's, checked once, at the first place it is written.
    Set<String> seen = new HashSet<>();
    ActiveSettings active = ActiveSettings.of(model);
    for (Setting s : model.app()) {
      if (!Framework.isServerPort(s.name())) {
        check(model, active, s, s.loc().file(), "", seen, out);
      }
    }
    for (ProfilePort p : model.profilePorts()) {
      if (!Framework.isServerPort(p.setting().name())) {
        check(model, active, p.setting(), p.applicationFile(), p.profile(), seen, out);
      }
    }
    return out;
  }

  /** {@code profile}: the Spring profile whose file or document sets {@code s}, empty for none. */
  private static void check(
      WiringModel model,
      ActiveSettings active,
      Setting s,
      String application,
      String profile,
      Set<String> seen,
      List<Finding> out) {
    if (s.value().indexOf(':') < 0) {
      return;
    }
    if (!model.runsInContainer(application)) {
      hostRun(model, s, application, seen, out);
    }
    for (ComposeModel.ServiceRef client : model.clientsOf(application)) {
      if (!active.reads(client, application, s, profile)) {
        continue; // the service runs with profiles that do not read this value
      }
      Setting read = SpringPlaceholders.resolve(s, client);
      if (read == null) {
        continue;
      }
      for (Address a : Address.dialed(read.value())) {
        String key =
            client.project().folder()
                + "\0"
                + client.service()
                + "\0"
                + s.name()
                + "\0"
                + a.host()
                + ":"
                + a.port();
        if (seen.add(key)) {
          check(model, client, read, a, read == s).ifPresent(out::add);
        }
      }
    }
  }

  /** An application no container runs: its loopback addresses reach the host's ports. */
  private static void hostRun(
      WiringModel model, Setting s, String application, Set<String> seen, List<Finding> out) {
    for (Address a : Address.in(s.value())) {
      if (!seen.add(application + "\0" + s.name() + "\0" + a.host() + ":" + a.port())) {
        continue;
      }
      HostRunLoopback.unpublished(model.compose(), a)
          .ifPresent(
              w ->
                  out.add(
                      WiringFindings.of(
                          INFO,
                          INFO.defaultSeverity(),
                          at(s, a, true),
                          s.name(),
                          a.port(),
                          HostRunLoopback.message(s.name(), a, w),
                          w.listens(),
                          "compose service '" + w.service() + "'")));
    }
  }

  private static Loc at(Setting s, Address a, boolean asWritten) {
    boolean oneLine = asWritten && s.value().indexOf('\n') < 0;
    return oneLine
        ? new Loc(s.loc().file(), s.loc().line(), s.loc().column() + a.offset())
        : s.loc();
  }

  /** {@code asWritten}: the value is the file's text, so an address's offset is its column. */
  private static Optional<Finding> check(
      WiringModel model, ComposeModel.ServiceRef client, Setting s, Address a, boolean asWritten) {
    ComposeModel compose = model.compose();
    Optional<ComposeModel.ServiceRef> dialed = compose.dialed(client.project(), a.host());
    if (dialed.isEmpty() || dialed.get().equals(client)) {
      return Optional.empty();
    }
    Optional<String> target = dialed.map(ComposeModel.ServiceRef::service);
    ComposeListeners l = compose.listeners(dialed.get().project(), target.get());
    Map<Integer, Loc> all = l.all();
    ComposeReach.Verdict verdict =
        model.composeReach().of(dialed.get(), s.name(), s.value(), a, true);
    if (verdict.state() != EdgeState.BROKEN) {
      return Optional.empty();
    }
    Optional<Map<Integer, Loc>> listed = l.listFor(s.name());
    // A publish of a port the server does not list is no way in: the list says where it listens.
    ComposeListeners.Published published = listed.isPresent() ? null : l.published().get(a.port());
    String dials = "dials " + a.shown();
    String message;
    Loc other;
    if (!verdict.otherProtocol().isEmpty()) {
      message =
          dials
              + " over HTTP, but compose service '"
              + target.get()
              + "' "
              + verdict.otherProtocol();
      other = all.getOrDefault(a.port(), all.values().iterator().next());
    } else if (published != null) {
      message =
          dials
              + ", the host port compose service '"
              + target.get()
              + "' publishes ("
              + published.loc()
              + (l.onlyPublishNames(published.container())
                  ? ") to its container port "
                      + published.container()
                      + ", which nothing else says it listens on: the publish or this address"
                      + " names the wrong port"
                  : "); from service '"
                      + client.service()
                      + "' use its container port "
                      + published.container());
      other = published.loc();
    } else if (!verdict.byApplication().isEmpty()) {
      message =
          dials
              + ", but compose service '"
              + target.get()
              + "' runs an application that serves HTTP on "
              + ComposeListeners.describe(verdict.byApplication());
      other = verdict.byApplication().values().iterator().next();
    } else {
      message =
          dials + ", but compose service '" + target.get() + "' listens on " + l.describe(s.name());
      other = listed.orElse(all).values().iterator().next();
    }
    return Optional.of(
        WiringFindings.of(
            INFO,
            INFO.defaultSeverity(),
            at(s, a, asWritten),
            s.name(),
            a.port(),
            "'" + s.name() + "' " + message,
            other,
            "compose service '" + target.get() + "'"));
  }
}
