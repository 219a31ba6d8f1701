package dev.portcheck.core.engine;

import dev.portcheck.core.rules.RuleSettings;
import dev.portcheck.core.wiring.ModuleImages;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Everything one analysis needs: which files, how to read them, how to judge them.
 *
 * @param baseDir the module base directory; reported paths are relative to it
 * @param includes Ant-style globs relative to {@code baseDir}
 * @param excludes Ant-style globs relative to {@code baseDir}
 * @param charset charset of {@code .properties} and {@code .env} files (YAML is UTF-8 by spec but
 *     read with the same charset so one setting rules all)
 * @param maxFileBytes files above this size are skipped with a warning
 * @param threads files analysed in parallel; 1 for serial
 * @param ignoreSuppressions true to disregard every inline {@code portcheck:ignore} (policy builds)
 * @param images the images the module's build names, for the containers that run it
 */
public record AnalysisRequest(
    Path baseDir,
    List<String> includes,
    List<String> excludes,
    Charset charset,
    long maxFileBytes,
    int threads,
    RuleSettings ruleSettings,
    boolean ignoreSuppressions,
    ModuleImages images) {

  /**
   * Every YAML, {@code .properties} and {@code .env} file of the module: what a file configures is
   * told by its content (a Kubernetes object, a compose file, a Helm chart, an application's
   * configuration), wherever it sits, and a file that holds no port says nothing.
   */
  public static final List<String> DEFAULT_INCLUDES =
      List.of(
          "**/*.yml",
          "**/*.yaml",
          "**/*.properties",
          "**/*.env",
          "**/.env",
          "**/.env.*",
          "**/Dockerfile*" /* wiring: a compose build context's EXPOSE */,
          "**/*.conf" /* wiring: nginx servers and proxies */,
          "**/*.conf.template");

  /**
   * Build output, dependencies, hidden folders (VCS, IDE, CI), tests, hidden YAML files (CI and
   * tool settings) and portcheck's own configuration.
   */
  public static final List<String> DEFAULT_EXCLUDES =
      List.of(
          "target/**",
          "**/node_modules/**",
          "**/bower_components/**",
          "**/vendor/**",
          "**/.*/**",
          "**/src/test/**",
          "**/tests/*_test.yaml" /* helm-unittest fixtures: assertions, not manifests */,
          "**/tests/**/*_test.yaml",
          "**/.*.yml",
          "**/.*.yaml",
          "portcheck.properties");

  public static final long DEFAULT_MAX_FILE_BYTES = 10L * 1024 * 1024;

  public AnalysisRequest {
    Objects.requireNonNull(baseDir, "baseDir");
    includes = List.copyOf(includes);
    excludes = List.copyOf(excludes);
    Objects.requireNonNull(charset, "charset");
    Objects.requireNonNull(ruleSettings, "ruleSettings");
    threads = Math.max(1, threads);
    images = images == null ? ModuleImages.NONE : images;
  }

  /** A request for a module whose build names no image. */
  public AnalysisRequest(
      Path baseDir,
      List<String> includes,
      List<String> excludes,
      Charset charset,
      long maxFileBytes,
      int threads,
      RuleSettings ruleSettings,
      boolean ignoreSuppressions) {
    this(
        baseDir,
        includes,
        excludes,
        charset,
        maxFileBytes,
        threads,
        ruleSettings,
        ignoreSuppressions,
        ModuleImages.NONE);
  }

  /** This request for a module whose build names {@code moduleImages}. */
  public AnalysisRequest withImages(ModuleImages moduleImages) {
    return new AnalysisRequest(
        baseDir,
        includes,
        excludes,
        charset,
        maxFileBytes,
        threads,
        ruleSettings,
        ignoreSuppressions,
        moduleImages);
  }

  /** A request with every default, for {@code baseDir}. */
  public static AnalysisRequest defaults(Path baseDir) {
    return new AnalysisRequest(
        baseDir,
        DEFAULT_INCLUDES,
        DEFAULT_EXCLUDES,
        StandardCharsets.UTF_8,
        DEFAULT_MAX_FILE_BYTES,
        1,
        RuleSettings.DEFAULTS,
        false);
  }
}
