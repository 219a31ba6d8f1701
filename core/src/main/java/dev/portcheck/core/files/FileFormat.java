package dev.portcheck.core.files;

import java.util.Locale;
import java.util.Optional;

/** The syntaxes portcheck reads, chosen from the file name. */
public enum FileFormat {
  PROPERTIES,
  YAML,
  /**
   * {@code KEY=value} files such as {@code .env}, {@code prod.env} and {@code .env.production}
   * (what compose loads by {@code env_file}).
   */
  ENV,
  /** {@code Dockerfile}, {@code Dockerfile.dev}, {@code app.Dockerfile}: read for wiring only. */
  DOCKERFILE,
  /**
   * {@code *.conf} and {@code *.conf.template}: read for the nginx servers and proxies they
   * configure, wiring only; another program's {@code .conf} holds none and says nothing.
   */
  NGINX;

  /** The format for a file name, empty when portcheck does not read such files. */
  public static Optional<FileFormat> forFileName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".properties")) {
      return Optional.of(PROPERTIES);
    }
    if (name.endsWith(".yml") || name.endsWith(".yaml")) {
      return Optional.of(YAML);
    }
    if (name.equals(".env") || name.endsWith(".env") || name.startsWith(".env.")) {
      return Optional.of(ENV);
    }
    if ((name.equals("dockerfile")
            || name.startsWith("dockerfile.")
            || name.endsWith(".dockerfile"))
        && !name.endsWith(".dockerignore")) {
      return Optional.of(DOCKERFILE);
    }
    if (name.endsWith(".conf") || name.endsWith(".conf.template")) {
      return Optional.of(NGINX);
    }
    return Optional.empty();
  }
}
