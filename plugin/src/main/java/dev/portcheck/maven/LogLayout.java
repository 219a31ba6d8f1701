package dev.portcheck.maven;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.maven.execution.MavenSession;

/**
 * Whether Maven writes each log line as {@code [LEVEL] message} in plain text and nothing else.
 * Then {@link FindingLog} may hand Maven many finding lines in one call, writing the level of each
 * line after the first itself, and the log reads byte for byte as with one call per line; Maven's
 * logger prints and flushes every call on its own, which made logging 21,000 findings a second of
 * an unchanged re-run.
 *
 * <p>Only Maven 3's logger with its shipped layout qualifies: {@code
 * conf/logging/simplelogger.properties} of {@code maven.home} and no system property changing the
 * date, thread, logger name, brackets or the warning's name; and no colours ({@code -B}, a log file
 * or output that is no terminal, unless {@code style.color=always}). Maven 4, an IDE's embedded
 * Maven or any other layout: one call per line, as before.
 */
final class LogLayout {
  private static final String PREFIX = "org.slf4j.simpleLogger.";

  private LogLayout() {}

  static boolean plainLines(MavenSession session, Properties system) {
    boolean interactive = session != null && session.getRequest().isInteractiveMode();
    return plainLines(system, interactive, System.console() != null);
  }

  /** The decision for these system properties, interactive mode and terminal. */
  static boolean plainLines(Properties system, boolean interactive, boolean terminal) {
    String color = system.getProperty("style.color", "auto");
    boolean coloured =
        color.equals("always") || (!color.equals("never") && interactive && terminal);
    if (coloured) {
      return false;
    }
    String home = system.getProperty("maven.home");
    if (home == null) {
      return false;
    }
    Properties layout = new Properties();
    try (InputStream in =
        Files.newInputStream(Path.of(home, "conf", "logging", "simplelogger.properties"))) {
      layout.load(in);
    } catch (IOException | RuntimeException notMaven3) {
      return false;
    }
    for (String name : system.stringPropertyNames()) {
      if (name.startsWith(PREFIX)) {
        layout.setProperty(name, system.getProperty(name));
      }
    }
    // absent, each takes SimpleLogger's own default: thread and logger name shown, no brackets
    return is(layout, "showDateTime", "false", "false")
        && is(layout, "showThreadName", "false", "true")
        && is(layout, "showLogName", "false", "true")
        && is(layout, "showShortLogName", "false", "false")
        && is(layout, "levelInBrackets", "true", "false")
        && is(layout, "warnLevelString", "WARNING", "WARN");
  }

  private static boolean is(Properties layout, String key, String expected, String otherwise) {
    return layout.getProperty(PREFIX + key, otherwise).trim().equalsIgnoreCase(expected);
  }
}
