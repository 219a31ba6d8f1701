package dev.portcheck.core.engine;

import dev.portcheck.core.candidates.Protocol;
import dev.portcheck.core.entries.LocatedEntry;
import dev.portcheck.core.entries.TemplateBranches;
import dev.portcheck.core.wiring.ChartTemplate;
import dev.portcheck.core.wiring.CollectorConfig;
import dev.portcheck.core.wiring.FileWiring;
import dev.portcheck.core.wiring.Kustomize;
import dev.portcheck.core.wiring.ListenFlags;
import dev.portcheck.core.wiring.Loc;
import dev.portcheck.core.wiring.Monitor;
import dev.portcheck.core.wiring.NetworkPolicy;
import dev.portcheck.core.wiring.NginxConfig;
import dev.portcheck.core.wiring.PortRef;
import dev.portcheck.core.wiring.ProfilePort;
import dev.portcheck.core.wiring.Setting;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The wiring facts of one file in {@link ScanWriter} form, so the incremental index keeps them and
 * an unchanged file is not read again to rebuild the model. Most files hold none: they cost one
 * flag. The Kubernetes objects are written by {@link KubernetesWiringCodec}.
 */
final class WiringCodec {
  private WiringCodec() {}

  /** Protocols by ordinal, for both wiring codecs. */
  static final Protocol[] PROTOCOLS = Protocol.values();

  private static final PortRef.Kind[] REF_KINDS = PortRef.Kind.values();

  /** Writes one value of type {@code T}. */
  interface Put<T> {
    void put(ScanWriter w, T value) throws IOException;
  }

  /** Reads one value of type {@code T}. */
  interface Get<T> {
    T get(ScanReader r) throws IOException;
  }

  static void write(ScanWriter w, FileWiring f) throws IOException {
    w.bool(!f.isEmpty());
    if (f.isEmpty()) {
      return;
    }
    list(w, f.workloads(), KubernetesWiringCodec::workload);
    list(w, f.services(), KubernetesWiringCodec::service);
    list(w, f.backends(), KubernetesWiringCodec::backend);
    list(w, f.configMaps(), KubernetesWiringCodec::configMap);
    list(w, f.compose(), ComposeWiringCodec::compose);
    list(w, f.images(), ComposeWiringCodec::image);
    list(w, f.dotenv(), WiringCodec::setting);
    list(w, f.app(), WiringCodec::setting);
    list(
        w,
        f.profilePorts(),
        (o, p) -> {
          o.string(p.profile());
          o.string(p.base());
          setting(o, p.setting());
        });
    list(
        w,
        f.patchRefs(),
        (o, p) -> {
          o.string(p.patchFile());
          o.string(p.kind());
          o.string(p.name());
          list(o, p.resources(), ScanWriter::string);
          loc(o, p.loc());
        });
    list(
        w,
        f.patchOps(),
        (o, p) -> {
          o.string(p.op());
          o.string(p.path());
          list(o, p.values(), WiringCodec::setting);
          loc(o, p.loc());
          o.string(p.patch());
        });
    list(w, f.composeIncludes(), WiringCodec::setting);
    list(w, f.chartValues(), WiringCodec::setting);
    list(
        w,
        f.chartTemplates(),
        (o, t) -> {
          o.string(t.file());
          list(
              o,
              t.entries(),
              (x, e) -> {
                x.string(e.key());
                x.string(e.value());
                // Where the value starts, as facts locate it (inside a quote).
                x.integer(e.positionOf(0).line());
                x.integer(e.positionOf(0).column());
                x.integer(e.document());
              });
          list(
              o,
              t.branches(),
              (x, b) -> {
                x.integer(b.from());
                x.integer(b.to());
                list(x, b.whenTrue(), WiringCodec::condition);
                list(x, b.whenFalse(), WiringCodec::condition);
              });
        });
    list(
        w,
        f.namings(),
        (o, n) -> {
          o.string(n.prefix());
          o.string(n.suffix());
          KubernetesWiringCodec.labels(o, n.labels());
          list(o, n.resources(), ScanWriter::string);
          loc(o, n.loc());
        });
    list(w, f.envFiles(), ScanWriter::string);
    list(w, f.nginx(), WiringCodec::nginx);
    list(w, f.collectors(), WiringCodec::collector);
    list(w, f.monitors(), WiringCodec::monitor);
    list(w, f.policies(), WiringCodec::policy);
  }

  private static void policy(ScanWriter w, NetworkPolicy p) throws IOException {
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

  private static NetworkPolicy policy(ScanReader r) throws IOException {
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
                                ref(x), x.readInt(), PROTOCOLS[x.readInt()], loc(x))))),
        loc(r));
  }

  private static void monitor(ScanWriter w, Monitor m) throws IOException {
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

  private static Monitor monitor(ScanReader r) throws IOException {
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

  private static void collector(ScanWriter w, CollectorConfig c) throws IOException {
    w.string(c.file());
    list(w, c.otlpListens(), WiringCodec::setting);
    list(w, c.dials(), WiringCodec::setting);
  }

  private static CollectorConfig collector(ScanReader r) throws IOException {
    return new CollectorConfig(
        r.string(), list(r, WiringCodec::setting), list(r, WiringCodec::setting));
  }

  private static void nginx(ScanWriter w, NginxConfig c) throws IOException {
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

  private static NginxConfig nginx(ScanReader r) throws IOException {
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

  static FileWiring read(ScanReader r) throws IOException {
    if (!r.bool()) {
      return FileWiring.EMPTY;
    }
    return new FileWiring(
        list(r, KubernetesWiringCodec::workload),
        list(r, KubernetesWiringCodec::service),
        list(r, KubernetesWiringCodec::backend),
        list(r, KubernetesWiringCodec::configMap),
        list(r, ComposeWiringCodec::compose),
        list(r, ComposeWiringCodec::image),
        list(r, WiringCodec::setting),
        list(r, WiringCodec::setting),
        list(r, i -> new ProfilePort(i.string(), i.string(), setting(i))),
        list(
            r,
            i ->
                new Kustomize.PatchRef(
                    i.string(), i.string(), i.string(), list(i, ScanReader::string), loc(i))),
        list(
            r,
            i ->
                new Kustomize.PatchOp(
                    i.string(), i.string(), list(i, WiringCodec::setting), loc(i), i.string())),
        list(r, WiringCodec::setting),
        list(r, WiringCodec::setting),
        list(
            r,
            i ->
                new ChartTemplate(
                    i.string(),
                    list(
                        i,
                        x ->
                            LocatedEntry.simple(
                                x.string(), x.string(), x.readInt(), x.readInt(), x.readInt())),
                    list(
                        i,
                        x ->
                            new TemplateBranches.Branch(
                                x.readInt(),
                                x.readInt(),
                                list(x, WiringCodec::condition),
                                list(x, WiringCodec::condition))))),
        list(
            r,
            i ->
                new Kustomize.Naming(
                    i.string(),
                    i.string(),
                    KubernetesWiringCodec.labels(i),
                    list(i, ScanReader::string),
                    loc(i))),
        list(r, ScanReader::string),
        list(r, WiringCodec::nginx),
        list(r, WiringCodec::collector),
        list(r, WiringCodec::monitor),
        list(r, WiringCodec::policy));
  }

  static <T> void list(ScanWriter w, List<T> values, Put<T> put) throws IOException {
    w.integer(values.size());
    for (T v : values) {
      put.put(w, v);
    }
  }

  static <T> List<T> list(ScanReader r, Get<T> get) throws IOException {
    int n = r.count();
    List<T> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(get.get(r));
    }
    return out;
  }

  static void loc(ScanWriter w, Loc l) throws IOException {
    w.string(l.file());
    w.integer(l.line());
    w.integer(l.column());
  }

  static Loc loc(ScanReader r) throws IOException {
    return new Loc(r.string(), r.readInt(), r.readInt());
  }

  static void ref(ScanWriter w, PortRef p) throws IOException {
    w.integer(p.kind().ordinal());
    w.integer(p.number());
    w.string(p.name());
  }

  static PortRef ref(ScanReader r) throws IOException {
    return new PortRef(REF_KINDS[r.readInt()], r.readInt(), r.string());
  }

  static void setting(ScanWriter w, Setting s) throws IOException {
    w.string(s.name());
    w.string(s.value());
    loc(w, s.loc());
  }

  private static void condition(ScanWriter w, TemplateBranches.Condition c) throws IOException {
    w.string(c.pipeline());
    w.bool(c.dotRebound());
  }

  private static TemplateBranches.Condition condition(ScanReader r) throws IOException {
    return new TemplateBranches.Condition(r.string(), r.bool());
  }

  static Setting setting(ScanReader r) throws IOException {
    return new Setting(r.string(), r.string(), loc(r));
  }

  static void listen(ScanWriter w, ListenFlags.Listen l) throws IOException {
    w.string(l.flag());
    w.integer(l.port());
    loc(w, l.loc());
  }

  static ListenFlags.Listen listen(ScanReader r) throws IOException {
    return new ListenFlags.Listen(r.string(), r.readInt(), loc(r));
  }
}
