package dev.portcheck.core.buildcache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheExtensionTest {
  @TempDir Path dir;

  @Test
  void findsTheExtensionAmongOthers() throws IOException {
    Path file = dir.resolve("extensions.xml");
    Files.writeString(
        file,
        """
        <extensions xmlns="http://maven.apache.org/EXTENSIONS/1.1.0">
          <extension>
            <groupId>org.example</groupId><artifactId>other</artifactId><version>1</version>
          </extension>
          <extension>
            <groupId>org.apache.maven.extensions</groupId>
            <artifactId> maven-build-cache-extension </artifactId>
            <version>1.2.3</version>
          </extension>
        </extensions>
        """);
    assertThat(CacheExtension.declaredIn(file)).contains(new CacheExtension("1.2.3"));
  }

  @Test
  void noFileOrNoEntryIsNoExtension() throws IOException {
    assertThat(CacheExtension.declaredIn(dir.resolve("absent.xml"))).isEmpty();
    Path file = dir.resolve("extensions.xml");
    Files.writeString(file, "<extensions/>");
    assertThat(CacheExtension.declaredIn(file)).isEmpty();
  }

  @Test
  void brokenXmlNamesTheFile() throws IOException {
    Path file = dir.resolve("extensions.xml");
    Files.writeString(file, "<extensions><extension>");
    assertThatThrownBy(() -> CacheExtension.declaredIn(file))
        .isInstanceOf(IOException.class)
        .hasMessageContaining(file.toString());
  }

  @Test
  void aDoctypeIsRefused() throws IOException {
    Path file = dir.resolve("extensions.xml");
    Files.writeString(
        file,
        "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><extensions>&e;</extensions>");
    assertThatThrownBy(() -> CacheExtension.declaredIn(file)).isInstanceOf(IOException.class);
  }

  @Test
  void includeHiddenFromOneThreeOn() {
    assertThat(new CacheExtension("1.2.3").takesIncludeHidden()).isFalse();
    assertThat(new CacheExtension("1.3.0").takesIncludeHidden()).isTrue();
    assertThat(new CacheExtension("1.10.1-SNAPSHOT").takesIncludeHidden()).isTrue();
    assertThat(new CacheExtension("2.0").takesIncludeHidden()).isTrue();
    assertThat(new CacheExtension(null).takesIncludeHidden()).isFalse();
    assertThat(new CacheExtension("${v}").takesIncludeHidden()).isFalse();
  }

  @Test
  void describesItself() {
    assertThat(new CacheExtension("1.3.0").describe())
        .isEqualTo("maven-build-cache-extension 1.3.0");
    assertThat(new CacheExtension(null).describe()).isEqualTo("maven-build-cache-extension");
  }
}
