package dev.portcheck.core.candidates;

import dev.portcheck.core.entries.LocatedEntry;
import dev.portcheck.core.model.ImageName;
import dev.portcheck.core.model.KubernetesObjects;
import dev.portcheck.core.model.KubernetesObjects.KubernetesObject;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the Kubernetes object around a port says about it: the object's kind and, for a port inside
 * a container, the container's name and image and whether its process may bind a privileged port.
 * The objects are those {@link KubernetesObjects} splits the file into, as the wiring facts read.
 */
final class KubernetesContext {
  /** The few fields of one object read beside a port (security, names), by key; and its kind. */
  private record Fields(String kind, Map<String, String> values) {}

  /** Each entry's object, by identity: two entries may be equal (the same key and value twice). */
  private final Map<LocatedEntry, Fields> objects = new IdentityHashMap<>();

  private KubernetesContext() {}

  static KubernetesContext index(List<LocatedEntry> entries) {
    KubernetesContext k = new KubernetesContext();
    for (KubernetesObject o : KubernetesObjects.split(entries)) {
      Map<String, String> values = new HashMap<>();
      for (LocatedEntry e : o.entries()) {
        String key = e.key();
        if (key.contains("securityContext.") || key.endsWith("].name") || key.endsWith("].image")) {
          values.put(key, e.value());
        }
      }
      Fields fields = new Fields(o.kind() == null ? "" : o.kind(), values);
      for (LocatedEntry e : o.entries()) {
        k.objects.put(e, fields);
      }
    }
    return k;
  }

  private Fields fieldsOf(LocatedEntry e) {
    return objects.getOrDefault(e, NONE);
  }

  private static final Fields NONE = new Fields("", Map.of());

  /** The kind of the object holding {@code e}, empty when unknown (templated). */
  String kindOf(LocatedEntry e) {
    String kind = fieldsOf(e).kind();
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
    Map<String, String> here = fieldsOf(e).values();
    String name = here.getOrDefault(container + ".name", "");
    String image = ImageName.software(here.getOrDefault(container + ".image", ""));
    return (name + " " + image).trim().toLowerCase(Locale.ROOT);
  }

  /** What the security context around {@code e} says about binding a port below 1024. */
  PrivilegedBind privilegedBind(LocatedEntry e) {
    if (cannotBindPrivileged(e)) {
      return PrivilegedBind.CANNOT;
    }
    String container = containerOf(e.key());
    if (container.isEmpty()) {
      return PrivilegedBind.UNSAID;
    }
    Map<String, String> here = fieldsOf(e).values();
    String pod = container.substring(0, container.lastIndexOf('.') + 1);
    if ("true".equalsIgnoreCase(here.getOrDefault(container + ".securityContext.privileged", ""))) {
      return PrivilegedBind.CAN;
    }
    String add = container + ".securityContext.capabilities.add[";
    String sysctls = pod + "securityContext.sysctls[";
    for (Map.Entry<String, String> f : here.entrySet()) {
      String k = f.getKey();
      String v = f.getValue().trim();
      if (k.startsWith(add) && isBindCapability(v)
          || k.startsWith(sysctls)
              && k.endsWith("].name")
              && v.equals("net.ipv4.ip_unprivileged_port_start")) {
        return PrivilegedBind.CAN;
      }
    }
    return PrivilegedBind.UNSAID;
  }

  private static boolean isBindCapability(String v) {
    return v.equalsIgnoreCase("NET_BIND_SERVICE") || v.equalsIgnoreCase("CAP_NET_BIND_SERVICE");
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
    Map<String, String> here = fieldsOf(e).values();
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
        addsBind |= isBindCapability(v);
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
