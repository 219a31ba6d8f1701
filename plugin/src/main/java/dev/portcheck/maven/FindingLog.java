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
 */
final class FindingLog {
  private static final int TOP_FILES = 3;

  private final Log log;
  private final boolean verbose;

  FindingLog(Log log, boolean verbose) {
    this.log = log;
    this.verbose = verbose;
  }

  static String format(Finding f) {
    return f.file() + ":[" + f.line() + "," + f.column() + "] (" + f.rule() + ") " + f.message();
  }

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
