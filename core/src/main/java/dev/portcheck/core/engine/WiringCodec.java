package dev.portcheck.core.engine;

import dev.portcheck.core.candidates.Protocol;
import dev.portcheck.core.wiring.Backend;
import dev.portcheck.core.wiring.ComposeService;
import dev.portcheck.core.wiring.ConfigMapValues;
import dev.portcheck.core.wiring.DockerImage;
import dev.portcheck.core.wiring.FileWiring;
import dev.portcheck.core.wiring.KubeService;
import dev.portcheck.core.wiring.Loc;
import dev.portcheck.core.wiring.PortRef;
import dev.portcheck.core.wiring.ProfilePort;
import dev.portcheck.core.wiring.Setting;
import dev.portcheck.core.wiring.Workload;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The wiring facts of one file in {@link ScanCodec} form, so the incremental index keeps them and
 * an unchanged file is not read again to rebuild the model. Most files hold none: they cost one
 * flag.
 */
final class WiringCodec {
  private WiringCodec() {}

  private static final Protocol[] PROTOCOLS = Protocol.values();
  private static final PortRef.Kind[] REF_KINDS = PortRef.Kind.values();
  private static final Workload.ProbeKind[] PROBES = Workload.ProbeKind.values();

  /** Writes one value of type {@code T}. */
  private interface Put<T> {
    void put(ScanCodec.Writer w, T value) throws IOException;
  }

  /** Reads one value of type {@code T}. */
  private interface Get<T> {
    T get(ScanCodec.Reader r) throws IOException;
  }

  static void write(ScanCodec.Writer w, FileWiring f) throws IOException {
    w.bool(!f.isEmpty());
    if (f.isEmpty()) {
      return;
    }
    list(w, f.workloads(), WiringCodec::workload);
    list(w, f.services(), WiringCodec::service);
    list(w, f.backends(), WiringCodec::backend);
    list(w, f.configMaps(), WiringCodec::configMap);
    list(w, f.compose(), WiringCodec::compose);
    list(w, f.images(), WiringCodec::image);
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
  }

  static FileWiring read(ScanCodec.Reader r) throws IOException {
    if (!r.bool()) {
      return FileWiring.EMPTY;
    }
    return new FileWiring(
        list(r, WiringCodec::workload),
        list(r, WiringCodec::service),
        list(r, WiringCodec::backend),
        list(r, WiringCodec::configMap),
        list(r, WiringCodec::compose),
        list(r, WiringCodec::image),
        list(r, WiringCodec::setting),
        list(r, WiringCodec::setting),
        list(r, i -> new ProfilePort(i.string(), i.string(), setting(i))));
  }

  private static <T> void list(ScanCodec.Writer w, List<T> values, Put<T> put) throws IOException {
    w.integer(values.size());
    for (T v : values) {
      put.put(w, v);
    }
  }

  private static <T> List<T> list(ScanCodec.Reader r, Get<T> get) throws IOException {
    int n = r.count();
    List<T> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(get.get(r));
    }
    return out;
  }

  static void loc(ScanCodec.Writer w, Loc l) throws IOException {
    w.string(l.file());
    w.integer(l.line());
    w.integer(l.column());
  }

  static Loc loc(ScanCodec.Reader r) throws IOException {
    return new Loc(r.string(), r.readInt(), r.readInt());
  }

  private static void ref(ScanCodec.Writer w, PortRef p) throws IOException {
    w.integer(p.kind().ordinal());
    w.integer(p.number());
    w.string(p.name());
  }

  private static PortRef ref(ScanCodec.Reader r) throws IOException {
    return new PortRef(REF_KINDS[r.readInt()], r.readInt(), r.string());
  }

  private static void setting(ScanCodec.Writer w, Setting s) throws IOException {
    w.string(s.name());
    w.string(s.value());
    loc(w, s.loc());
  }

  private static Setting setting(ScanCodec.Reader r) throws IOException {
    return new Setting(r.string(), r.string(), loc(r));
  }

  private static void labels(ScanCodec.Writer w, Map<String, String> labels) throws IOException {
    w.integer(labels.size());
    for (Map.Entry<String, String> e : labels.entrySet()) {
      w.string(e.getKey());
      w.string(e.getValue());
    }
  }

  private static Map<String, String> labels(ScanCodec.Reader r) throws IOException {
    int n = r.count();
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      out.put(r.string(), r.string());
    }
    return out;
  }

  private static void workload(ScanCodec.Writer w, Workload x) throws IOException {
    w.string(x.kind());
    w.string(x.name());
    w.string(x.namespace());
    labels(w, x.labels());
    w.bool(x.labelsKnown());
    list(w, x.containers(), WiringCodec::container);
    loc(w, x.loc());
  }

  private static Workload workload(ScanCodec.Reader r) throws IOException {
    return new Workload(
        r.string(),
        r.string(),
        r.string(),
        labels(r),
        r.bool(),
        list(r, WiringCodec::container),
        loc(r));
  }

  private static void container(ScanCodec.Writer w, Workload.Container c) throws IOException {
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
          loc(o, p.loc());
        });
    list(w, c.env(), WiringCodec::setting);
    w.string(c.image());
    w.bool(c.launchOpen());
    loc(w, c.loc());
  }

  private static Workload.Container container(ScanCodec.Reader r) throws IOException {
    return new Workload.Container(
        r.string(),
        list(
            r,
            i ->
                new Workload.ContainerPort(
                    i.readInt(), i.string(), PROTOCOLS[i.readInt()], loc(i))),
        r.bool(),
        list(r, i -> new Workload.Probe(PROBES[i.readInt()], i.string(), ref(i), loc(i))),
        list(r, WiringCodec::setting),
        r.string(),
        r.bool(),
        loc(r));
  }

  private static void service(ScanCodec.Writer w, KubeService s) throws IOException {
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
        });
    loc(w, s.loc());
  }

  private static KubeService service(ScanCodec.Reader r) throws IOException {
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
                    i.string(), i.readInt(), ref(i), PROTOCOLS[i.readInt()], loc(i), loc(i))),
        loc(r));
  }

  private static void backend(ScanCodec.Writer w, Backend b) throws IOException {
    w.string(b.source());
    w.string(b.service());
    w.string(b.namespace());
    ref(w, b.port());
    loc(w, b.loc());
  }

  private static Backend backend(ScanCodec.Reader r) throws IOException {
    return new Backend(r.string(), r.string(), r.string(), ref(r), loc(r));
  }

  private static void configMap(ScanCodec.Writer w, ConfigMapValues c) throws IOException {
    w.string(c.name());
    w.string(c.namespace());
    list(w, c.data(), WiringCodec::setting);
  }

  private static ConfigMapValues configMap(ScanCodec.Reader r) throws IOException {
    return new ConfigMapValues(r.string(), r.string(), list(r, WiringCodec::setting));
  }

  private static void compose(ScanCodec.Writer w, ComposeService c) throws IOException {
    w.string(c.name());
    w.string(c.image());
    w.string(c.build());
    w.string(c.dockerfile());
    list(w, c.ports(), WiringCodec::setting);
    list(w, c.expose(), WiringCodec::setting);
    list(w, c.environment(), WiringCodec::setting);
    list(w, c.healthcheck(), WiringCodec::setting);
    list(w, c.aliases(), ScanCodec.Writer::string);
    w.bool(c.commandSet());
    w.string(c.extendsFile());
    w.string(c.extendsService());
    loc(w, c.loc());
  }

  private static ComposeService compose(ScanCodec.Reader r) throws IOException {
    return new ComposeService(
        r.string(),
        r.string(),
        r.string(),
        r.string(),
        list(r, WiringCodec::setting),
        list(r, WiringCodec::setting),
        list(r, WiringCodec::setting),
        list(r, WiringCodec::setting),
        list(r, ScanCodec.Reader::string),
        r.bool(),
        r.string(),
        r.string(),
        loc(r));
  }

  private static void image(ScanCodec.Writer w, DockerImage d) throws IOException {
    w.string(d.file());
    list(
        w,
        d.exposed(),
        (o, e) -> {
          o.integer(e.port());
          o.integer(e.protocol().ordinal());
          loc(o, e.loc());
        });
    w.bool(d.exposeKnown());
  }

  private static DockerImage image(ScanCodec.Reader r) throws IOException {
    return new DockerImage(
        r.string(),
        list(r, i -> new DockerImage.Exposed(i.readInt(), PROTOCOLS[i.readInt()], loc(i))),
        r.bool());
  }
}
