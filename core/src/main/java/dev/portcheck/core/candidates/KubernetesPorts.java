package dev.portcheck.core.candidates;

import dev.portcheck.core.candidates.PortLiteral.Origin;
import dev.portcheck.core.candidates.PortLiteral.Side;
import dev.portcheck.core.entries.LocatedEntry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Port names of Kubernetes objects: {@code ports[i].name} beside a {@code containerPort}, so a
 * Service's {@code targetPort: http} resolves to the container port named {@code http} of the same
 * document.
 */
final class KubernetesPorts {
  private static final Pattern NAME_LIKE = Pattern.compile("[a-z][-a-z0-9]*");

  /** Port item path (without the field) to the name written beside it. */
  private final Map<String, String> names = new HashMap<>();

  /** Document and port name to the container port entry that carries it. */
  private final Map<String, LocatedEntry> containerPortsByName = new HashMap<>();

  private KubernetesPorts() {}

  static KubernetesPorts index(List<LocatedEntry> entries) {
    KubernetesPorts k = new KubernetesPorts();
    Map<String, LocatedEntry> containerPorts = new HashMap<>();
    for (LocatedEntry e : entries) {
      String key = e.key();
      if (key.endsWith(".name")) {
        k.names.put(e.document() + "#" + key.substring(0, key.length() - 5), e.value());
      } else if (key.endsWith(".containerPort")) {
        containerPorts.put(e.document() + "#" + key.substring(0, key.length() - 14), e);
      }
    }
    containerPorts.forEach(
        (item, entry) -> {
          String name = k.names.get(item);
          if (name != null) {
            k.containerPortsByName.put(entry.document() + "#" + name, entry);
          }
        });
    return k;
  }

  /** True for a value that is a port name rather than a number. */
  static boolean isPortName(String value) {
    return NAME_LIKE.matcher(value).matches();
  }

  /** The name given to the port item holding this entry, or empty. */
  String nameOf(LocatedEntry e) {
    int dot = e.key().lastIndexOf('.');
    if (dot < 0) {
      return "";
    }
    return names.getOrDefault(e.document() + "#" + e.key().substring(0, dot), "");
  }

  /**
   * A named port resolved to the number of the container port of that name in the same document,
   * located where the name is written; empty when no such container port exists.
   */
  List<PortLiteral> resolve(LocatedEntry e, String name) {
    LocatedEntry target = containerPortsByName.get(e.document() + "#" + name);
    if (target == null || PortNumbers.parseInteger(target.value()) == null) {
      return List.of();
    }
    return List.of(
        new PortLiteral(
            target.value().trim(),
            e.line(),
            e.column(),
            PortNumbers.parseInteger(target.value()),
            Origin.REFERENCE,
            Side.SELF));
  }
}
