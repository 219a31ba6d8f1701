package dev.portcheck.core.findings;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found at one place: the rule that found it, how serious it is, where (file relative
 * to the module base directory with '/' separators, 1-based line and column) and what.
 *
 * @param rule stable rule id such as {@code port-range}
 * @param key the configuration key the finding is about, empty when it concerns a whole file
 * @param port the port number concerned, or -1 when there is none (bad values, parse errors)
 * @param related the other end of a connection (the listener or Service a client aims at), or null;
 *     SARIF writes it as a related location
 */
public record Finding(
    String rule,
    Severity severity,
    String file,
    int line,
    int column,
    String key,
    int port,
    String message,
    Related related) {

  /** Another place a finding concerns, with what is there. */
  public record Related(String file, int line, int column, String message) {

    public Related {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(message, "message");
    }
  }

  /** A finding about one place only. */
  public Finding(
      String rule,
      Severity severity,
      String file,
      int line,
      int column,
      String key,
      int port,
      String message) {
    this(rule, severity, file, line, column, key, port, message, null);
  }

  /** Report order: file, line, column, then rule and message so output is stable. */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::file)
          .thenComparingInt(Finding::line)
          .thenComparingInt(Finding::column)
          .thenComparing(Finding::rule)
          .thenComparing(Finding::message);

  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
    key = key == null ? "" : key;
  }

  /** The same finding with another severity (for per-rule overrides). */
  public Finding withSeverity(Severity newSeverity) {
    return new Finding(rule, newSeverity, file, line, column, key, port, message, related);
  }

  /** The same finding with another message (a note appended where the evidence is known). */
  public Finding withMessage(String newMessage) {
    return new Finding(rule, severity, file, line, column, key, port, newMessage, related);
  }

  /** The same finding naming {@code other} as the other end. */
  public Finding withRelated(Related other) {
    return new Finding(rule, severity, file, line, column, key, port, message, other);
  }
}
