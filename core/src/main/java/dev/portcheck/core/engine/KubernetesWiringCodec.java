package dev.portcheck.core.engine;

import static dev.portcheck.core.engine.WiringCodec.list;
import static dev.portcheck.core.engine.WiringCodec.loc;
import static dev.portcheck.core.engine.WiringCodec.ref;

import dev.portcheck.core.wiring.Backend;
import dev.portcheck.core.wiring.ConfigMapValues;
import dev.portcheck.core.wiring.KubeService;
import dev.portcheck.core.wiring.Workload;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Kubernetes half of {@link WiringCodec}: workloads with their containers, Services, the
 * backends of Ingresses and routes, and ConfigMaps, each with a paired write and read.
 */
final class KubernetesWiringCodec {
  private KubernetesWiringCodec() {}

  private static final Workload.ProbeKind[] PROBES = Workload.ProbeKind.values();

  static void labels(ScanWriter w, Map<String, String> labels) throws IOException {
    w.integer(labels.size());
    for (Map.Entry<String, String> e : labels.entrySet()) {
      w.string(e.getKey());
      w.string(e.getValue());
    }
  }

  static Map<String, String> labels(ScanReader r) throws IOException {
    int n = r.count();
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      out.put(r.string(), r.string());
    }
    return out;
  }

  static void workload(ScanWriter w, Workload x) throws IOException {
    w.string(x.kind());
    w.string(x.name());
    w.string(x.namespace());
    labels(w, x.labels());
    w.bool(x.labelsKnown());
    list(w, x.containers(), KubernetesWiringCodec::container);
    list(w, x.injectedDials(), WiringCodec::setting);
    loc(w, x.loc());
  }

  static Workload workload(ScanReader r) throws IOException {
    return new Workload(
        r.string(),
        r.string(),
        r.string(),
        labels(r),
        r.bool(),
        list(r, KubernetesWiringCodec::container),
        list(r, WiringCodec::setting),
        loc(r));
  }

  private static void container(ScanWriter w, Workload.Container c) throws IOException {
    w.string(c.name());
    list(
        w,
        c.ports(),
        (o, p) -> {
          o.integer(p.number());
          o.string(p.name());
          o.integer(p.protocol().ordinal());
          loc(o, p.loc());
        });
    w.bool(c.portsKnown());
    list(
        w,
        c.probes(),
        (o, p) -> {
          o.integer(p.kind().ordinal());
          o.string(p.handler());
          ref(o, p.port());
          o.string(p.path());
          loc(o, p.loc());
        });
    list(w, c.env(), WiringCodec::setting);
    w.string(c.image());
    w.bool(c.launchOpen());
    list(w, c.listens(), WiringCodec::listen);
    list(w, c.dials(), WiringCodec::setting);
    list(w, c.envFrom(), ScanWriter::string);
    loc(w, c.loc());
  }

  private static Workload.Container container(ScanReader r) throws IOException {
    return new Workload.Container(
        r.string(),
        list(
            r,
            i ->
                new Workload.ContainerPort(
                    i.readInt(), i.string(), WiringCodec.PROTOCOLS[i.readInt()], loc(i))),
        r.bool(),
        list(
            r,
            i -> new Workload.Probe(PROBES[i.readInt()], i.string(), ref(i), i.string(), loc(i))),
        list(r, WiringCodec::setting),
        r.string(),
        r.bool(),
        list(r, WiringCodec::listen),
        list(r, WiringCodec::setting),
        list(r, ScanReader::string),
        loc(r));
  }

  static void service(ScanWriter w, KubeService s) throws IOException {
    w.string(s.name());
    w.string(s.namespace());
    labels(w, s.selector());
    w.bool(s.selectorKnown());
    w.bool(s.headless());
    list(
        w,
        s.ports(),
        (o, p) -> {
          o.string(p.name());
          o.integer(p.port());
          ref(o, p.target());
          o.integer(p.protocol().ordinal());
          loc(o, p.loc());
          loc(o, p.targetLoc());
          o.bool(p.targetWritten());
        });
    loc(w, s.loc());
    labels(w, s.labels());
    w.bool(s.labelsKnown());
  }

  static KubeService service(ScanReader r) throws IOException {
    return new KubeService(
        r.string(),
        r.string(),
        labels(r),
        r.bool(),
        r.bool(),
        list(
            r,
            i ->
                new KubeService.ServicePort(
                    i.string(),
                    i.readInt(),
                    ref(i),
                    WiringCodec.PROTOCOLS[i.readInt()],
                    loc(i),
                    loc(i),
                    i.bool())),
        loc(r),
        labels(r),
        r.bool());
  }

  static void backend(ScanWriter w, Backend b) throws IOException {
    w.string(b.source());
    w.string(b.service());
    w.string(b.namespace());
    ref(w, b.port());
    loc(w, b.loc());
  }

  static Backend backend(ScanReader r) throws IOException {
    return new Backend(r.string(), r.string(), r.string(), ref(r), loc(r));
  }

  static void configMap(ScanWriter w, ConfigMapValues c) throws IOException {
    w.string(c.name());
    w.string(c.namespace());
    list(w, c.data(), WiringCodec::setting);
    list(w, c.decoded(), WiringCodec::setting);
    // What the files hold is the model's to read: a file's facts name them only.
    list(w, c.files(), ScanWriter::string);
  }

  static ConfigMapValues configMap(ScanReader r) throws IOException {
    return new ConfigMapValues(
        r.string(),
        r.string(),
        list(r, WiringCodec::setting),
        list(r, WiringCodec::setting),
        list(r, ScanReader::string),
        List.of());
  }
}
