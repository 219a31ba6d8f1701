package dev.portcheck.core.wiring;

import java.util.List;

/**
 * One service of one compose file, its values as written (interpolation happens when the model is
 * put together, with the project's {@code .env}).
 *
 * @param build the build context folder as written, empty without {@code build}
 * @param dockerfile the {@code build.dockerfile} as written, empty for the default
 * @param target the {@code build.target} stage as written, empty for the final stage
 * @param ports short-syntax specs; long-syntax entries are rewritten to {@code
 *     published:target/proto}
 * @param healthcheck the {@code healthcheck.test} words or command
 * @param aliases network aliases, {@code hostname} and {@code container_name}
 * @param links its {@code links} and {@code external_links}: names other containers reach it by
 * @param dependsOn the services its {@code depends_on} names (list or map form): compose refuses a
 *     file whose services depend on one that none of the files it loads defines
 * @param commandSet true when {@code command} or {@code entrypoint} is set, which may move the
 *     image's ports
 * @param keepsServer true when the {@code command} only hands flags to the image's own server
 *     ({@code --max-connections=500}, {@code mysqld --lower-case-table-names=1}) and no {@code
 *     entrypoint} is set: what listens is still the image's server, where its flags say
 * @param configMounted a volume is mounted over the image's configuration ({@link ComposeVolumes}):
 *     its documented ports may not hold
 * @param listens the ports the {@code command} or {@code entrypoint} binds by its flags
 * @param dials the addresses the {@code command} or {@code entrypoint} hands its process ({@code
 *     wait-for-it.sh db:5432}, {@code --broker redis://cache:6379}), which it dials as it dials one
 *     in its environment ({@link CommandAddresses})
 * @param extendsFile the {@code extends.file} as written, empty for the same file
 * @param extendsService the {@code extends} service, empty when the service extends none
 * @param envFiles the {@code env_file} paths as written (string, list or {@code path:} entries),
 *     relative to the compose file; the model gives their variables to the service
 * @param mounts the host paths of its bind mounts as written ({@code ./prometheus.yml} of {@code
 *     ./prometheus.yml:/etc/prometheus/prometheus.yml}, or a long syntax {@code source})
 * @param proxied the container ports its labels have a reverse proxy send to ({@link ProxyLabels}),
 *     each as {@code <service>:<port>} located at the port
 * @param networkMode its {@code network_mode} as written, empty when unset: with {@code host} its
 *     process listens on the host's own ports and {@code localhost} is the host
 */
public record ComposeService(
    String name,
    String image,
    String build,
    String dockerfile,
    String target,
    List<Setting> ports,
    List<Setting> expose,
    List<Setting> environment,
    List<Setting> healthcheck,
    List<String> aliases,
    List<Link> links,
    List<String> dependsOn,
    boolean commandSet,
    boolean keepsServer,
    boolean configMounted,
    List<ListenFlags.Listen> listens,
    List<Setting> dials,
    String extendsFile,
    String extendsService,
    List<Setting> envFiles,
    List<Setting> mounts,
    List<Setting> proxied,
    String networkMode,
    Loc loc) {

  public ComposeService {
    ports = List.copyOf(ports);
    expose = List.copyOf(expose);
    environment = List.copyOf(environment);
    healthcheck = List.copyOf(healthcheck);
    aliases = List.copyOf(aliases);
    links = List.copyOf(links);
    dependsOn = List.copyOf(dependsOn);
    listens = List.copyOf(listens);
    dials = List.copyOf(dials);
    envFiles = List.copyOf(envFiles);
    mounts = List.copyOf(mounts);
    proxied = List.copyOf(proxied);
  }

  /**
   * This service with {@code loaded} (the variables of its env files) before its own {@code
   * environment}, which compose lets win: a variable set in both keeps the service's value.
   */
  ComposeService withLoaded(List<Setting> loaded) {
    if (loaded.isEmpty()) {
      return this;
    }
    java.util.Set<String> own = new java.util.HashSet<>();
    environment.forEach(e -> own.add(e.name()));
    List<Setting> all = new java.util.ArrayList<>();
    for (Setting s : loaded) {
      if (!own.contains(s.name())) {
        all.add(s);
      }
    }
    all.addAll(environment);
    return new ComposeService(
        name,
        image,
        build,
        dockerfile,
        target,
        ports,
        expose,
        all,
        healthcheck,
        aliases,
        links,
        dependsOn,
        commandSet,
        keepsServer,
        configMounted,
        listens,
        dials,
        extendsFile,
        extendsService,
        envFiles,
        mounts,
        proxied,
        networkMode,
        loc);
  }

  /** True when the service shares the host's network ({@code network_mode: host}). */
  public boolean hostNetwork() {
    return networkMode.trim().equals("host");
  }

  /** The settings that hand the process an address: its environment, then its command's words. */
  public List<Setting> calls() {
    if (dials.isEmpty()) {
      return environment;
    }
    List<Setting> all = new java.util.ArrayList<>(environment);
    all.addAll(dials);
    return all;
  }

  /**
   * A {@code links} ({@code db:mysql}) or {@code external_links} entry: this service reaches the
   * service or container {@code target} also by the host name {@code alias} (the target's own name
   * when no alias is written).
   */
  public record Link(String target, String alias) {
    /** The entry {@code target[:alias]}; empty when it names nothing. */
    static java.util.Optional<Link> parse(String entry) {
      String e = entry.trim();
      int colon = e.indexOf(':');
      String target = colon < 0 ? e : e.substring(0, colon).trim();
      String alias = colon < 0 ? e : e.substring(colon + 1).trim();
      return target.isEmpty() || alias.isEmpty()
          ? java.util.Optional.empty()
          : java.util.Optional.of(new Link(target, alias));
    }
  }
}
