package dev.portcheck.core.rules;

import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.Severity;
import dev.portcheck.core.wiring.Address;
import dev.portcheck.core.wiring.ComposeListeners;
import dev.portcheck.core.wiring.ComposeModel;
import dev.portcheck.core.wiring.ComposeProject;
import dev.portcheck.core.wiring.ComposeReach;
import dev.portcheck.core.wiring.ComposeService;
import dev.portcheck.core.wiring.EdgeState;
import dev.portcheck.core.wiring.Loc;
import dev.portcheck.core.wiring.Setting;
import dev.portcheck.core.wiring.WiringModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A compose {@code environment} address {@code service:port} to another service of the project at a
 * port it does not listen on. Services reach each other at container ports on the project network;
 * a published host port is for the host only, so an address at one names the container port to use
 * instead. Otherwise judged only when the target's listeners are known (its Dockerfile, a
 * documented image, its own {@code expose}) or, for an HTTP call, where the application it runs
 * serves HTTP ({@link ComposeReach}). A Traefik label's {@code loadbalancer.server.port} is the
 * container port Traefik dials on the labelled service itself.
 */
public final class ComposeClientPortRule implements WiringRule {
  public static final RuleInfo INFO =
      new RuleInfo(
          "compose-client-port",
          Severity.WARNING,
          "compose address at a port the target service does not listen on",
          "Within a compose project a service dials another at service-name:container-port. An"
              + " address at the target's published host port, or at a port its ports, expose"
              + " and Dockerfile EXPOSE do not name, very likely fails from inside a container.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> check(WiringModel model) {
    List<Finding> out = new ArrayList<>();
    // An env file that several services load is one place: said once.
    java.util.Set<String> seen = new java.util.HashSet<>();
    ComposeModel compose = model.compose();
    for (ComposeProject project : compose.projects()) {
      for (String service : project.services().keySet()) {
        List<Setting> fromImage = compose.imageDials(project, service);
        // A proxy label (traefik...loadbalancer.server.port) has Traefik dial this service.
        for (ComposeService part : project.services().get(service)) {
          for (Setting label : part.proxied()) {
            judge(model, project, "", label, false, null, out);
          }
        }
        for (Setting env : compose.calls(project, service)) {
          judge(model, project, service, env, fromImage.contains(env), seen, out);
        }
      }
    }
    return out;
  }

  /**
   * Judges each address {@code s} dials from {@code client} ("" for a proxy); {@code seen}, when
   * given, says each place once: values merged from one fragment (<<: *defaults) share its place,
   * so the name tells them apart.
   */
  private static void judge(
      WiringModel model,
      ComposeProject project,
      String client,
      Setting s,
      boolean fromImage,
      java.util.Set<String> seen,
      List<Finding> out) {
    Optional<String> text = project.interpolate(s.value());
    if (text.isEmpty()) {
      return;
    }
    for (Address a : Address.dialed(text.get())) {
      if (seen == null
          || seen.add(
              project.id()
                  + "\t"
                  + s.loc()
                  + ":"
                  + s.loc().column()
                  + "\t"
                  + s.name()
                  + "\t"
                  + a.offset())) {
        check(model, project, client, s, fromImage, text.get(), a, out);
      }
    }
  }

  private static void check(
      WiringModel model,
      ComposeProject project,
      String client,
      Setting env,
      boolean fromImage,
      String text,
      Address a,
      List<Finding> out) {
    ComposeModel compose = model.compose();
    Optional<ComposeModel.ServiceRef> dialed = compose.dialed(project, a.host());
    if (dialed.isEmpty()
        || (dialed.get().project() == project && dialed.get().service().equals(client))) {
      return;
    }
    Optional<String> target = dialed.map(ComposeModel.ServiceRef::service);
    ComposeListeners l = compose.listeners(dialed.get().project(), target.get());
    Map<Integer, Loc> all = l.all();
    ComposeReach.Verdict verdict = model.composeReach().of(dialed.get(), env.name(), text, a);
    if (verdict.state() != EdgeState.BROKEN) {
      return;
    }
    Optional<Map<Integer, Loc>> listed = l.listFor(env.name());
    // A publish of a port the server does not list is no way in: the list says where it listens.
    ComposeListeners.Published published = listed.isPresent() ? null : l.published().get(a.port());
    // An image's CMD runs in every service that builds it: the message names the one judged.
    String dials =
        (fromImage ? "the image service '" + client + "' builds: '" : "'")
            + env.name()
            + "' dials "
            + a.shown();
    String message;
    Loc other;
    if (!verdict.otherProtocol().isEmpty()) {
      message = dials + " over HTTP, but service '" + target.get() + "' " + verdict.otherProtocol();
      other = all.getOrDefault(a.port(), all.values().iterator().next());
    } else if (published != null) {
      int container = published.container();
      // Where only this publish says the service listens on its container port, the publish
      // may be the slip as well as the address: the message prescribes neither.
      boolean onlyThePublish = l.onlyPublishNames(container);
      message =
          dials
              + ", the host port that service '"
              + target.get()
              + "' publishes ("
              + published.loc()
              + (onlyThePublish
                  ? ") to its container port "
                      + container
                      + ", which nothing else says it listens on: the publish or this address"
                      + " names the wrong port"
                  : "); from another container use its container port " + container);
      other = published.loc();
    } else if (!verdict.byApplication().isEmpty()) {
      message =
          dials
              + ", but service '"
              + target.get()
              + "' runs an application that serves HTTP on "
              + ComposeListeners.describe(verdict.byApplication());
      other = verdict.byApplication().values().iterator().next();
    } else {
      message = dials + ", but service '" + target.get() + "' listens on " + l.describe(env.name());
      other = listed.orElse(all).values().iterator().next();
    }
    // A value from the .env names the line that sets it, where the fix goes.
    message += project.definitionsOf(env.value());
    out.add(
        WiringFindings.of(
            INFO,
            INFO.defaultSeverity(),
            new Loc(env.loc().file(), env.loc().line(), env.loc().column() + a.offset()),
            env.name(),
            a.port(),
            message,
            other,
            "service '" + target.get() + "'"));
  }
}
