package dev.portcheck.core.engine;

import dev.portcheck.core.candidates.Protocol;
import dev.portcheck.core.entries.LocatedEntry;
import dev.portcheck.core.entries.TemplateBranches;
import dev.portcheck.core.wiring.ChartTemplate;
import dev.portcheck.core.wiring.FileWiring;
import dev.portcheck.core.wiring.Kustomize;
import dev.portcheck.core.wiring.ListenFlags;
import dev.portcheck.core.wiring.Loc;
import dev.portcheck.core.wiring.PortRef;
import dev.portcheck.core.wiring.ProfilePort;
import dev.portcheck.core.wiring.Setting;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The wiring facts of one file in {@link ScanWriter} form, so the incremental index keeps them and
 * an unchanged file is not read again to rebuild the model. Most files hold none: they cost one
 * flag. The Kubernetes objects are written by {@link KubernetesWiringCodec}, the configurations of
 * other programs and the monitors and network policies by {@link ProgramWiringCodec}.
 */
final class WiringCodec {
  private WiringCodec() {}

  /** Protocols by ordinal, for all the wiring codecs. */
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
    list(w, f.nginx(), ProgramWiringCodec::nginx);
    list(w, f.collectors(), ProgramWiringCodec::collector);
    list(w, f.monitors(), ProgramWiringCodec::monitor);
    list(w, f.policies(), ProgramWiringCodec::policy);
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
        list(r, ProgramWiringCodec::nginx),
        list(r, ProgramWiringCodec::collector),
        list(r, ProgramWiringCodec::monitor),
        list(r, ProgramWiringCodec::policy));
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
