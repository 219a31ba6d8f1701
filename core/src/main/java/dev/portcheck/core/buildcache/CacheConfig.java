package dev.portcheck.core.buildcache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;

/**
 * What portcheck needs from the extension's {@code maven-build-cache-config.xml}: whether the cache
 * is on, the inputs added to every module and whether {@code portcheck:verify} runs even on a hit.
 *
 * @param enabled {@code <configuration><enabled>}, true when absent
 * @param glob the global file name glob ({@code <input><global><glob>}), {@code *} when absent
 * @param includes the global includes
 * @param verifyRunsAlways true when {@code <executionControl><runAlways>} names portcheck's plugin,
 *     its {@code verify} goal or executions of it
 */
public record CacheConfig(
    boolean enabled, String glob, List<CacheInclude> includes, boolean verifyRunsAlways) {
  static final String PLUGIN_ARTIFACT_ID = "portcheck-maven-plugin";

  /** The extension's defaults: no configuration file. */
  public static final CacheConfig DEFAULT = new CacheConfig(true, "*", List.of(), false);

  public CacheConfig {
    includes = List.copyOf(includes);
  }

  /** The configuration in {@code file}; {@link #DEFAULT} when there is none. */
  public static CacheConfig read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return DEFAULT;
    }
    Element root = XmlFile.root(file);
    boolean enabled =
        XmlFile.child(root, "configuration")
            .flatMap(c -> XmlFile.childText(c, "enabled"))
            .map(Boolean::parseBoolean)
            .orElse(true);
    Optional<Element> global = XmlFile.child(root, "input", "global");
    String glob = global.flatMap(g -> XmlFile.childText(g, "glob")).orElse("*");
    List<CacheInclude> includes = new ArrayList<>();
    global.ifPresent(
        g -> {
          for (Element e : XmlFile.all(g, "includes", "include")) {
            includes.add(
                new CacheInclude(
                    XmlFile.text(e),
                    attribute(e, "glob"),
                    !"false".equals(attribute(e, "recursive")),
                    "true".equals(attribute(e, "includeHidden"))));
          }
        });
    return new CacheConfig(enabled, glob, includes, verifyRunsAlways(root));
  }

  private static boolean verifyRunsAlways(Element root) {
    Optional<Element> runAlways = XmlFile.child(root, "executionControl", "runAlways");
    if (runAlways.isEmpty()) {
      return false;
    }
    for (Element p : XmlFile.all(runAlways.get(), "plugins", "plugin")) {
      if (isPortcheck(p)) {
        return true;
      }
    }
    for (Element e : XmlFile.all(runAlways.get(), "executions", "execution")) {
      if (isPortcheck(e)) {
        return true;
      }
    }
    for (Element list : XmlFile.all(runAlways.get(), "goalsLists", "goalsList")) {
      if (isPortcheck(list)
          && XmlFile.all(list, "goals", "goal").stream()
              .map(XmlFile::text)
              .anyMatch("verify"::equals)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPortcheck(Element e) {
    return PLUGIN_ARTIFACT_ID.equals(attribute(e, "artifactId"));
  }

  private static String attribute(Element e, String name) {
    String value = e.getAttribute(name).trim();
    return value.isEmpty() ? null : value;
  }
}
