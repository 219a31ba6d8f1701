package dev.portcheck.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.model.ImageName;
import dev.portcheck.core.wiring.ModuleImages;
import java.util.List;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.junit.jupiter.api.Test;

class ModuleImageNamesTest {
  private static Xpp3Dom dom(String... pathAndValue) {
    Xpp3Dom root = new Xpp3Dom("configuration");
    Xpp3Dom node = root;
    for (int i = 0; i < pathAndValue.length - 1; i++) {
      Xpp3Dom child = new Xpp3Dom(pathAndValue[i]);
      node.addChild(child);
      node = child;
    }
    node.setValue(pathAndValue[pathAndValue.length - 1]);
    return root;
  }

  private static Plugin plugin(String key, Xpp3Dom configuration) {
    Plugin p = new Plugin();
    p.setGroupId(key.substring(0, key.indexOf(':')));
    p.setArtifactId(key.substring(key.indexOf(':') + 1));
    p.setConfiguration(configuration);
    return p;
  }

  private static MavenProject project(Plugin... plugins) {
    Model model = new Model();
    model.setBuild(new Build());
    for (Plugin p : plugins) {
      model.getBuild().addPlugin(p);
    }
    return new MavenProject(model);
  }

  @Test
  void readsJibAndSpringBootImageNames() {
    MavenProject project =
        project(
            plugin(ModuleImageNames.JIB, dom("to", "image", "gcr.io/shop/app:1")),
            plugin(ModuleImageNames.SPRING_BOOT, dom("image", "name", "shop/app-boot")));
    assertThat(ModuleImageNames.of(project)).containsExactly("gcr.io/shop/app:1", "shop/app-boot");
  }

  @Test
  void anExecutionsConfigurationAndThePropertiesCountToo() {
    Plugin jib = plugin(ModuleImageNames.JIB, null);
    PluginExecution e = new PluginExecution();
    e.setConfiguration(dom("to", "image", "shop/exec"));
    jib.addExecution(e);
    assertThat(ModuleImageNames.of(project(jib))).containsExactly("shop/exec");
    MavenProject byProperty = project(plugin(ModuleImageNames.SPRING_BOOT, null));
    byProperty.getProperties().setProperty("spring-boot.build-image.imageName", "shop/prop");
    assertThat(ModuleImageNames.of(byProperty)).containsExactly("shop/prop");
  }

  @Test
  void noDefaultsAndUnresolvedNamesAreUnknown() {
    assertThat(ModuleImageNames.of(project(plugin(ModuleImageNames.JIB, null)))).isEmpty();
    assertThat(ModuleImageNames.of(project())).isEmpty();
    List<String> unresolved =
        ModuleImageNames.of(
            project(plugin(ModuleImageNames.JIB, dom("to", "image", "${docker.registry}/app"))));
    assertThat(ModuleImages.of(unresolved).names()).isEmpty();
  }

  @Test
  void aConfigurationThatMaySetThePortGivesNoImage() {
    Xpp3Dom config = dom("to", "image", "shop/app");
    Xpp3Dom container = new Xpp3Dom("container");
    Xpp3Dom env = new Xpp3Dom("environment");
    Xpp3Dom port = new Xpp3Dom("SERVER_PORT");
    port.setValue("9000");
    env.addChild(port);
    container.addChild(env);
    config.addChild(container);
    assertThat(ModuleImageNames.of(project(plugin(ModuleImageNames.JIB, config)))).isEmpty();
    Xpp3Dom exposing = dom("to", "image", "shop/app");
    Xpp3Dom ports = new Xpp3Dom("ports");
    Xpp3Dom one = new Xpp3Dom("port");
    one.setValue("8080");
    ports.addChild(one);
    exposing.addChild(ports);
    assertThat(ModuleImageNames.of(project(plugin(ModuleImageNames.JIB, exposing))))
        .map(r -> ImageName.parse(r).orElseThrow().repository())
        .containsExactly("shop/app");
  }

  @Test
  void aNameInheritedFromTheParentTellsNoModuleApart() {
    MavenProject parent =
        project(plugin(ModuleImageNames.JIB, dom("to", "image", "shop/everyone")));
    MavenProject child = project(plugin(ModuleImageNames.JIB, dom("to", "image", "shop/everyone")));
    child.setParent(parent);
    assertThat(ModuleImageNames.of(child)).isEmpty();
    MavenProject own = project(plugin(ModuleImageNames.JIB, dom("to", "image", "shop/child")));
    own.setParent(parent);
    assertThat(ModuleImageNames.of(own)).containsExactly("shop/child");
  }
}
