package dev.portcheck.core.wiring;

import dev.portcheck.core.wiring.ComposeModel.ServiceRef;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * What a host name reaches from a container of a compose project, as compose's networks resolve it:
 * a service of the project by its name or alias; a service or container a {@code links} or {@code
 * external_links} entry names by that alias; else a service of another project of the same folder
 * whose services share no name with the caller's. Compose names a project after its folder, so
 * files run one by one there ({@code -f docker-compose-env.yml}, then {@code -f
 * docker-compose-app.yml}) share the project's network; files that define the same services are
 * alternatives, never run side by side.
 */
final class ComposeDns {
  private ComposeDns() {}

  static Optional<ServiceRef> dialed(
      Collection<ComposeProject> projects, ComposeProject from, String host) {
    Optional<String> own = from.serviceFor(host);
    if (own.isPresent()) {
      return Optional.of(new ServiceRef(from, own.get()));
    }
    Optional<String> linked = linkedAs(from, host);
    if (linked.isPresent()) {
      // links name a service of the project; external_links a container of another project.
      Optional<String> inProject = from.serviceFor(linked.get());
      if (inProject.isPresent()) {
        return Optional.of(new ServiceRef(from, inProject.get()));
      }
      return first(projects, p -> true, linked.get());
    }
    return first(
        projects,
        p ->
            p != from
                && p.folder().equals(from.folder())
                && Collections.disjoint(p.services().keySet(), from.services().keySet()),
        host);
  }

  private static Optional<ServiceRef> first(
      Collection<ComposeProject> projects,
      java.util.function.Predicate<ComposeProject> which,
      String host) {
    for (ComposeProject p : projects) {
      if (which.test(p)) {
        Optional<String> there = p.serviceFor(host);
        if (there.isPresent()) {
          return Optional.of(new ServiceRef(p, there.get()));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The service or container a {@code links} or {@code external_links} entry of one of the
   * project's services reaches by the name {@code host}; empty when none does.
   */
  private static Optional<String> linkedAs(ComposeProject project, String host) {
    for (List<ComposeService> definitions : project.services().values()) {
      for (ComposeService s : definitions) {
        for (ComposeService.Link link : s.links()) {
          if (link.alias().equals(host)) {
            return Optional.of(link.target());
          }
        }
      }
    }
    return Optional.empty();
  }
}
