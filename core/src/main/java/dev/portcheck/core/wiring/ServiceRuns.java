package dev.portcheck.core.wiring;

import dev.portcheck.core.model.ImageName;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What each compose service runs, indexed once: the folders it builds, or, when no definition
 * builds, the image it runs. The module's application and the applications of folders that are no
 * modules are looked up here, by folder and by the image's last name.
 */
final class ServiceRuns {
  /**
   * One service's run.
   *
   * @param builds the folders its definitions build (interpolated, relative to the module)
   * @param image the image it runs when no definition builds (the last one written, interpolated)
   */
  private record Run(ComposeModel.ServiceRef ref, Set<String> builds, Optional<String> image) {}

  private final List<Run> all = new ArrayList<>();
  private final Map<String, List<ComposeModel.ServiceRef>> byBuild = new HashMap<>();
  private final Map<String, List<ComposeModel.ServiceRef>> byImageName = new HashMap<>();

  private ServiceRuns() {}

  static ServiceRuns of(Collection<ComposeProject> projects) {
    ServiceRuns runs = new ServiceRuns();
    for (ComposeProject p : projects) {
      for (Map.Entry<String, List<ComposeService>> e : p.services().entrySet()) {
        runs.add(p, new ComposeModel.ServiceRef(p, e.getKey()), e.getValue());
      }
    }
    return runs;
  }

  private void add(
      ComposeProject p, ComposeModel.ServiceRef ref, List<ComposeService> definitions) {
    Set<String> builds = new LinkedHashSet<>();
    boolean building = false;
    String image = "";
    for (ComposeService s : definitions) {
      image = s.image().isEmpty() ? image : s.image();
      if (!s.build().isEmpty()) {
        building = true;
        Optional<String> context =
            p.interpolate(s.build())
                .filter(c -> !c.contains("://"))
                .map(c -> ComposeModel.folderOf(s.loc().folder(), c));
        context.ifPresent(builds::add);
        // A Dockerfile below the context (context ../, dockerfile integrated-order/Dockerfile) is
        // the application of its own folder, built from the parent for files they share.
        if (context.isPresent() && s.dockerfile().contains("/")) {
          p.interpolate(s.dockerfile())
              .map(d -> ComposeModel.folderOf(context.get(), d))
              .map(d -> d.contains("/") ? d.substring(0, d.lastIndexOf('/')) : "")
              .filter(d -> d.startsWith(context.get().isEmpty() ? "" : context.get() + "/"))
              .filter(d -> !d.equals(context.get()) && !d.isEmpty())
              .ifPresent(builds::add);
        }
      }
    }
    Optional<String> runImage =
        building || image.isEmpty() ? Optional.empty() : p.interpolate(image);
    all.add(new Run(ref, builds, runImage));
    builds.forEach(f -> byBuild.computeIfAbsent(f, k -> new ArrayList<>()).add(ref));
    runImage
        .flatMap(ImageName::parse)
        .map(n -> n.repository().substring(n.repository().lastIndexOf('/') + 1))
        .ifPresent(n -> byImageName.computeIfAbsent(n, k -> new ArrayList<>()).add(ref));
  }

  /** The services that build the module's folder or run an image its build names. */
  List<ComposeModel.ServiceRef> runningModule(ModuleContext context) {
    List<ComposeModel.ServiceRef> out = new ArrayList<>();
    for (Run r : all) {
      if (r.builds().stream().anyMatch(context::isModule)
          || r.image().map(context::runsModule).orElse(false)) {
        out.add(r.ref());
      }
    }
    return out;
  }

  /**
   * The services that build {@code folder}, or that build nothing and run an image named after it
   * ({@code apache/dolphinscheduler-api:3.2} for {@code dolphinscheduler-api}).
   */
  List<ComposeModel.ServiceRef> running(String folder) {
    List<ComposeModel.ServiceRef> out = new ArrayList<>(byBuild.getOrDefault(folder, List.of()));
    // Docker repository names are lowercase, so `connectGateway/` ships as `connectgateway`.
    String name = folder.substring(folder.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    for (ComposeModel.ServiceRef r : byImageName.getOrDefault(name, List.of())) {
      if (!out.contains(r)) {
        out.add(r);
      }
    }
    return out;
  }
}
