package dev.portcheck.core.wiring;

import dev.portcheck.core.entries.LocatedEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The container ports a reverse proxy sends a compose service's traffic to, as the service's own
 * labels tell Traefik's Docker provider: {@code
 * traefik.http.services.<name>.loadbalancer.server.port} (also {@code tcp} and {@code udp}), and
 * Traefik 1's {@code traefik.port}, in {@code labels} or swarm's {@code deploy.labels}, map or list
 * form. Each becomes a setting {@code <service>:<port>} located at the port's text: Traefik dials
 * the service's container there.
 */
final class ProxyLabels {
  private ProxyLabels() {}

  private static final Pattern PORT_LABEL =
      Pattern.compile(
          "traefik\\.(?:(?:http|tcp|udp)\\.services\\.[^.]+\\.loadbalancer\\.server\\.port|port)");

  private static final Pattern LIST_ITEM = Pattern.compile("\\[\\d+\\]");

  static List<Setting> of(String file, String service, KeyTree svc) {
    List<Setting> out = new ArrayList<>();
    for (KeyTree labels : List.of(svc.at("labels"), svc.at("deploy", "labels"))) {
      List<LocatedEntry> written = new ArrayList<>();
      labels.collect(written);
      for (LocatedEntry e : written) {
        String key = e.key();
        int at = key.lastIndexOf("labels");
        String rest = key.substring(at + "labels".length());
        String name;
        String value = e.value();
        int column = 0;
        if (LIST_ITEM.matcher(rest).matches()) {
          int eq = value.indexOf('=');
          if (eq < 0) {
            continue;
          }
          name = value.substring(0, eq).trim();
          column = eq + 1;
          value = value.substring(eq + 1);
        } else {
          name = unquote(rest);
        }
        if (PORT_LABEL.matcher(name).matches() && !value.isBlank()) {
          Loc loc = ComposeFacts.loc(file, e);
          out.add(
              new Setting(
                  name,
                  service + ":" + value.trim(),
                  new Loc(loc.file(), loc.line(), loc.column() + column)));
        }
      }
    }
    virtualPort(file, service, svc.at("environment")).ifPresent(out::add);
    return out;
  }

  /** True for a variable a reverse proxy reads from the container's environment. */
  static boolean readByProxy(String name) {
    return name.equals("VIRTUAL_PORT");
  }

  /**
   * nginx-proxy's {@code VIRTUAL_PORT} beside a {@code VIRTUAL_HOST} in the service's environment
   * (map or list form): nginx-proxy sends the host's requests to the container at that port.
   */
  private static java.util.Optional<Setting> virtualPort(
      String file, String service, KeyTree environment) {
    LocatedEntry port = environment.at("VIRTUAL_PORT").entry();
    boolean host = environment.at("VIRTUAL_HOST").exists();
    int column = 0;
    for (KeyTree item : environment.items()) {
      LocatedEntry e = item.entry();
      if (e == null) {
        continue;
      }
      host |= e.value().startsWith("VIRTUAL_HOST=");
      if (e.value().startsWith("VIRTUAL_PORT=")) {
        port = e;
        column = "VIRTUAL_PORT=".length();
      }
    }
    if (port == null || !host) {
      return java.util.Optional.empty();
    }
    String value = port.value().substring(column).trim();
    Loc loc = ComposeFacts.loc(file, port);
    return value.isEmpty()
        ? java.util.Optional.empty()
        : java.util.Optional.of(
            new Setting(
                "VIRTUAL_PORT",
                service + ":" + value,
                new Loc(loc.file(), loc.line(), loc.column() + column)));
  }

  /**
   * A map key after {@code labels}: {@code .a.b} or {@code ["a.b"]}, as the entry's path writes it.
   */
  private static String unquote(String rest) {
    String r = rest.startsWith(".") ? rest.substring(1) : rest;
    if (r.startsWith("[\"") && r.endsWith("\"]")) {
      r = r.substring(2, r.length() - 2);
    }
    return r;
  }
}
