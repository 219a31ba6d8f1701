package dev.portcheck.core.candidates;

import dev.portcheck.core.entries.LocatedEntry;
import dev.portcheck.core.files.ConfigFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns the located entries of one file into port candidates: settings whose key names a port,
 * compose publishes, and any value holding a URL or {@code host:port} list.
 */
public final class PortExtractor {
  /** {@code $PORT} or Kubernetes' {@code $(PORT)}: set from the environment at run time. */
  private static final java.util.regex.Pattern ENV_VARIABLE =
      java.util.regex.Pattern.compile("\\$\\(?[A-Za-z_][A-Za-z0-9_]*\\)?");

  private final ConfigFile file;
  private final FileKind kind;
  private final List<LocatedEntry> entries;
  private Map<String, String> values;
  private int lookups;
  private final KubernetesPorts kubernetes;
  private final KubernetesContext objects;
  private final Owners owners;
  // A compose project's .env variables, when an entry is read again as compose interpolates it.
  private final Function<String, String> variables;

  private PortExtractor(ConfigFile file, List<LocatedEntry> entries) {
    this(file, entries, FileKind.of(file, entries), name -> null);
  }

  private PortExtractor(
      ConfigFile file,
      List<LocatedEntry> entries,
      FileKind kind,
      Function<String, String> variables) {
    this.file = file;
    this.kind = kind;
    this.variables = variables;
    this.entries = entries;
    boolean k8s = kind == FileKind.KUBERNETES;
    this.kubernetes = k8s ? KubernetesPorts.index(entries) : null;
    this.objects = k8s ? KubernetesContext.index(entries) : null;
    this.owners = new Owners(file, kind, objects, this::valueOf);
  }

  public static List<PortCandidate> extract(ConfigFile file, List<LocatedEntry> entries) {
    PortExtractor extractor = new PortExtractor(file, entries);
    Map<Integer, String> docProfiles = ProfileResolver.documentProfiles(entries);
    String fileProfile = ProfileResolver.fileProfile(file.fileName());
    Map<String, String> serviceProfiles =
        extractor.kind == FileKind.COMPOSE
            ? ProfileResolver.composeServiceProfiles(entries)
            : Map.of();
    List<PortCandidate> result = new ArrayList<>();
    for (LocatedEntry e : entries) {
      String key =
          extractor.objects == null
              ? e.key()
              : KubernetesKeys.namedKey(e.key(), extractor::valueOf);
      if (extractor.cannotHoldPort(e, key) || SchemaKeys.describesSchema(key)) {
        continue;
      }
      ProfileResolver.KeyProfile kp = ProfileResolver.keyProfile(key);
      String profile =
          !kp.profile().isEmpty()
              ? kp.profile()
              : serviceProfiles.isEmpty()
                  ? docProfiles.getOrDefault(e.document(), fileProfile)
                  : serviceProfiles.getOrDefault(
                      String.valueOf(ProfileResolver.composeService(e.key())), fileProfile);
      extractor.candidate(e, kp.key(), profile).ifPresent(result::add);
    }
    return result;
  }

  /**
   * One compose entry read again with its project's variables ({@link ComposeInterpolation}): the
   * entry alone, so what the file around it said (the image, a long syntax's protocol) comes from
   * the candidate first read.
   */
  static Optional<PortCandidate> interpolated(
      ConfigFile file, LocatedEntry e, String profile, Function<String, String> variables) {
    return new PortExtractor(file, List.of(e), FileKind.COMPOSE, variables)
        .candidate(e, e.key(), profile);
  }

  /**
   * Most entries of a config file are names, flags and free text, skipped here before any expansion
   * or key analysis unless the key says "port" (which reports even {@code port: abc}). Without a
   * digit, a placeholder or a template there is no number to find. And outside compose files (whose
   * {@code ports} items are bare numbers), a key that does not say port yields ports only from an
   * address: a URL or {@code host:port} has a colon, and a placeholder may expand to one, so {@code
   * replicas: 2} and {@code cpu: 500m} are skipped too.
   */
  private boolean cannotHoldPort(LocatedEntry e, String key) {
    String v = e.value();
    boolean number = false;
    boolean address = kind == FileKind.COMPOSE;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      number |= (c >= '0' && c <= '9') || c == '$' || c == '{';
      address |= c == ':' || c == '$';
    }
    return !(number && address) && !KeyClassifier.mentionsPort(key);
  }

  private Optional<PortCandidate> candidate(LocatedEntry e, String key, String profile) {
    Placeholders.Expanded expanded =
        Placeholders.expand(e.value(), kind.placeholderSyntax(), name -> lookup(name, e.key()));
    Placeholders.Expanded x = expanded.withText(TemplateMask.mask(expanded.text()));
    Site site = new Site(this, e, profile);
    if (kind == FileKind.COMPOSE) {
      if (key.startsWith("x-")) {
        // Compose ignores extension fields; a fragment's values count where a service merges it
        // (<<: *defaults), which the reader has expanded there.
        return Optional.empty();
      }
      Optional<PortCandidate> compose = ComposePorts.candidate(site, key, x, this::valueOf);
      if (compose.isPresent()) {
        return compose;
      }
    }
    String trimmed = x.text().trim();
    if (trimmed.equalsIgnoreCase("true") || trimmed.equalsIgnoreCase("false")) {
      return Optional.empty();
    }
    if (KeyClassifier.mentionsPort(key)) {
      PortKeyFacts.Facts facts = PortKeyFacts.of(key);
      if (facts.namesPort() || (facts.underPortParent() && PortNumbers.isDigits(trimmed))) {
        Role role =
            objects == null
                ? ComposeEnvironment.roleOf(
                    e.key(), HostSiblings.roleOf(kind, e.key(), facts.role(), this::valueOf))
                : PolicyPorts.roleOf(objects.kindOf(e), e.key(), facts.role());
        return portSetting(site, key, role, x);
      }
    }
    List<PortLiteral> ports = ValueScanner.urls(e, x);
    if (ports.isEmpty()) {
      ports = ValueScanner.hostPorts(e, x, () -> AddressKeys.listsHosts(key));
    }
    if (ports.isEmpty() && !(kind == FileKind.COMPOSE && x.unresolved() && hasVariablePort(e))) {
      return Optional.empty();
    }
    // A compose address whose port is a variable (cart:${CART_PORT}) is known once the project's
    // .env is read: kept, without ports, for ComposeInterpolation.
    return Optional.of(site.candidate(AddressKeys.roleOf(key), ports, ""));
  }

  private Optional<PortCandidate> portSetting(
      Site site, String key, Role role, Placeholders.Expanded x) {
    LocatedEntry e = site.entry();
    String name = kubernetes == null ? "" : kubernetes.nameOf(e);
    List<PortLiteral> ports = ValueScanner.urls(e, x);
    if (ports.isEmpty()) {
      ports = ValueScanner.hostPorts(e, x, () -> true);
    }
    if (ports.isEmpty()) {
      String trimmed = x.text().trim();
      if (e.value().isBlank()) {
        return Optional.empty(); // a parent key or an empty setting: no port configured
      }
      if (TemplateMask.isOnlyTemplate(x.text())
          || TemplateMask.hasTemplate(e.value())
          || x.unresolved() && trimmed.isEmpty()
          || ENV_VARIABLE.matcher(trimmed).matches()
          || NonLiteralSyntax.isPresent(e.value())) {
        // Known only after rendering or at run time: a template's output is no value.
        ports = List.of();
      } else if (kubernetes != null && KubernetesPorts.isPortName(trimmed)) {
        ports = kubernetes.resolve(e, trimmed);
      } else if (kind == FileKind.HELM_VALUES && KubernetesPorts.isPortName(trimmed)) {
        ports = List.of(); // a named port, which every int-or-string port field takes
      } else {
        ports = ValueScanner.understoodWholeValue(e, x, kind);
      }
    }
    Protocol protocol = Protocol.TCP;
    if (kubernetes != null) {
      if (KeyClassifier.lastSegment(key).equals("hostPort")) {
        // hostPort binds on the node, containerPort inside the pod: the same number is no clash.
        ports = ports.stream().map(p -> p.withSide(PortLiteral.Side.HOST)).toList();
      }
      protocol = KubernetesKeys.declaredProtocol(e.key(), this::valueOf);
    }
    return Optional.of(site.candidate(role, protocol, "", ports, name));
  }

  /**
   * The first value written for {@code key}, or null. A file is asked a few times at most, mostly:
   * those are answered by a scan; a file asked often gets an index.
   */
  private String valueOf(String key) {
    if (values == null && ++lookups <= 8) {
      for (LocatedEntry e : entries) {
        if (e.key().equals(key)) {
          return e.value();
        }
      }
      return null;
    }
    return values().get(key);
  }

  /** Every key's first value, built the first time a placeholder or compose field asks. */
  private Map<String, String> values() {
    if (values == null) {
      values = new HashMap<>();
      for (LocatedEntry e : entries) {
        values.putIfAbsent(e.key(), e.value());
      }
    }
    return values;
  }

  /** A referenced key's value: the same profile's key first, then the default one. */
  private String lookup(String name, String referringKey) {
    String variable = variables.apply(name);
    if (variable != null) {
      return variable;
    }
    if (referringKey.startsWith("%")) {
      int dot = referringKey.indexOf('.');
      String profiled = valueOf(referringKey.substring(0, dot + 1) + name);
      if (profiled != null) {
        return profiled;
      }
    }
    return valueOf(name);
  }

  /**
   * {@code host:${CART_PORT}} or a URL whose port is a variable named for one: an image's {@code
   * rs-web:${TAG}} has the same shape.
   */
  private static boolean hasVariablePort(LocatedEntry e) {
    return VARIABLE_PORT.matcher(e.value()).find();
  }

  private static final java.util.regex.Pattern VARIABLE_PORT =
      java.util.regex.Pattern.compile(
          ":\\$\\{?[A-Za-z0-9_]*(?i:port)[A-Za-z0-9_]*(?![A-Za-z0-9_])");

  /**
   * Where a candidate comes from: its file, entry and profile; the binding scope is worked out only
   * for an entry that does become a candidate.
   */
  record Site(PortExtractor extractor, LocatedEntry entry, String profile) {
    PortCandidate candidate(Role role, List<PortLiteral> ports, String name) {
      return candidate(role, Protocol.TCP, "", ports, name);
    }

    PortCandidate candidate(
        Role role, Protocol protocol, String hostIp, List<PortLiteral> ports, String name) {
      LocatedEntry e = entry;
      ConfigFile file = extractor.file;
      FileKind kind = extractor.kind;
      KubernetesContext objects = extractor.objects;
      PortField field = PortFields.of(kind, e.key(), objects == null ? "" : objects.kindOf(e));
      PrivilegedBind privilegedBind =
          field == PortField.CONTAINER_PORT && objects != null
              ? objects.privilegedBind(e)
              : PrivilegedBind.UNSAID;
      return new PortCandidate(
          file.relativePath(),
          e.line(),
          e.column(),
          e.document(),
          e.key(),
          e.raw(),
          profile,
          kind.scope(file, e),
          role,
          protocol,
          hostIp,
          ports,
          name,
          kind,
          field,
          extractor.owners.of(e),
          privilegedBind);
    }
  }
}
