package dev.portcheck.maven;

import dev.portcheck.core.findings.Finding;
import org.apache.maven.plugin.logging.Log;

/**
 * Logs findings one per line as {@code path:[line,col] (rule) message}, the shape of
 * maven-checkstyle-plugin's lines, which IDE consoles and CI log parsers turn into links. The
 * severity is the log level.
 */
final class FindingLog {
  private final Log log;

  FindingLog(Log log) {
    this.log = log;
  }

  static String format(Finding f) {
    return f.file() + ":[" + f.line() + "," + f.column() + "] (" + f.rule() + ") " + f.message();
  }

  void log(Finding f) {
    String line = format(f);
    switch (f.severity()) {
      case ERROR -> log.error(line);
      case WARNING -> log.warn(line);
      case INFO -> log.info(line);
    }
  }
}
