package dev.portcheck.core.wiring;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a client's call lands on the compose service it dials: the service's own listeners
 * ({@link ComposeListeners#state}) and, where those leave it unknown, for an HTTP call, the ports
 * the application the service runs serves HTTP on ({@link AppListens}: its {@code server.port}
 * under the profiles the service activates, its actuator's port). An HTTP call elsewhere reaches no
 * HTTP server of that application. Rules and the graph ask here, so they agree.
 */
public final class ComposeReach {
  private final ComposeModel compose;
  private final AppListens apps;
  // Rules and the graph ask for the same services side by side: each application worked out once.
  private final Map<String, Optional<Map<Integer, Loc>>> byService =
      new java.util.concurrent.ConcurrentHashMap<>();

  ComposeReach(WiringModel model) {
    this.compose = model.compose();
    this.apps = AppListens.of(model);
  }

  /**
   * The verdict on the call {@code a}, written in {@code text}, that {@code setting} configures.
   *
   * @param byApplication the application's HTTP ports when they decided the verdict, else empty
   */
  public record Verdict(EdgeState state, Map<Integer, Loc> byApplication, String otherProtocol) {
    public Verdict(EdgeState state, Map<Integer, Loc> byApplication) {
      this(state, byApplication, "");
    }
  }

  public Verdict of(ComposeModel.ServiceRef target, String setting, String text, Address a) {
    return of(target, setting, text, a, false);
  }

  /**
   * The same, for a setting of an application's own file when {@code fromApplication}: its profiles
   * may run it elsewhere (a cluster), so a service's own definition alone is no evidence against
   * it.
   */
  public Verdict of(
      ComposeModel.ServiceRef target,
      String setting,
      String text,
      Address a,
      boolean fromApplication) {
    ComposeListeners l = compose.listeners(target.project(), target.service());
    EdgeState own = l.state(a.port(), setting);
    if (fromApplication
        && own == EdgeState.BROKEN
        && l.judgedByOwnDefinitionOnly()
        && !l.published().containsKey(a.port())) {
      own = EdgeState.UNKNOWN;
    }
    if (own == EdgeState.OK && isHttp(setting, text, a)) {
      Optional<String> other = otherProtocol(l, a.port());
      if (other.isPresent()) {
        return new Verdict(EdgeState.BROKEN, Map.of(), other.get());
      }
    }
    if (own == EdgeState.BROKEN && applicationServes(target, a.port())) {
      // The image says less than the application (a HEALTHCHECK of its actuator's port alone).
      return new Verdict(EdgeState.OK, Map.of());
    }
    if (own == EdgeState.BROKEN
        && isScrapeTarget(setting)
        && byBuiltImageOnly(l)
        && !l.published().containsKey(a.port())) {
      // An application's metrics often have a server of their own that its Dockerfile does not
      // EXPOSE (EXPOSE documents the main one): a scrape elsewhere may land there.
      return new Verdict(EdgeState.UNKNOWN, Map.of());
    }
    if (own == EdgeState.UNKNOWN
        && !fromApplication
        && l.complete()
        && servesProtocolElsewhere(l, setting, text, a)) {
      return new Verdict(EdgeState.BROKEN, Map.of());
    }
    if (own != EdgeState.UNKNOWN || !l.complete() || !isHttp(setting, text, a)) {
      return new Verdict(own, Map.of());
    }
    Optional<Map<Integer, Loc>> app = application(target);
    if (app.isEmpty()) {
      return new Verdict(own, Map.of());
    }
    return app.get().containsKey(a.port())
        ? new Verdict(EdgeState.OK, Map.of())
        : new Verdict(EdgeState.BROKEN, app.get());
  }

  /**
   * True when the application {@code target} runs serves HTTP on {@code port} ({@link AppListens}).
   */
  public boolean applicationServes(ComposeModel.ServiceRef target, int port) {
    return application(target).map(m -> m.containsKey(port)).orElse(false);
  }

  /**
   * The HTTP ports of the one application {@code target} runs, each where it is written ({@link
   * AppListens}); empty where the service's files do not decide them.
   */
  public Optional<Map<Integer, Loc>> application(ComposeModel.ServiceRef target) {
    return byService.computeIfAbsent(
        target.project().id() + "\0" + target.service(), k -> apps.of(target));
  }

  /**
   * True when the service publishes the default port of the protocol the call speaks ({@code
   * 5432:5432} for {@code jdbc:postgresql://db:5433}) and nothing of it names the port dialed: it
   * speaks that protocol where its publish says ({@link ProtocolDefaults}).
   */
  private static boolean servesProtocolElsewhere(
      ComposeListeners l, String setting, String text, Address a) {
    java.util.OptionalInt protocol = ProtocolDefaults.of(setting, text, a);
    if (protocol.isEmpty() || protocol.getAsInt() == a.port()) {
      return false;
    }
    int port = protocol.getAsInt();
    boolean published = l.published().values().stream().anyMatch(p -> p.container() == port);
    return published
        && !l.all().containsKey(a.port())
        && !l.selfChecked().containsKey(a.port())
        && !l.published().containsKey(a.port());
  }

  /**
   * Where the service's documented image serves {@code port} with another protocol than HTTP: which
   * port serves HTTP instead ({@code 9300 is its transport port: HTTP is on 9200}).
   */
  private static Optional<String> otherProtocol(ComposeListeners l, int port) {
    if (l.image().isEmpty() || !l.image().get().documented()) {
      return Optional.empty();
    }
    String image = l.image().get().file().substring(DockerImage.DOCUMENTED.length());
    Integer http = OfficialImages.notHttp(image).get(port);
    return http == null
        ? Optional.empty()
        : Optional.of(
            "runs image "
                + image
                + ", where "
                + port
                + " speaks another protocol than HTTP; its HTTP port is "
                + http);
  }

  /** A Prometheus scrape target ({@code static_configs} {@code targets}). */
  static boolean isScrapeTarget(String setting) {
    String key = setting.toLowerCase(Locale.ROOT);
    return key.contains("static_configs") && key.contains("targets");
  }

  /**
   * True when only the Dockerfile the service builds says where it listens: no documented image, no
   * {@code expose}, no port its command or environment binds.
   */
  private static boolean byBuiltImageOnly(ComposeListeners l) {
    return l.image().isPresent()
        && !l.image().get().documented()
        && !l.declared()
        && l.bound().isEmpty()
        && l.serverLists().isEmpty()
        && l.nginx().isEmpty();
  }

  /**
   * True for a call made over HTTP: an {@code http}, {@code https}, {@code ws} or {@code wss} URL,
   * or a Prometheus scrape target ({@code static_configs} {@code targets}), which Prometheus
   * scrapes over HTTP.
   */
  static boolean isHttp(String setting, String text, Address a) {
    String word = schemeOf(text, a);
    if (word != null && !word.isEmpty()) {
      return word.equals("http") || word.equals("https") || word.equals("ws") || word.equals("wss");
    }
    return isScrapeTarget(setting);
  }

  /**
   * The lower-case scheme of the URL whose host {@code a} is ({@code postgresql} of {@code
   * jdbc:postgresql://db:5432}): "" when a path stands between a scheme and the host (an address in
   * a URL's query), null when no scheme comes before it.
   */
  static String schemeOf(String text, Address a) {
    int end = Math.min(a.offset(), text.length());
    int scheme = text.lastIndexOf("://", end);
    if (scheme <= 0) {
      return null;
    }
    int slash = text.indexOf('/', scheme + 3);
    // The host follows the scheme's authority directly (user:password@ aside), no path between.
    if (slash >= 0 && slash < end) {
      return "";
    }
    int start = scheme;
    while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    return text.substring(start, scheme).toLowerCase(Locale.ROOT);
  }
}
