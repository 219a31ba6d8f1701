package dev.portcheck.core.wiring;

import dev.portcheck.core.candidates.PortNumbers;
import dev.portcheck.core.candidates.Protocol;
import dev.portcheck.core.candidates.TemplateMask;
import dev.portcheck.core.entries.LocatedEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Reads the ingress side of NetworkPolicies ({@link NetworkPolicy}). */
final class NetworkPolicies {
  private NetworkPolicies() {}

  static boolean is(String apiVersion, String kind) {
    return kind.equals("NetworkPolicy") && apiVersion.startsWith("networking.k8s.io/");
  }

  /** The policy {@code o} describes; empty when it is for egress only. */
  static Optional<NetworkPolicy> of(
      KeyTree o, String name, String namespace, Loc at, Function<LocatedEntry, Loc> loc) {
    KeyTree spec = o.at("spec");
    List<KeyTree> types = spec.at("policyTypes").items();
    // Without policyTypes a policy is for ingress (and for egress when it has egress rules).
    if (!types.isEmpty()
        && types.stream()
            .noneMatch(t -> t.entry() != null && "Ingress".equals(t.entry().value()))) {
      return Optional.empty();
    }
    boolean known = !spec.at("podSelector", "matchExpressions").exists();
    Map<String, String> selector = new LinkedHashMap<>();
    for (Map.Entry<String, KeyTree> l : spec.at("podSelector", "matchLabels").fields().entrySet()) {
      LocatedEntry e = l.getValue().entry();
      if (e == null || TemplateMask.hasTemplate(l.getKey() + e.value())) {
        known = false;
      } else {
        selector.put(l.getKey(), e.value());
      }
    }
    List<NetworkPolicy.Rule> rules = new ArrayList<>();
    for (KeyTree rule : spec.at("ingress").items()) {
      List<NetworkPolicy.Port> ports = new ArrayList<>();
      for (KeyTree p : rule.at("ports").items()) {
        LocatedEntry port = p.at("port").entry();
        if (port == null || TemplateMask.hasTemplate(port.value())) {
          // A rule port without a port admits every port of its protocol.
          known &= port == null && !p.anyTemplated();
          ports.add(new NetworkPolicy.Port(PortRef.UNKNOWN, 65535, protocol(p), at));
          continue;
        }
        String end = p.value("endPort");
        ports.add(
            new NetworkPolicy.Port(
                PortRef.parse(port.value()),
                end == null ? -1 : PortNumbers.port(end),
                protocol(p),
                loc.apply(port)));
      }
      rules.add(new NetworkPolicy.Rule(ports));
    }
    return Optional.of(
        new NetworkPolicy(
            name == null ? "" : name,
            namespace == null ? "" : namespace,
            selector,
            known,
            rules,
            at));
  }

  private static Protocol protocol(KeyTree port) {
    return Protocol.declared(port.value("protocol"));
  }

  /**
   * {@code policies} read from {@code text}, each left unjudged where its document writes an empty
   * mapping or list ({@code - {}}, {@code namespaceSelector: {}}) outside its pod selector: such a
   * value holds no entry, so a rule made of it (one that admits all) would go unseen.
   */
  static List<NetworkPolicy> judgedIn(List<NetworkPolicy> policies, String text) {
    if (policies.isEmpty()) {
      return policies;
    }
    String[] lines = text.split("\n", -1);
    List<NetworkPolicy> out = new ArrayList<>();
    for (NetworkPolicy p : policies) {
      out.add(writesEmptyCollection(lines, p.loc().line()) ? p.unknown() : p);
    }
    return out;
  }

  /** Whether the document around 1-based {@code line} writes an empty collection. */
  private static boolean writesEmptyCollection(String[] lines, int line) {
    int start = Math.min(line - 1, lines.length - 1);
    while (start > 0 && !lines[start - 1].startsWith("---")) {
      start--;
    }
    for (int i = start; i < lines.length && !lines[i].startsWith("---"); i++) {
      String l = lines[i].strip();
      if (!l.startsWith("#")
          && (l.contains("{}") || l.contains("[]"))
          && !l.startsWith("podSelector:")) {
        return true;
      }
    }
    return false;
  }
}
