package dev.portcheck.maven;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * The image names a module's build sets explicitly: jib's {@code <to><image>} (or {@code
 * jib.to.image}) and spring-boot {@code build-image}'s {@code <image><name>} (or {@code
 * spring-boot.build-image.imageName}), in the plugin's configuration or an execution's. Read from
 * the module's build plugins (their configuration already holds what {@code pluginManagement} gives
 * them). Defaults are not guessed; an unresolved {@code ${...}} stays and the core reads it as
 * unknown. A configuration that may change the application's port or profiles inside the image (an
 * environment, JVM flag or argument naming {@code server.port}, {@code SERVER_PORT}, {@code PORT},
 * {@code SPRING_APPLICATION_JSON} or the active profiles) gives no image: which port the image
 * listens on is not the application's files' to say.
 */
final class ModuleImageNames {
  static final String JIB = "com.google.cloud.tools:jib-maven-plugin";
  static final String SPRING_BOOT = "org.springframework.boot:spring-boot-maven-plugin";

  private static final Pattern MOVES_PORT =
      Pattern.compile(
          "(?i:server[._-]port|spring[._]profiles[._]active|spring[._]application[._]json)"
              + "|<(?:BPE_(?:DEFAULT_|OVERRIDE_)?)?PORT>|\\bPORT=");

  private ModuleImageNames() {}

  /**
   * The module's names, without those its parent's build names too: a literal name inherited from a
   * parent's plugin configuration is every child's, so it tells no module apart.
   */
  static List<String> of(MavenProject project) {
    List<String> own = declared(project);
    MavenProject parent = project.getParent();
    if (!own.isEmpty() && parent != null) {
      own.removeAll(declared(parent));
    }
    return own;
  }

  private static List<String> declared(MavenProject project) {
    List<String> out = new ArrayList<>();
    Properties properties = project.getProperties();
    for (Plugin p : project.getBuildPlugins()) {
      if (JIB.equals(p.getKey())) {
        read(p, properties, "jib.to.image", out, "to", "image");
      } else if (SPRING_BOOT.equals(p.getKey())) {
        read(p, properties, "spring-boot.build-image.imageName", out, "image", "name");
      }
    }
    return out;
  }

  private static void read(
      Plugin plugin, Properties properties, String property, List<String> out, String... path) {
    List<Object> configurations = new ArrayList<>();
    configurations.add(plugin.getConfiguration());
    for (PluginExecution e : plugin.getExecutions()) {
      configurations.add(e.getConfiguration());
    }
    List<String> found = new ArrayList<>();
    for (Object c : configurations) {
      if (c instanceof Xpp3Dom dom) {
        if (MOVES_PORT.matcher(dom.toString()).find()) {
          return;
        }
        Xpp3Dom node = dom;
        for (String name : path) {
          node = node == null ? null : node.getChild(name);
        }
        if (node != null && node.getValue() != null && !node.getValue().isBlank()) {
          found.add(node.getValue().trim());
        }
      }
    }
    if (found.isEmpty() && properties != null) {
      String value = properties.getProperty(property);
      if (value != null && !value.isBlank()) {
        found.add(value.trim());
      }
    }
    out.addAll(found);
  }
}
