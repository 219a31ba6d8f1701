package dev.portcheck.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogLayoutTest {
  /** The logging configuration Maven 3.9.11 ships. */
  private static final String SHIPPED =
      """
      org.slf4j.simpleLogger.defaultLogLevel=info
      org.slf4j.simpleLogger.showDateTime=false
      org.slf4j.simpleLogger.showThreadName=false
      org.slf4j.simpleLogger.showLogName=false
      org.slf4j.simpleLogger.logFile=System.out
      org.slf4j.simpleLogger.cacheOutputStream=true
      org.slf4j.simpleLogger.levelInBrackets=true
      org.slf4j.simpleLogger.log.Sisu=info
      org.slf4j.simpleLogger.warnLevelString=WARNING
      """;

  @TempDir Path home;
  private final Properties system = new Properties();

  @BeforeEach
  void maven3() throws IOException {
    Files.createDirectories(home.resolve("conf/logging"));
    Files.writeString(home.resolve("conf/logging/simplelogger.properties"), SHIPPED);
    system.setProperty("maven.home", home.toString());
  }

  @Test
  void maven3sShippedLayoutWithoutColoursIsPlain() {
    assertThat(LogLayout.plainLines(system, false, true)).isTrue(); // -B
    assertThat(LogLayout.plainLines(system, true, false)).isTrue(); // output to a file or pipe
    system.setProperty("style.color", "never");
    assertThat(LogLayout.plainLines(system, true, true)).isTrue();
  }

  @Test
  void coloursAreNotPlain() {
    assertThat(LogLayout.plainLines(system, true, true)).isFalse();
    system.setProperty("style.color", "always");
    assertThat(LogLayout.plainLines(system, false, false)).isFalse();
  }

  @Test
  void aChangedLayoutIsNotPlain() {
    for (String setting :
        new String[] {
          "showDateTime=true",
          "showThreadName=true",
          "showLogName=true",
          "showShortLogName=true",
          "levelInBrackets=false",
          "warnLevelString=WARN"
        }) {
      Properties changed = new Properties();
      changed.putAll(system);
      String[] kv = setting.split("=");
      changed.setProperty("org.slf4j.simpleLogger." + kv[0], kv[1]);
      assertThat(LogLayout.plainLines(changed, false, false)).as(setting).isFalse();
    }
  }

  @Test
  void anotherLoggerIsNotPlain() throws IOException {
    Files.delete(home.resolve("conf/logging/simplelogger.properties"));
    Files.writeString(home.resolve("conf/logging/maven.logger.properties"), "");
    assertThat(LogLayout.plainLines(system, false, false)).isFalse(); // Maven 4
    assertThat(LogLayout.plainLines(new Properties(), false, false)).isFalse(); // embedded
  }

  @Test
  void aFileWithoutTheLayoutTakesSimpleLoggersDefaults() throws IOException {
    Files.writeString(home.resolve("conf/logging/simplelogger.properties"), "");
    assertThat(LogLayout.plainLines(system, false, false)).isFalse();
  }
}
