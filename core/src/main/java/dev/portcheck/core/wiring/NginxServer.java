package dev.portcheck.core.wiring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * The nginx of one compose service, as the configurations it loads say: those it bind-mounts under
 * {@code /etc/nginx} ({@code ./nginx.conf:/etc/nginx/nginx.conf}, {@code
 * ./conf.d:/etc/nginx/conf.d}) or its build copies there. The official image loads {@code
 * nginx.conf}, which includes {@code conf.d/*.conf}, and renders {@code templates/*.template} into
 * {@code conf.d} with the container's environment.
 *
 * @param listens each listener of a loaded configuration, valued by its port, where it is written
 * @param complete true when these are all its listeners: every address read, every server block
 *     with a {@code listen}, and no server left that portcheck did not read: a self-contained
 *     {@code nginx.conf}, or the image's {@code conf.d/default.conf} replaced
 * @param dials the addresses its proxy directives reach, with the template's variables filled in
 */
public record NginxServer(List<Setting> listens, boolean complete, List<Setting> dials) {
  private static final String ROOT = "/etc/nginx/";

  public NginxServer {
    listens = List.copyOf(listens);
    dials = List.copyOf(dials);
  }

  /** A configuration and where in the container it lands. */
  public record Applied(NginxConfig config, String target) {
    /**
     * What fills its {@code ${NAME}}s: the container's environment for a template the official
     * image renders, nothing otherwise.
     */
    Function<String, String> fill(Function<String, String> environment) {
      return target.startsWith(ROOT + "templates/") ? environment : name -> null;
    }
  }

  /**
   * The nginx of a service that loads {@code applied}; {@code environment} gives the service's
   * variables (null for one it does not set), which a template's {@code ${NAME}} takes.
   */
  public static NginxServer of(List<Applied> applied, Function<String, String> environment) {
    List<Setting> listens = new ArrayList<>();
    List<Setting> dials = new ArrayList<>();
    boolean complete = true;
    boolean mainSelfContained = false;
    boolean defaultReplaced = false;
    boolean allSelfContained = true;
    boolean loadedAny = false;
    for (Applied a : applied) {
      Function<String, String> fill = a.fill(environment);
      allSelfContained &= a.config().selfContained();
      if (!loaded(a.target())) {
        continue;
      }
      loadedAny = true;
      complete &= !a.config().unlistened();
      mainSelfContained |= a.target().equals(ROOT + "nginx.conf") && a.config().selfContained();
      defaultReplaced |=
          a.target().equals(ROOT + "conf.d/default.conf")
              || a.target().equals(ROOT + "templates/default.conf.template");
      for (Setting l : a.config().listens()) {
        String value = filled(l.value(), fill);
        OptionalInt port = value == null ? OptionalInt.empty() : NginxConfig.listenPort(value);
        if (port.isEmpty()) {
          complete = false;
        } else if (l.name().equals("listen")) {
          listens.add(new Setting(l.name(), String.valueOf(port.getAsInt()), l.loc()));
        }
      }
    }
    for (Applied a : applied) {
      Function<String, String> fill = a.fill(environment);
      for (Setting d : a.config().dials()) {
        String value = filled(d.value(), fill);
        if (value == null) {
          continue;
        }
        List<Setting> upstream = upstreamOf(applied, NginxConfigReader.host(value));
        if (upstream != null) {
          upstream.forEach(u -> dials.add(new Setting(d.name(), u.value(), u.loc())));
        } else if (allSelfContained || hasPort(value)) {
          // Without every file read, a name without a port may be an upstream of an unread one.
          dials.add(new Setting(d.name(), value, d.loc()));
        }
      }
    }
    return new NginxServer(
        listens, loadedAny && complete && (mainSelfContained || defaultReplaced), dials);
  }

  /** True when nginx loads a file placed at {@code target}. */
  static boolean loaded(String target) {
    return target.equals(ROOT + "nginx.conf")
        || target.startsWith(ROOT + "conf.d/") && target.endsWith(".conf")
        || target.startsWith(ROOT + "templates/") && target.endsWith(".template")
        || target.startsWith(ROOT + "sites-enabled/");
  }

  /** The servers of the {@code upstream} block {@code name} of another loaded file, else null. */
  private static List<Setting> upstreamOf(List<Applied> applied, String name) {
    for (Applied a : applied) {
      List<Setting> servers = a.config().upstreams().get(name);
      if (servers != null) {
        return servers;
      }
    }
    return null;
  }

  private static boolean hasPort(String address) {
    String host = NginxConfigReader.host(address);
    int at = address.indexOf(host) + host.length();
    return at < address.length() && address.charAt(at) == ':';
  }

  /**
   * {@code value} with each {@code ${NAME}} the environment sets filled in; null when one is left
   * (envsubst leaves what the container does not set, which nginx then reads as its own variable).
   */
  static String filled(String value, Function<String, String> environment) {
    if (value.indexOf('$') < 0) {
      return value;
    }
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < value.length()) {
      int start = value.indexOf("${", i);
      if (start < 0) {
        out.append(value, i, value.length());
        break;
      }
      int end = value.indexOf('}', start);
      String v = end < 0 ? null : environment.apply(value.substring(start + 2, end));
      if (v == null) {
        return null;
      }
      out.append(value, i, start).append(v);
      i = end + 1;
    }
    return out.indexOf("$") >= 0 ? null : out.toString();
  }

  /** The variables a service's environment sets, as compose interpolates them. */
  static Function<String, String> environmentOf(
      List<ComposeService> definitions, ComposeProject project) {
    Map<String, String> values = new java.util.HashMap<>();
    for (ComposeService s : definitions) {
      for (Setting e : s.environment()) {
        project.interpolate(e.value()).ifPresent(v -> values.put(e.name(), v));
      }
    }
    return values::get;
  }
}
