package dev.portcheck.core.wiring;

import dev.portcheck.core.entries.EntryReader;
import dev.portcheck.core.entries.LocatedEntry;
import dev.portcheck.core.entries.PropertiesEntryReader;
import dev.portcheck.core.entries.YamlEntryReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The settings of an application's own configuration ({@code application.yml}) that a Kubernetes
 * container running it reads: a container runs the application when its image is named after the
 * application's folder or is the module's own image. It reads a profile's setting only when its
 * {@code env} surely activates that profile, a default setting unless an active profile (or one
 * that may be active, such as {@code kubernetes}, which Spring Cloud Kubernetes adds) sets the same
 * key, and neither where its own {@code env} or an {@code envFrom} ConfigMap sets the key's
 * variable (Spring's relaxed binding: {@code SPRING_DATASOURCE_URL}), nor where a ConfigMap of its
 * namespace sets the key, also inside a whole {@code application.yml} it holds (Spring Cloud
 * Kubernetes, or a pod that mounts it, reads that over the packaged one). A container whose command
 * may change the launch, whose environment holds {@code SPRING_APPLICATION_JSON}, or whose {@code
 * envFrom} names a ConfigMap the module does not hold, reads nothing known.
 */
public final class KubernetesAppSettings {
  private KubernetesAppSettings() {}

  /** The profile Spring Cloud Kubernetes activates in a pod without being asked. */
  private static final String KUBERNETES_PROFILE = "kubernetes";

  /** A setting the container of {@code workload} reads. */
  public record Read(Setting setting, Workload workload, Workload.Container container) {}

  static List<Read> of(WiringModel model) {
    List<Read> out = new ArrayList<>();
    if (model.workloads().isEmpty() || model.app().isEmpty() && model.profilePorts().isEmpty()) {
      return out;
    }
    Map<String, Set<String>> overriddenBy = new HashMap<>();
    for (ProfilePort p : model.profilePorts()) {
      overriddenBy
          .computeIfAbsent(p.applicationFile() + "\0" + p.setting().name(), k -> new HashSet<>())
          .add(p.profile());
    }
    // A later document of a file sets the key over an earlier one (on-cloud-platform: kubernetes).
    Map<String, Setting> last = new HashMap<>();
    for (Setting s : model.app()) {
      last.merge(
          s.loc().file() + "\0" + s.name(), s, (a, b) -> b.loc().line() > a.loc().line() ? b : a);
    }
    Overrides overrides = new Overrides(model);
    // Each application file's runners, found once: a file holds many settings.
    Map<String, List<Map.Entry<Workload, Workload.Container>>> runners = new HashMap<>();
    for (Setting s : model.app()) {
      if (!dials(s) || last.get(s.loc().file() + "\0" + s.name()) != s) {
        continue;
      }
      String application = s.loc().file();
      Set<String> overriding =
          overriddenBy.getOrDefault(AppPorts.application(application) + "\0" + s.name(), Set.of());
      for (Map.Entry<Workload, Workload.Container> run :
          runners.computeIfAbsent(application, f -> runners(model, f))) {
        Optional<List<String>> active = profiles(run.getValue());
        // Spring Cloud Kubernetes adds the kubernetes profile inside a cluster on its own.
        boolean overridden =
            !overriding.isEmpty()
                && (active.isEmpty()
                    || overriding.contains(KUBERNETES_PROFILE)
                    || active.get().stream().anyMatch(overriding::contains));
        if (!overridden && overrides.leaveAsWritten(run, s.name())) {
          out.add(new Read(s, run.getKey(), run.getValue()));
        }
      }
    }
    for (ProfilePort p : model.profilePorts()) {
      if (!dials(p.setting())) {
        continue;
      }
      for (Map.Entry<Workload, Workload.Container> run :
          runners.computeIfAbsent(p.applicationFile(), f -> runners(model, f))) {
        Optional<List<String>> active = profiles(run.getValue());
        if (active.isPresent()
            && active.get().contains(p.profile())
            && overrides.leaveAsWritten(run, p.setting().name())) {
          out.add(new Read(p.setting(), run.getKey(), run.getValue()));
        }
      }
    }
    return out;
  }

  /**
   * What may set a key over the application's file in a container: its environment and the module's
   * ConfigMaps, indexed on the first question (most modules have no container that runs one of
   * their applications, and never ask).
   */
  private static final class Overrides {
    private final WiringModel model;
    private Map<String, List<String>> keys;
    private Map<String, List<ConfigMapValues>> byName;

    Overrides(WiringModel model) {
      this.model = model;
    }

    /** True when the container's launch is known and nothing in it sets {@code key}. */
    boolean leaveAsWritten(Map.Entry<Workload, Workload.Container> run, String key) {
      if (keys == null) {
        keys = configMapKeys(model);
        byName = new HashMap<>();
        model
            .configMaps()
            .forEach(m -> byName.computeIfAbsent(m.name(), k -> new ArrayList<>()).add(m));
      }
      Optional<Set<String>> env = environment(run.getKey(), run.getValue(), byName);
      return env.isPresent() && !setBy(env.get(), key) && !inConfigMap(keys, run.getKey(), key);
    }
  }

  /**
   * True for a setting that may hand the process an address: not the server's own port, holding a
   * colon, and written out (a placeholder takes a value this reading does not follow).
   */
  private static boolean dials(Setting s) {
    return !Framework.isServerPort(s.name())
        && s.value().indexOf(':') >= 0
        && !s.value().contains("${");
  }

  /** The containers that run the application of {@code file}. */
  private static List<Map.Entry<Workload, Workload.Container>> runners(
      WiringModel model, String file) {
    List<Map.Entry<Workload, Workload.Container>> out =
        new ArrayList<>(model.containersNamedAfter(file));
    if (model.isOwnApplication(file)) {
      for (Workload w : model.workloads()) {
        for (Workload.Container c : w.containers()) {
          Map.Entry<Workload, Workload.Container> run = Map.entry(w, c);
          if (!c.image().isEmpty() && model.runsModule(c.image()) && !out.contains(run)) {
            out.add(run);
          }
        }
      }
    }
    return out;
  }

  /**
   * The names of the variables the container's process gets, relaxed (upper case, {@code _} for
   * {@code .} and no {@code -}); empty when they are not all known.
   */
  private static Optional<Set<String>> environment(
      Workload w, Workload.Container c, Map<String, List<ConfigMapValues>> configMaps) {
    if (c.launchOpen()) {
      return Optional.empty();
    }
    Set<String> names = new HashSet<>();
    c.env().forEach(e -> names.add(Framework.variableOf(e.name())));
    if (names.contains("SPRING_APPLICATION_JSON")) {
      return Optional.empty();
    }
    for (String from : c.envFrom()) {
      List<ConfigMapValues> maps = configMaps.getOrDefault(from, List.of());
      if (maps.isEmpty()) {
        return Optional.empty();
      }
      for (ConfigMapValues m : maps) {
        if (!m.files().isEmpty() || !WiringModel.sameNamespace(m.namespace(), w.namespace())) {
          return Optional.empty();
        }
        m.data().forEach(d -> names.add(Framework.variableOf(d.name())));
        m.decoded().forEach(d -> names.add(Framework.variableOf(d.name())));
      }
    }
    return Optional.of(names);
  }

  /**
   * The namespaces of the ConfigMaps that set each key or variable, by its relaxed name: their own
   * keys, and the keys of a whole application file they hold ({@code application.yml: |}), which
   * Spring Cloud Kubernetes, or a pod that mounts it, reads over the packaged one.
   */
  private static Map<String, List<String>> configMapKeys(WiringModel model) {
    Map<String, List<String>> out = new HashMap<>();
    for (ConfigMapValues m : model.configMaps()) {
      for (List<Setting> settings : List.of(m.data(), m.fromFiles())) {
        for (Setting d : settings) {
          for (String key : keysOf(d)) {
            out.computeIfAbsent(Framework.variableOf(key), k -> new ArrayList<>())
                .add(m.namespace());
          }
        }
      }
    }
    return out;
  }

  /** The key a ConfigMap entry sets, or the keys of the application file it holds. */
  private static List<String> keysOf(Setting d) {
    if (!APPLICATION_FILE.matcher(d.name()).matches()) {
      return List.of(d.name());
    }
    EntryReader reader =
        d.name().endsWith(".properties") ? new PropertiesEntryReader() : new YamlEntryReader();
    List<String> keys = new ArrayList<>();
    for (LocatedEntry e : reader.read(d.value()).entries()) {
      keys.add(AppSettings.dotted(e.key()));
    }
    return keys;
  }

  private static final java.util.regex.Pattern APPLICATION_FILE =
      java.util.regex.Pattern.compile(
          "(application|bootstrap)([-.][\\w.-]*)?\\.(ya?ml|properties)");

  private static boolean inConfigMap(Map<String, List<String>> keys, Workload w, String key) {
    for (String k : Framework.variablesOf(key)) {
      if (keys.getOrDefault(k, List.of()).stream()
          .anyMatch(ns -> WiringModel.sameNamespace(ns, w.namespace()))) {
        return true;
      }
    }
    return false;
  }

  private static Optional<List<String>> profiles(Workload.Container c) {
    return Launch.of(c.env(), Optional::of).profiles();
  }

  private static boolean setBy(Set<String> environment, String key) {
    return Framework.variablesOf(key).stream().anyMatch(environment::contains);
  }
}
