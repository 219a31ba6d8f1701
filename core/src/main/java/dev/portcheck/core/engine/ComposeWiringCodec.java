package dev.portcheck.core.engine;

import dev.portcheck.core.wiring.ComposeService;
import dev.portcheck.core.wiring.DockerImage;
import dev.portcheck.core.wiring.ListenFlags;
import dev.portcheck.core.wiring.Setting;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The compose services and Dockerfile images of one file's wiring facts in {@link ScanWriter} form,
 * beside {@link KubernetesWiringCodec}; {@link WiringCodec} writes the rest of the file.
 */
final class ComposeWiringCodec {
  private ComposeWiringCodec() {}

  static void compose(ScanWriter w, ComposeService c) throws IOException {
    w.string(c.name());
    w.string(c.image());
    w.string(c.build());
    w.string(c.dockerfile());
    w.string(c.target());
    WiringCodec.list(w, c.ports(), WiringCodec::setting);
    WiringCodec.list(w, c.expose(), WiringCodec::setting);
    WiringCodec.list(w, c.environment(), WiringCodec::setting);
    WiringCodec.list(w, c.healthcheck(), WiringCodec::setting);
    WiringCodec.list(w, c.aliases(), ScanWriter::string);
    WiringCodec.list(
        w,
        c.links(),
        (o, l) -> {
          o.string(l.target());
          o.string(l.alias());
        });
    WiringCodec.list(w, c.dependsOn(), ScanWriter::string);
    w.bool(c.commandSet());
    w.bool(c.keepsServer());
    w.bool(c.configMounted());
    WiringCodec.list(w, c.listens(), WiringCodec::listen);
    WiringCodec.list(w, c.dials(), WiringCodec::setting);
    w.string(c.extendsFile());
    w.string(c.extendsService());
    WiringCodec.list(w, c.envFiles(), WiringCodec::setting);
    WiringCodec.list(w, c.mounts(), WiringCodec::setting);
    WiringCodec.list(w, c.proxied(), WiringCodec::setting);
    w.string(c.networkMode());
    WiringCodec.loc(w, c.loc());
  }

  static ComposeService compose(ScanReader r) throws IOException {
    return new ComposeService(
        r.string(),
        r.string(),
        r.string(),
        r.string(),
        r.string(),
        WiringCodec.list(r, WiringCodec::setting),
        WiringCodec.list(r, WiringCodec::setting),
        WiringCodec.list(r, WiringCodec::setting),
        WiringCodec.list(r, WiringCodec::setting),
        WiringCodec.list(r, ScanReader::string),
        WiringCodec.list(r, i -> new ComposeService.Link(i.string(), i.string())),
        WiringCodec.list(r, ScanReader::string),
        r.bool(),
        r.bool(),
        r.bool(),
        WiringCodec.list(r, WiringCodec::listen),
        WiringCodec.list(r, WiringCodec::setting),
        r.string(),
        r.string(),
        WiringCodec.list(r, WiringCodec::setting),
        WiringCodec.list(r, WiringCodec::setting),
        WiringCodec.list(r, WiringCodec::setting),
        r.string(),
        WiringCodec.loc(r));
  }

  static void image(ScanWriter w, DockerImage d) throws IOException {
    w.string(d.file());
    WiringCodec.list(w, d.exposed(), ComposeWiringCodec::exposed);
    WiringCodec.list(w, d.healthchecked(), ComposeWiringCodec::exposed);
    w.bool(d.exposeKnown());
    WiringCodec.list(w, d.listens(), WiringCodec::listen);
    w.bool(d.launchOpen());
    WiringCodec.list(w, d.dials(), WiringCodec::setting);
    WiringCodec.list(w, d.launchVariables(), ScanWriter::string);
    WiringCodec.list(w, d.copied(), WiringCodec::setting);
    List<String> names = new ArrayList<>(d.stages().keySet());
    Collections.sort(names);
    w.integer(names.size());
    for (String name : names) {
      w.string(name);
      image(w, d.stages().get(name));
    }
  }

  private static void exposed(ScanWriter w, DockerImage.Exposed e) throws IOException {
    w.integer(e.port());
    w.integer(e.protocol().ordinal());
    WiringCodec.loc(w, e.loc());
  }

  private static DockerImage.Exposed exposed(ScanReader r) throws IOException {
    return new DockerImage.Exposed(
        r.readInt(), WiringCodec.PROTOCOLS[r.readInt()], WiringCodec.loc(r));
  }

  static DockerImage image(ScanReader r) throws IOException {
    String file = r.string();
    List<DockerImage.Exposed> exposed = WiringCodec.list(r, ComposeWiringCodec::exposed);
    List<DockerImage.Exposed> healthchecked = WiringCodec.list(r, ComposeWiringCodec::exposed);
    boolean known = r.bool();
    List<ListenFlags.Listen> listens = WiringCodec.list(r, WiringCodec::listen);
    boolean open = r.bool();
    List<Setting> dials = WiringCodec.list(r, WiringCodec::setting);
    List<String> launchVariables = WiringCodec.list(r, ScanReader::string);
    List<Setting> copied = WiringCodec.list(r, WiringCodec::setting);
    int count = r.readInt();
    Map<String, DockerImage> stages = new HashMap<>();
    for (int i = 0; i < count; i++) {
      stages.put(r.string(), image(r));
    }
    return new DockerImage(
        file, exposed, known, listens, open, stages, healthchecked, dials, launchVariables, copied);
  }
}
