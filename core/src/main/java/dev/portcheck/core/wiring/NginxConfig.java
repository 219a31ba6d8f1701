package dev.portcheck.core.wiring;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an nginx configuration file says about ports: where its servers listen and where its proxy
 * directives send requests. Another program's configuration: it is read for the wiring of the
 * container that loads it (a compose service mounting or copying it under {@code /etc/nginx}),
 * never judged for ranges or clashes of its own.
 *
 * @param file the file, relative to the module base directory
 * @param listens each {@code listen} of a {@code server} block: its address as written ({@code
 *     8080}, {@code [::]:8080}, {@code ${NGINX_PORT}} in a template), located at the address; named
 *     {@code listen}, or {@code listen udp} for a datagram listener
 * @param dials each address a proxy directive ({@code proxy_pass}, {@code grpc_pass}, {@code
 *     fastcgi_pass}, {@code uwsgi_pass}, {@code scgi_pass}) sends requests to, named by the
 *     directive: its URL or {@code host:port}, or, where it names an {@code upstream} block of this
 *     file, each {@code server} of that block, located there
 * @param upstreams the {@code upstream} blocks, by name, with their servers: a directive of another
 *     file loaded beside this one may name them
 * @param includes the {@code include} patterns as written
 * @param unlistened true when a {@code server} block has no {@code listen}: it listens on 80 or
 *     8000, as nginx decides by the user it runs as
 */
public record NginxConfig(
    String file,
    List<Setting> listens,
    List<Setting> dials,
    Map<String, List<Setting>> upstreams,
    List<String> includes,
    boolean unlistened) {

  public NginxConfig {
    listens = List.copyOf(listens);
    dials = List.copyOf(dials);
    upstreams = Map.copyOf(upstreams);
    includes = List.copyOf(includes);
  }

  /** True when the file holds a {@code server} block or a proxy directive: nginx's own. */
  public boolean isEmpty() {
    return listens.isEmpty() && dials.isEmpty() && upstreams.isEmpty() && !unlistened;
  }

  /**
   * True when every file this one includes is one that holds no server: the MIME table, the proxy
   * parameters, dynamic modules. Then its servers are all written here.
   */
  public boolean selfContained() {
    for (String include : includes) {
      String name = include.substring(include.lastIndexOf('/') + 1);
      if (!NO_SERVERS.contains(name) && !name.endsWith("_params") && !include.contains("modules")) {
        return false;
      }
    }
    return true;
  }

  /**
   * The port of a {@code listen} address as written: {@code 8080}, {@code *:8080}, {@code
   * [::]:8080}, {@code 127.0.0.1:8080}; an address without a port ({@code 127.0.0.1}, {@code [::]})
   * listens on 80. Empty for what is no port yet (a template's {@code ${NGINX_PORT}}).
   */
  public static java.util.OptionalInt listenPort(String written) {
    int colon = written.lastIndexOf(':');
    boolean bracketed = written.startsWith("[") && written.endsWith("]");
    String port = colon < 0 || bracketed ? written : written.substring(colon + 1);
    if (!port.isEmpty() && port.chars().allMatch(Character::isDigit)) {
      if (port.length() > 5) {
        return java.util.OptionalInt.empty();
      }
      int p = Integer.parseInt(port);
      return p <= 65535 ? java.util.OptionalInt.of(p) : java.util.OptionalInt.empty();
    }
    // A host alone (an IPv4 address, [::], a name) takes the default port.
    boolean host = written.indexOf('$') < 0 && (colon < 0 || bracketed) && !written.isEmpty();
    return host && !port.chars().allMatch(Character::isDigit)
        ? java.util.OptionalInt.of(80)
        : java.util.OptionalInt.empty();
  }

  private static final Set<String> NO_SERVERS =
      Set.of(
          "mime.types",
          "proxy_params",
          "fastcgi.conf",
          "ssl-params.conf",
          "options-ssl-nginx.conf");
}
