package dev.portcheck.core.wiring;

import dev.portcheck.core.candidates.ComposePortSpec;
import dev.portcheck.core.candidates.ComposePortSpec.LongField;
import dev.portcheck.core.entries.LocatedEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads the services of a compose file: image, build, ports, expose, environment, healthcheck. */
final class ComposeFacts {
  private ComposeFacts() {}

  /** Keys only a compose service definition has; a {@code services:} mapping without any is not. */
  private static final List<String> SERVICE_KEYS =
      dev.portcheck.core.entries.ComposeServiceFields.DISTINCTIVE;

  // Loops, not streams, in what runs for every file: a cold JVM runs them first.
  private static boolean hasServices(List<LocatedEntry> entries) {
    for (LocatedEntry e : entries) {
      if (e.document() == 0 && dev.portcheck.core.entries.ComposeKeys.isServiceKey(e.key())) {
        return true;
      }
    }
    return false;
  }

  /**
   * A service definition: it has a field only compose services have, or only fields compose gives a
   * service, as a base that others {@code extends} may have ({@code networks:} alone).
   */
  private static boolean isServiceDefinition(KeyTree svc) {
    for (String k : SERVICE_KEYS) {
      if (svc.at(k).exists()) {
        return true;
      }
    }
    Map<String, KeyTree> fields = svc.fields();
    return !fields.isEmpty()
        && fields.keySet().stream()
            .allMatch(dev.portcheck.core.entries.ComposeServiceFields.ALL::contains);
  }

  /**
   * The files a compose file's top-level {@code include:} names: a list of paths, or of {@code
   * path:} entries whose path is one file or a list (those merge into one another; each counts).
   */
  static List<Setting> includes(String file, List<LocatedEntry> entries) {
    boolean any = false;
    for (LocatedEntry e : entries) {
      String k = e.key();
      if (e.document() == 0
          && k.startsWith("include")
          && (k.length() == 7 || k.charAt(7) == '.' || k.charAt(7) == '[')) {
        any = true;
        break;
      }
    }
    if (!any) {
      return List.of();
    }
    List<LocatedEntry> first = new ArrayList<>();
    for (LocatedEntry e : entries) {
      if (e.document() == 0) {
        first.add(e);
      }
    }
    List<Setting> out = new ArrayList<>();
    for (KeyTree item : KeyTree.of(first, "").at("include").items()) {
      if (item.entry() != null) {
        out.add(setting(file, "include", item.entry()));
      }
      KeyTree path = item.at("path");
      if (path.entry() != null) {
        out.add(setting(file, "include", path.entry()));
      }
      path.items().stream()
          .filter(p -> p.entry() != null)
          .forEach(p -> out.add(setting(file, "include", p.entry())));
    }
    return out;
  }

  static List<ComposeService> read(String file, List<LocatedEntry> entries) {
    // Only a top-level services mapping makes a compose file: others are spared the tree.
    if (!hasServices(entries)) {
      return List.of();
    }
    // An ArrayList, as the Kubernetes objects hand KeyTree: one list type keeps its loop compiled
    // once.
    List<LocatedEntry> first = new ArrayList<>();
    for (LocatedEntry e : entries) {
      if (e.document() == 0) {
        first.add(e);
      }
    }
    KeyTree root = KeyTree.of(first, "");
    List<ComposeService> out = new ArrayList<>();
    for (Map.Entry<String, KeyTree> s : root.at("services").fields().entrySet()) {
      KeyTree svc = s.getValue();
      if (!isServiceDefinition(svc)) {
        continue;
      }
      out.add(service(file, s.getKey(), svc));
    }
    return out;
  }

  private static ComposeService service(String file, String name, KeyTree svc) {
    String build = svc.value("build");
    if (build == null) {
      build = svc.value("build", "context");
    }
    String dockerfile = svc.value("build", "dockerfile");
    List<Setting> ports = new ArrayList<>();
    for (KeyTree p : svc.at("ports").items()) {
      if (p.entry() != null) {
        ports.add(setting(file, "ports", p.entry()));
      } else if (p.at(LongField.TARGET.key()).entry() != null) {
        // Kept as the short syntax it stands for, which interpolation and one parser then read.
        LocatedEntry target = p.at(LongField.TARGET.key()).entry();
        String spec =
            ComposePortSpec.shortForm(
                p.value(LongField.PUBLISHED.key()),
                target.value(),
                p.value(LongField.PROTOCOL.key()));
        ports.add(new Setting("ports", spec, loc(file, target)));
      }
    }
    List<Setting> expose = new ArrayList<>();
    for (KeyTree e : svc.at("expose").items()) {
      if (e.entry() != null) {
        expose.add(setting(file, "expose", e.entry()));
      }
    }
    List<Setting> all = new ArrayList<>();
    // A list (- PORT=8080) reaches here as the map compose makes of it (ComposeFragment).
    for (Map.Entry<String, KeyTree> v : svc.at("environment").fields().entrySet()) {
      LocatedEntry entry = v.getValue().entry();
      if (entry != null) {
        String value = isUnset(entry) ? "${" + v.getKey() + "}" : entry.value();
        all.add(new Setting(v.getKey(), value, loc(file, entry)));
      }
    }
    // A name without a value (- CHECKOUT_ADDR) passes the variable through: compose takes its
    // value from the shell or the project's .env, as it interpolates ${CHECKOUT_ADDR}.
    for (KeyTree item : svc.at("environment").items()) {
      LocatedEntry entry = item.entry();
      if (entry != null && ENV_NAME.matcher(entry.value()).matches()) {
        all.add(new Setting(entry.value(), "${" + entry.value() + "}", loc(file, entry)));
      }
    }
    List<Setting> environment = new ArrayList<>();
    for (Setting s : all) {
      if (kept(s.name(), s.value())) {
        environment.add(s);
      }
    }
    environment.addAll(HostPortPairs.join(all));
    List<Setting> healthcheck = ComposeCommands.healthcheck(file, svc.at("healthcheck", "test"));
    List<String> aliases = new ArrayList<>();
    for (String key : List.of("hostname", "container_name")) {
      String v = svc.value(key);
      if (v != null && !v.isEmpty()) {
        aliases.add(v);
      }
    }
    for (KeyTree network : svc.at("networks").fields().values()) {
      for (KeyTree alias : network.at("aliases").items()) {
        if (alias.entry() != null) {
          aliases.add(alias.entry().value());
        }
      }
    }
    List<ComposeService.Link> links = new ArrayList<>();
    for (String key : List.of("links", "external_links")) {
      for (KeyTree link : svc.at(key).items()) {
        if (link.entry() != null) {
          ComposeService.Link.parse(link.entry().value()).ifPresent(links::add);
        }
      }
    }
    List<String> dependsOn = new ArrayList<>(svc.at("depends_on").fields().keySet());
    for (KeyTree d : svc.at("depends_on").items()) {
      if (d.entry() != null) {
        dependsOn.add(d.entry().value());
      }
    }
    String image = svc.value("image");
    LocatedEntry anchor = firstEntry(svc);
    return new ComposeService(
        name,
        image == null ? "" : image,
        build == null ? "" : build,
        dockerfile == null ? "" : dockerfile,
        orEmpty(svc.value("build", "target")),
        ports,
        expose,
        environment,
        healthcheck,
        aliases,
        links,
        dependsOn,
        svc.at("command").exists() || svc.at("entrypoint").exists(),
        // Which program the image runs does not depend on its tag, which a variable may write.
        !svc.at("entrypoint").exists()
            && ComposeCommands.keepsServer(
                svc.at("command"), image == null ? null : ComposeProject.withoutTag(image)),
        ComposeVolumes.replaceConfig(svc.at("volumes")),
        ListenFlags.of(ComposeCommands.words(file, svc)),
        ComposeCommands.dials(file, svc),
        orEmpty(svc.value("extends", "file")),
        orEmpty(
            svc.value("extends") != null ? svc.value("extends") : svc.value("extends", "service")),
        envFiles(file, svc.at("env_file")),
        ComposeVolumes.binds(file, svc.at("volumes")),
        ProxyLabels.of(file, name, svc),
        orEmpty(svc.value("network_mode")),
        anchor == null ? new Loc(file, 1, 1) : loc(file, anchor));
  }

  private static final java.util.regex.Pattern ENV_NAME =
      java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  /** {@code NAME:} with no value (YAML null), which compose passes through like {@code - NAME}. */
  private static boolean isUnset(LocatedEntry e) {
    String raw = e.raw().trim();
    return e.value().isEmpty() && (raw.isEmpty() || raw.equals("~") || raw.equals("null"));
  }

  /**
   * Whether an environment entry can matter to wiring: any variable may, since an application's
   * placeholder ({@code ${MYSQL_HOST:db}}) reads whichever its service sets, and a variable left
   * out would read as unset. Only a value too long to be a setting (a certificate, a script) is
   * left out of the index.
   */
  static boolean kept(String name, String value) {
    return value.length() <= 1024 || value.indexOf(':') >= 0 && value.length() <= 8192;
  }

  /**
   * The {@code env_file} paths: one string, a list of strings, or a list of {@code path:} maps; one
   * that sets {@code required: false} is named {@link EnvFiles#OPTIONAL}.
   */
  private static List<Setting> envFiles(String file, KeyTree envFile) {
    List<Setting> out = new ArrayList<>();
    if (envFile.entry() != null) {
      out.add(setting(file, "env_file", envFile.entry()));
    }
    for (KeyTree item : envFile.items()) {
      LocatedEntry path = item.entry() != null ? item.entry() : item.at("path").entry();
      if (path != null) {
        boolean optional = "false".equalsIgnoreCase(item.value("required"));
        out.add(setting(file, optional ? EnvFiles.OPTIONAL : "env_file", path));
      }
    }
    return out;
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }

  private static LocatedEntry firstEntry(KeyTree node) {
    List<LocatedEntry> all = new ArrayList<>();
    node.collect(all);
    LocatedEntry first = null;
    for (LocatedEntry e : all) {
      if (first == null
          || e.line() < first.line()
          || e.line() == first.line() && e.column() < first.column()) {
        first = e;
      }
    }
    return first;
  }

  static Setting setting(String file, String name, LocatedEntry e) {
    return new Setting(name, e.value(), loc(file, e));
  }

  static Loc loc(String file, LocatedEntry e) {
    dev.portcheck.core.entries.Position at = e.positionOf(0);
    return new Loc(file, at.line(), at.column());
  }
}
