package dev.portcheck.maven;

import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.Severity;
import dev.portcheck.core.report.FindingCounts;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.logging.Log;

/**
 * Logs findings one per line as {@code path:[line,col] (rule) message}, the shape of
 * maven-checkstyle-plugin's lines, which IDE consoles and CI log parsers turn into links. The
 * severity is the log level. Infos are left out unless verbose (they stay in the reports), so a
 * large tree's log shows what needs fixing; a summary of counts per rule and severity and the files
 * with the most findings ends the log.
 *
 * <p>Where Maven's log lines are plain {@code [LEVEL] message} ({@link LogLayout}), the findings go
 * to Maven in chunks of many lines, each line after a chunk's first carrying its level as Maven
 * would write it: Maven prints and flushes each call on its own, and one call per finding made
 * logging a large tree's findings cost more than analysing it again.
 */
final class FindingLog {
  private static final int TOP_FILES = 3;

  /** About how many characters go to Maven in one call. */
  private static final int CHUNK = 64 * 1024;

  private final Log log;
  private final boolean verbose;
  private final boolean plainLines;

  FindingLog(Log log, boolean verbose) {
    this(log, verbose, false);
  }

  /** {@code plainLines}: Maven writes a line as {@code [LEVEL] message} and nothing else. */
  FindingLog(Log log, boolean verbose, boolean plainLines) {
    this.log = log;
    this.verbose = verbose;
    this.plainLines = plainLines;
  }

  static String format(Finding f) {
    return append(new StringBuilder(160), f).toString();
  }

  private static StringBuilder append(StringBuilder s, Finding f) {
    s.append(f.file()).append(":[").append(f.line()).append(',').append(f.column());
    return s.append("] (").append(f.rule()).append(") ").append(f.message());
  }

  /** Logs every finding in order, one line each, as {@link #log} does. */
  void logAll(List<Finding> findings) {
    if (!plainLines) {
      findings.forEach(this::log);
      return;
    }
    boolean errors = log.isErrorEnabled();
    boolean warnings = log.isWarnEnabled();
    boolean infos = verbose && log.isInfoEnabled();
    String newline = System.lineSeparator();
    StringBuilder chunk = new StringBuilder(CHUNK + 1024);
    Severity first = null; // the level of the chunk's call
    for (Finding f : findings) {
      Severity s = f.severity();
      if (s == Severity.ERROR ? !errors : s == Severity.WARNING ? !warnings : !infos) {
        continue; // as Maven leaves out a line below its level (-q)
      }
      if (first == null) {
        first = s;
      } else {
        chunk.append(newline).append(level(s));
      }
      append(chunk, f);
      if (chunk.length() >= CHUNK) {
        emit(first, chunk);
        chunk.setLength(0);
        first = null;
      }
    }
    if (first != null) {
      emit(first, chunk);
    }
  }

  /** The level as Maven 3 writes it before a message. */
  private static String level(Severity s) {
    return switch (s) {
      case ERROR -> "[ERROR] ";
      case WARNING -> "[WARNING] ";
      case INFO -> "[INFO] ";
    };
  }

  private void emit(Severity s, CharSequence lines) {
    switch (s) {
      case ERROR -> log.error(lines);
      case WARNING -> log.warn(lines);
      case INFO -> log.info(lines);
    }
  }

  /** Logs one finding on its own line, at its severity's level. */
  void log(Finding f) {
    String line = format(f);
    switch (f.severity()) {
      case ERROR -> log.error(line);
      case WARNING -> log.warn(line);
      case INFO -> {
        if (verbose) {
          log.info(line);
        }
      }
    }
  }

  /**
   * The closing summary. Rule ids are written bare, not in parentheses, so that a search of the log
   * for {@code (rule)} still finds only finding lines.
   */
  void summary(FindingCounts counts) {
    if (counts.total() == 0) {
      return;
    }
    int width = 0;
    for (FindingCounts.RuleCount r : counts.rules()) {
      width = Math.max(width, r.rule().length());
    }
    log.info("portcheck: findings per rule:");
    for (FindingCounts.RuleCount r : counts.rules()) {
      log.info(String.format(Locale.ROOT, "  %-" + width + "s  %s", r.rule(), r.describe()));
    }
    List<FindingCounts.FileCount> top = counts.topFiles(TOP_FILES);
    StringBuilder files = new StringBuilder("portcheck: files with the most findings: ");
    for (int i = 0; i < top.size(); i++) {
      files.append(i == 0 ? "" : ", ").append(top.get(i).file()).append(' ');
      files.append(top.get(i).count());
    }
    log.info(files);
    long infos = counts.count(Severity.INFO);
    if (!verbose && infos > 0) {
      log.info(
          "portcheck: "
              + FindingCounts.describe(infos, Severity.INFO)
              + " not logged above, listed in the reports (-Dportcheck.verbose=true logs them)");
    }
  }
}
