package dev.portcheck.core.buildcache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.w3c.dom.Element;

/**
 * The Apache Maven Build Cache Extension as a build declares it: its version, or {@code null} when
 * it is loaded some other way (the {@code maven.build.cache.*} properties tell it is there).
 */
public record CacheExtension(String version) {
  static final String GROUP_ID = "org.apache.maven.extensions";
  static final String ARTIFACT_ID = "maven-build-cache-extension";

  /** The extension declared in {@code extensionsXml} ({@code .mvn/extensions.xml}), if any. */
  public static Optional<CacheExtension> declaredIn(Path extensionsXml) throws IOException {
    if (!Files.isRegularFile(extensionsXml)) {
      return Optional.empty();
    }
    for (Element e : XmlFile.all(XmlFile.root(extensionsXml), "extension")) {
      if (ARTIFACT_ID.equals(XmlFile.childText(e, "artifactId").orElse(""))
          && GROUP_ID.equals(XmlFile.childText(e, "groupId").orElse(GROUP_ID))) {
        return Optional.of(new CacheExtension(XmlFile.childText(e, "version").orElse(null)));
      }
    }
    return Optional.empty();
  }

  /**
   * True from 1.3.0 on, whose includes take {@code includeHidden}; earlier versions skip hidden
   * files in every folder they walk (and reject the attribute). Unknown means no.
   */
  public boolean takesIncludeHidden() {
    if (version == null) {
      return false;
    }
    String[] parts = version.split("[.-]");
    try {
      int major = Integer.parseInt(parts[0]);
      int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
      return major > 1 || (major == 1 && minor >= 3);
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** How the log names it: {@code maven-build-cache-extension 1.2.3}. */
  public String describe() {
    return ARTIFACT_ID + (version == null ? "" : " " + version);
  }
}
