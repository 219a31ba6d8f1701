package dev.portcheck.core.engine;

import static dev.portcheck.core.engine.WiringCodec.list;
import static dev.portcheck.core.engine.WiringCodec.loc;
import static dev.portcheck.core.engine.WiringCodec.ref;

import dev.portcheck.core.wiring.CollectorConfig;
import dev.portcheck.core.wiring.Monitor;
import dev.portcheck.core.wiring.NetworkPolicy;
import dev.portcheck.core.wiring.NginxConfig;
import dev.portcheck.core.wiring.Setting;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The part of {@link WiringCodec} for the ports other programs are told of: nginx and OpenTelemetry
 * Collector configurations, Prometheus Operator monitors and NetworkPolicies, each with a paired
 * write and read. Kept apart so the main codec holds the layout of a file's facts, as {@link
 * KubernetesWiringCodec} holds the Kubernetes objects.
 */
final class ProgramWiringCodec {
  private ProgramWiringCodec() {}

  static void policy(ScanWriter w, NetworkPolicy p) throws IOException {
    w.string(p.name());
    w.string(p.namespace());
    KubernetesWiringCodec.labels(w, p.podSelector());
    w.bool(p.known());
    list(
        w,
        p.rules(),
        (o, rule) ->
            list(
                o,
                rule.ports(),
                (x, port) -> {
                  ref(x, port.port());
                  x.integer(port.endPort());
                  x.integer(port.protocol().ordinal());
                  loc(x, port.loc());
                }));
    loc(w, p.loc());
  }

  static NetworkPolicy policy(ScanReader r) throws IOException {
    return new NetworkPolicy(
        r.string(),
        r.string(),
        KubernetesWiringCodec.labels(r),
        r.bool(),
        list(
            r,
            o ->
                new NetworkPolicy.Rule(
                    list(
                        o,
                        x ->
                            new NetworkPolicy.Port(
                                ref(x), x.readInt(), WiringCodec.PROTOCOLS[x.readInt()], loc(x))))),
        loc(r));
  }

  static void monitor(ScanWriter w, Monitor m) throws IOException {
    w.string(m.kind());
    w.string(m.name());
    w.string(m.namespace());
    list(w, m.namespaces(), ScanWriter::string);
    w.bool(m.anyNamespace());
    KubernetesWiringCodec.labels(w, m.matchLabels());
    w.bool(m.selectorKnown());
    list(w, m.ports(), WiringCodec::setting);
    loc(w, m.loc());
  }

  static Monitor monitor(ScanReader r) throws IOException {
    return new Monitor(
        r.string(),
        r.string(),
        r.string(),
        list(r, ScanReader::string),
        r.bool(),
        KubernetesWiringCodec.labels(r),
        r.bool(),
        list(r, WiringCodec::setting),
        loc(r));
  }

  static void collector(ScanWriter w, CollectorConfig c) throws IOException {
    w.string(c.file());
    list(w, c.otlpListens(), WiringCodec::setting);
    list(w, c.dials(), WiringCodec::setting);
  }

  static CollectorConfig collector(ScanReader r) throws IOException {
    return new CollectorConfig(
        r.string(), list(r, WiringCodec::setting), list(r, WiringCodec::setting));
  }

  static void nginx(ScanWriter w, NginxConfig c) throws IOException {
    w.string(c.file());
    list(w, c.listens(), WiringCodec::setting);
    list(w, c.dials(), WiringCodec::setting);
    List<String> names = new ArrayList<>(c.upstreams().keySet());
    Collections.sort(names);
    w.integer(names.size());
    for (String name : names) {
      w.string(name);
      list(w, c.upstreams().get(name), WiringCodec::setting);
    }
    list(w, c.includes(), ScanWriter::string);
    w.bool(c.unlistened());
  }

  static NginxConfig nginx(ScanReader r) throws IOException {
    String file = r.string();
    List<Setting> listens = list(r, WiringCodec::setting);
    List<Setting> dials = list(r, WiringCodec::setting);
    Map<String, List<Setting>> upstreams = new HashMap<>();
    int count = r.readInt();
    for (int i = 0; i < count; i++) {
      upstreams.put(r.string(), list(r, WiringCodec::setting));
    }
    return new NginxConfig(file, listens, dials, upstreams, list(r, ScanReader::string), r.bool());
  }
}
