package dev.portcheck.core.candidates;

import dev.portcheck.core.entries.LocatedEntry;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Kubernetes objects of one file: each document, and each item of a {@code kind: List}, is an
 * object of its own. Knows each object's kind and, for a port inside a container, the container's
 * name and image and whether its process may bind a privileged port.
 */
final class KubernetesObjects {
  /** Object id ({@code doc} or {@code doc/items[i]}) to its kind. */
  private final Map<String, String> kinds = new HashMap<>();

  /** Per document, path to value: the few fields read beside a port (security, names). */
  private final Map<Integer, Map<String, String>> fields = new HashMap<>();

  private KubernetesObjects() {}

  static KubernetesObjects index(List<LocatedEntry> entries) {
    KubernetesObjects k = new KubernetesObjects();
    for (LocatedEntry e : entries) {
      String key = e.key();
      String prefix = itemPrefix(key);
      String field = prefix.isEmpty() ? key : key.substring(prefix.length());
      if (field.equals("kind")) {
        k.kinds.put(e.document() + prefix, e.value());
      } else if (key.contains("securityContext.")
          || key.endsWith("].name")
          || key.endsWith("].image")) {
        k.fields.computeIfAbsent(e.document(), d -> new HashMap<>()).put(key, e.value());
      }
    }
    return k;
  }

  /**
   * The item of a {@code kind: List} that holds {@code key} ({@code items[3]}), or empty for a key
   * of a plain document.
   */
  static String itemPrefix(String key) {
    int end = KeyClassifier.listItemEnd(key);
    return end < 0 ? "" : key.substring(0, end);
  }

  /** The kind of the object holding {@code e}, empty when unknown (templated). */
  String kindOf(LocatedEntry e) {
    String kind = kinds.getOrDefault(e.document() + itemPrefix(e.key()), "");
    return kind.contains("{{") ? "" : kind;
  }

  /** The container holding {@code key}: {@code spec.template.spec.containers[0]}, or empty. */
  private static String containerOf(String key) {
    int at = Math.max(key.lastIndexOf("containers["), key.lastIndexOf("Containers["));
    if (at < 0) {
      return "";
    }
    int close = key.indexOf(']', at);
    return close < 0 ? "" : key.substring(0, close + 1);
  }

  /** Lower-case name and image of the container holding {@code e}: what listens there. */
  String ownerOf(LocatedEntry e) {
    String container = containerOf(e.key());
    if (container.isEmpty()) {
      return "";
    }
    Map<String, String> here = fields.getOrDefault(e.document(), Map.of());
    String name = here.getOrDefault(container + ".name", "");
    String image = ImageNames.base(here.getOrDefault(container + ".image", ""));
    return (name + " " + image).trim().toLowerCase(Locale.ROOT);
  }

  /**
   * True when the container's process runs as non-root ({@code runAsNonRoot: true} or a non-zero
   * {@code runAsUser}, on the container or the pod) with every capability dropped and {@code
   * NET_BIND_SERVICE} not added back, and the pod does not lower {@code
   * net.ipv4.ip_unprivileged_port_start}: then it cannot bind a port below 1024 where the runtime
   * keeps the kernel's default.
   */
  boolean cannotBindPrivileged(LocatedEntry e) {
    String container = containerOf(e.key());
    if (container.isEmpty()) {
      return false;
    }
    Map<String, String> here = fields.getOrDefault(e.document(), Map.of());
    String pod = container.substring(0, container.lastIndexOf('.') + 1);
    boolean nonRoot =
        nonRoot(here, container + ".securityContext.") || nonRoot(here, pod + "securityContext.");
    if (!nonRoot) {
      return false;
    }
    boolean dropsAll = false;
    boolean addsBind = false;
    boolean sysctl = false;
    String caps = container + ".securityContext.capabilities.";
    String drop = caps + "drop[";
    String add = caps + "add[";
    String sysctls = pod + "securityContext.sysctls[";
    for (Map.Entry<String, String> f : here.entrySet()) {
      String k = f.getKey();
      if (!k.startsWith(caps) && !k.startsWith(sysctls)) {
        continue;
      }
      String v = f.getValue().trim();
      if (k.startsWith(drop)) {
        dropsAll |= v.equalsIgnoreCase("ALL");
      } else if (k.startsWith(add)) {
        addsBind |=
            v.equalsIgnoreCase("NET_BIND_SERVICE") || v.equalsIgnoreCase("CAP_NET_BIND_SERVICE");
      } else if (k.startsWith(sysctls) && k.endsWith("].name")) {
        sysctl |= v.equals("net.ipv4.ip_unprivileged_port_start");
      }
    }
    return dropsAll && !addsBind && !sysctl;
  }

  private static boolean nonRoot(Map<String, String> here, String context) {
    String runAsNonRoot = here.get(context + "runAsNonRoot");
    String runAsUser = here.get(context + "runAsUser");
    return "true".equalsIgnoreCase(runAsNonRoot == null ? "" : runAsNonRoot.trim())
        || (runAsUser != null
            && PortNumbers.isDigits(runAsUser.trim())
            && !runAsUser.trim().matches("0+"));
  }
}
