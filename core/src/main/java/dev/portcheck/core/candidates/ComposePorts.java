package dev.portcheck.core.candidates;

import dev.portcheck.core.candidates.ComposePortSpec.LongField;
import dev.portcheck.core.candidates.PortExtractor.Site;
import dev.portcheck.core.candidates.PortLiteral.Side;
import dev.portcheck.core.entries.ComposeKeys;
import dev.portcheck.core.model.ImageName;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compose publishes: the short syntax {@code [ip:][host[-end]:]container[-end][/proto]}, the long
 * syntax ({@code target}, {@code published}, {@code host_ip}, {@code protocol}) and {@code expose}.
 * Literals carry their side, so only the host side counts as bound on the host. Grammar errors are
 * left for the {@code port-mapping} rule, which checks the raw text with {@link ComposePortSpec}.
 */
final class ComposePorts {
  private static final Pattern LONG_SYNTAX =
      Pattern.compile(
          "("
              + ComposeKeys.SERVICE_PATTERN
              + "\\.ports\\[\\d+\\])\\.("
              + LongField.TARGET.key()
              + "|"
              + LongField.PUBLISHED.key()
              + ")");
  private static final String TARGET = "." + LongField.TARGET.key();
  private static final String PUBLISHED = "." + LongField.PUBLISHED.key();
  private static final Pattern EXPOSE =
      Pattern.compile(ComposeKeys.SERVICE_PATTERN + "\\.expose\\[\\d+\\]");

  private ComposePorts() {}

  /** The compose candidate for this entry, or empty when it is no compose port field. */
  static Optional<PortCandidate> candidate(
      Site site, String key, Placeholders.Expanded x, Function<String, String> valueOf) {
    if (!ComposeKeys.isServiceKey(key)) {
      return Optional.empty();
    }
    if (KeyClassifier.isPortsListItem(key)) {
      return Optional.of(shortSyntax(site, x, image(key, valueOf)));
    }
    // Most keys of a compose file are neither: plain string tests first, the patterns after.
    if (key.contains(".expose[") && EXPOSE.matcher(key).matches()) {
      return Optional.of(
          site.candidate(Role.LISTEN, spans(site, x, Side.CONTAINER), image(key, valueOf)));
    }
    if (!key.endsWith(TARGET) && !key.endsWith(PUBLISHED)) {
      return Optional.empty();
    }
    Matcher m = LONG_SYNTAX.matcher(key);
    if (m.matches()) {
      String image = image(key, valueOf);
      String item = m.group(1);
      boolean published = m.group(2).equals(LongField.PUBLISHED.key());
      Protocol protocol = Protocol.declared(valueOf.apply(item + "." + LongField.PROTOCOL.key()));
      String hostIp =
          Objects.requireNonNullElse(valueOf.apply(item + "." + LongField.HOST_IP.key()), "");
      List<PortLiteral> ports = spans(site, x, published ? Side.HOST : Side.CONTAINER);
      return Optional.of(site.candidate(Role.MAPPING, protocol, hostIp, ports, image));
    }
    return Optional.empty();
  }

  /**
   * What listens in the service: its name and its image's base name ({@code db postgres}), lower
   * case; a postgres container publishing 5432 takes no one else's port.
   */
  static String owner(String key, Function<String, String> valueOf) {
    int end = ComposeKeys.serviceEnd(key);
    if (end < 0) {
      return "";
    }
    String prefix = key.substring(0, end);
    String image =
        ImageName.software(Objects.requireNonNullElse(valueOf.apply(prefix + ".image"), ""));
    String service = ComposeKeys.service(key);
    return (service + " " + image).trim().toLowerCase(java.util.Locale.ROOT);
  }

  /** The service's image base name, which reports show as the name of what listens. */
  private static String image(String key, Function<String, String> valueOf) {
    int end = ComposeKeys.serviceEnd(key);
    if (end < 0) {
      return "";
    }
    String image = valueOf.apply(key.substring(0, end) + ".image");
    return ImageName.software(Objects.requireNonNullElse(image, ""));
  }

  private static PortCandidate shortSyntax(Site site, Placeholders.Expanded x, String image) {
    ComposePortSpec.Parsed spec = ComposePortSpec.parseLenient(x.text());
    List<PortLiteral> ports = new ArrayList<>();
    for (ComposePortSpec.Span span : spec.spans()) {
      ports.add(
          ValueScanner.literal(
              site.entry(), x, span.start(), span.end(), span.host() ? Side.HOST : Side.CONTAINER));
    }
    // A container port alone is published on a random host port: the container listens on it.
    Role role = spec.hasHostSide() ? Role.MAPPING : Role.LISTEN;
    return site.candidate(role, spec.protocol(), spec.hostIp(), ports, image);
  }

  /** A single port or a {@code start-end} range as literals. */
  private static List<PortLiteral> spans(Site site, Placeholders.Expanded x, Side side) {
    List<PortLiteral> ports = new ArrayList<>(2);
    for (ComposePortSpec.Span span : ComposePortSpec.portOrRange(x.text(), side == Side.HOST)) {
      ports.add(ValueScanner.literal(site.entry(), x, span.start(), span.end(), side));
    }
    return ports;
  }
}
