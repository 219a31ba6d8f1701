package dev.portcheck.core.wiring;

import dev.portcheck.core.candidates.Protocol;
import dev.portcheck.core.entries.LocatedEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The Services the Strimzi operator creates for its custom resources, by the names and ports its
 * documentation gives: for a {@code Kafka}, {@code <cluster>-kafka-bootstrap} serving every {@code
 * internal} listener's port, and {@code <cluster>-kafka-<listener>-bootstrap} for each listener of
 * another type; for a {@code KafkaBridge}, {@code <bridge>-bridge-service} at its {@code
 * spec.http.port}. Only ports the resource writes are read (the replication port 9091 and the
 * bridge's default 8080 are nowhere in the files): a client at another port of such a Service
 * reaches nothing. The operator selects the pods itself, so no selector is known here.
 */
final class StrimziServices {
  private StrimziServices() {}

  static List<KubeService> of(
      KeyTree o, String kind, String name, String namespace, Function<LocatedEntry, Loc> loc) {
    List<KubeService> out = new ArrayList<>();
    if (name.isEmpty()) {
      return out;
    }
    Loc at = loc.apply(o.at("kind").entry());
    if (kind.equals("Kafka")) {
      List<KubeService.ServicePort> internal = new ArrayList<>();
      Map<String, KubeService.ServicePort> other = new LinkedHashMap<>();
      for (KeyTree l : o.at("spec", "kafka", "listeners").items()) {
        String listener = TemplateText.literal(l.value("name"));
        String type = TemplateText.literal(l.value("type"));
        LocatedEntry port = l.at("port").entry();
        PortRef ref = port == null ? PortRef.UNKNOWN : PortRef.parse(port.value());
        if (listener.isEmpty() || type.isEmpty() || !ref.isNumber()) {
          return List.of(); // a templated listener may be any port of any Service
        }
        KubeService.ServicePort p = port(listener, ref, loc.apply(port));
        if (type.equals("internal")) {
          internal.add(p);
        } else {
          other.put(listener, p);
        }
      }
      if (!internal.isEmpty()) {
        out.add(service(name + "-kafka-bootstrap", namespace, internal, at));
      }
      other.forEach(
          (listener, p) ->
              out.add(
                  service(name + "-kafka-" + listener + "-bootstrap", namespace, List.of(p), at)));
    } else if (kind.equals("KafkaBridge")) {
      LocatedEntry port = o.at("spec", "http", "port").entry();
      PortRef ref = port == null ? PortRef.UNKNOWN : PortRef.parse(port.value());
      if (ref.isNumber()) {
        out.add(
            service(
                name + "-bridge-service",
                namespace,
                List.of(port("rest-api", ref, loc.apply(port))),
                at));
      }
    }
    return out;
  }

  private static KubeService.ServicePort port(String name, PortRef port, Loc at) {
    return new KubeService.ServicePort(name, port.number(), port, Protocol.TCP, at, at, false);
  }

  private static KubeService service(
      String name, String namespace, List<KubeService.ServicePort> ports, Loc at) {
    return new KubeService(name, namespace, Map.of(), false, false, ports, at);
  }
}
