package dev.portcheck.core.config;

import dev.portcheck.core.findings.Severity;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.configuration2.FileBasedConfiguration;
import org.apache.commons.configuration2.PropertiesConfiguration;
import org.apache.commons.configuration2.YAMLConfiguration;
import org.apache.commons.configuration2.ex.ConfigurationException;
import org.apache.commons.configuration2.interpol.ConfigurationInterpolator;
import org.apache.commons.configuration2.interpol.DefaultLookups;

/**
 * The optional project configuration file in the module base directory, {@code .portcheck.yml} or
 * {@code portcheck.properties}, read through Apache Commons Configuration so values may use {@code
 * ${env:NAME}} and {@code ${sys:name}}. Its settings sit under the pom's: a value set in the pom or
 * with {@code -D} wins.
 */
public final class ProjectConfigFile {
  public static final List<String> FILE_NAMES = List.of(".portcheck.yml", "portcheck.properties");

  private ProjectConfigFile() {}

  /** The settings of the first configuration file present, or empty when there is none. */
  public static Optional<ProjectSettings> read(Path baseDir) throws IOException {
    for (String name : FILE_NAMES) {
      Path file = baseDir.resolve(name);
      if (Files.isRegularFile(file)) {
        return Optional.of(parse(file));
      }
    }
    return Optional.empty();
  }

  static ProjectSettings parse(Path file) throws IOException {
    String name = dev.portcheck.core.files.ConfigFile.nameOf(file);
    FileBasedConfiguration config =
        name.endsWith(".yml") ? new YAMLConfiguration() : new PropertiesConfiguration();
    ConfigurationInterpolator interpolator = new ConfigurationInterpolator();
    interpolator.registerLookup("env", DefaultLookups.ENVIRONMENT.getLookup());
    interpolator.registerLookup("sys", DefaultLookups.SYSTEM_PROPERTIES.getLookup());
    ((org.apache.commons.configuration2.AbstractConfiguration) config)
        .setInterpolator(interpolator);
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      config.read(reader);
    } catch (ConfigurationException | RuntimeException e) {
      throw new IOException(name + ": cannot be read: " + e.getMessage(), e);
    }
    org.apache.commons.configuration2.Configuration c =
        (org.apache.commons.configuration2.Configuration) config;
    Map<String, RuleConfig> rules = new LinkedHashMap<>();
    Set<String> ruleIds = new HashSet<>();
    for (Iterator<String> keys = c.getKeys("rules"); keys.hasNext(); ) {
      String key = keys.next();
      String[] parts = key.split("\\.");
      if (parts.length == 3) {
        ruleIds.add(parts[1]);
      }
    }
    for (String id : ruleIds.stream().sorted().toList()) {
      String prefix = "rules." + id + ".";
      Optional<Severity> severity =
          Optional.ofNullable(string(c, prefix + "severity"))
              .map(s -> parseSeverity(file, prefix + "severity", s));
      Set<Integer> allowed = new HashSet<>();
      for (String port : list(c, prefix + "allowedPorts")) {
        allowed.add(parsePort(file, prefix + "allowedPorts", port));
      }
      rules.put(id, new RuleConfig(id, severity, allowed, list(c, prefix + "excludes")));
    }
    return new ProjectSettings(
        Optional.ofNullable(string(c, "failOnSeverity")),
        Optional.ofNullable(joined(c, "formats")),
        Optional.ofNullable(joined(c, "includes")),
        Optional.ofNullable(joined(c, "excludes")),
        Optional.ofNullable(string(c, "encoding")),
        Optional.ofNullable(joined(c, "disabledRules")),
        Optional.ofNullable(string(c, "ignoreSuppressions")).map(Boolean::parseBoolean),
        rules);
  }

  private static String string(org.apache.commons.configuration2.Configuration c, String key) {
    List<String> values = list(c, key);
    return values.isEmpty() ? null : String.join(",", values);
  }

  private static String joined(org.apache.commons.configuration2.Configuration c, String key) {
    return string(c, key);
  }

  /** A list written as YAML sequence, repeated key, or comma list. */
  private static List<String> list(org.apache.commons.configuration2.Configuration c, String key) {
    List<String> out = new ArrayList<>();
    if (!c.containsKey(key)) {
      return out;
    }
    for (String v : c.getStringArray(key)) {
      Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(out::add);
    }
    return out;
  }

  private static Severity parseSeverity(Path file, String key, String value) {
    try {
      return Severity.parse(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          dev.portcheck.core.files.ConfigFile.nameOf(file) + ": " + key + ": " + e.getMessage());
    }
  }

  private static int parsePort(Path file, String key, String value) {
    try {
      int port = Integer.parseInt(value.trim());
      if (port >= 0 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException ignored) {
      // reported below
    }
    throw new IllegalArgumentException(
        dev.portcheck.core.files.ConfigFile.nameOf(file)
            + ": "
            + key
            + ": '"
            + value
            + "' is not a port: expected integers in 0..65535");
  }
}
