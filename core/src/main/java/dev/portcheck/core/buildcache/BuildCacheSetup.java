package dev.portcheck.core.buildcache;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The build cache extension as one build runs it: found in the multi-module root's {@code
 * .mvn/extensions.xml} or, loaded another way, told by a {@code maven.build.cache.*} property; its
 * configuration from {@code maven.build.cache.configPath} or {@code
 * .mvn/maven-build-cache-config.xml}; off when {@code maven.build.cache.enabled} or the
 * configuration says so.
 */
public record BuildCacheSetup(CacheExtension extension, CacheConfig config) {
  static final String PREFIX = "maven.build.cache.";
  static final String ENABLED = PREFIX + "enabled";
  static final String CONFIG_PATH = PREFIX + "configPath";

  /**
   * The active cache of a build whose multi-module root is {@code rootDir}, given the build's user
   * and system properties; empty when the extension is absent or off.
   */
  public static Optional<BuildCacheSetup> detect(Path rootDir, Map<String, String> properties)
      throws IOException {
    String enabled = properties.get(ENABLED);
    if ("false".equalsIgnoreCase(enabled)) {
      return Optional.empty();
    }
    Optional<CacheExtension> declared =
        CacheExtension.declaredIn(rootDir.resolve(".mvn/extensions.xml"));
    boolean byProperty = properties.keySet().stream().anyMatch(k -> k.startsWith(PREFIX));
    if (declared.isEmpty() && !byProperty) {
      return Optional.empty();
    }
    String configPath = properties.get(CONFIG_PATH);
    Path configFile =
        configPath != null && !configPath.isBlank()
            ? rootDir.resolve(configPath)
            : rootDir.resolve(".mvn/maven-build-cache-config.xml");
    CacheConfig config = CacheConfig.read(configFile);
    if (!config.enabled() && !"true".equalsIgnoreCase(enabled)) {
      return Optional.empty();
    }
    return Optional.of(new BuildCacheSetup(declared.orElse(new CacheExtension(null)), config));
  }
}
