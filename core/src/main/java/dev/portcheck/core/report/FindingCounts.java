package dev.portcheck.core.report;

import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * How many findings each rule made at each severity, and which files hold the most: what the log's
 * summary, the HTML page and the site report put above the findings. Counting streams the findings
 * once and keeps only numbers, so it also serves results read back from a spill file.
 */
public final class FindingCounts {

  /** One rule's findings per severity. */
  public record RuleCount(String rule, long errors, long warnings, long infos) {

    public long total() {
      return errors + warnings + infos;
    }

    public long of(Severity s) {
      return switch (s) {
        case ERROR -> errors;
        case WARNING -> warnings;
        case INFO -> infos;
      };
    }

    /** The most serious severity the rule reported. */
    public Severity worst() {
      return errors > 0 ? Severity.ERROR : warnings > 0 ? Severity.WARNING : Severity.INFO;
    }

    /** {@code 1 error, 2 warnings}: the non-zero counts, most serious first. */
    public String describe() {
      List<String> parts = new ArrayList<>(3);
      for (Severity s : Severity.values()) {
        if (of(s) > 0) {
          parts.add(FindingCounts.describe(of(s), s));
        }
      }
      return String.join(", ", parts);
    }
  }

  /** How many findings one file holds. */
  public record FileCount(String file, long count) {}

  /**
   * Rules with errors first, then with warnings, then infos only; within each, most findings of
   * that worst severity first, then most findings, then by id, so the order is stable.
   */
  private static final Comparator<RuleCount> RULE_ORDER =
      Comparator.comparing(RuleCount::worst)
          .thenComparing(Comparator.comparingLong((RuleCount r) -> r.of(r.worst())).reversed())
          .thenComparing(Comparator.comparingLong(RuleCount::total).reversed())
          .thenComparing(RuleCount::rule);

  private final List<RuleCount> rules;
  private final Map<String, Long> perFile;
  private final Map<Severity, Long> perSeverity;

  private FindingCounts(
      List<RuleCount> rules, Map<String, Long> perFile, Map<Severity, Long> perSeverity) {
    this.rules = rules;
    this.perFile = perFile;
    this.perSeverity = perSeverity;
  }

  public static FindingCounts of(Iterable<Finding> findings) {
    Map<String, long[]> byRule = new HashMap<>();
    Map<String, Long> perFile = new HashMap<>();
    Map<Severity, Long> perSeverity = new EnumMap<>(Severity.class);
    for (Finding f : findings) {
      byRule.computeIfAbsent(f.rule(), r -> new long[3])[f.severity().ordinal()]++;
      perFile.merge(f.file(), 1L, Long::sum);
      perSeverity.merge(f.severity(), 1L, Long::sum);
    }
    List<RuleCount> rules = new ArrayList<>(byRule.size());
    byRule.forEach((rule, n) -> rules.add(new RuleCount(rule, n[0], n[1], n[2])));
    rules.sort(RULE_ORDER);
    return new FindingCounts(List.copyOf(rules), perFile, perSeverity);
  }

  /** Every rule that reported something, in report order (see {@link #RULE_ORDER}). */
  public List<RuleCount> rules() {
    return rules;
  }

  public long count(Severity s) {
    return perSeverity.getOrDefault(s, 0L);
  }

  public long total() {
    return perSeverity.values().stream().mapToLong(Long::longValue).sum();
  }

  /** The {@code n} files with the most findings, most first, ties by path. */
  public List<FileCount> topFiles(int n) {
    return perFile.entrySet().stream()
        .map(e -> new FileCount(e.getKey(), e.getValue()))
        .sorted(
            Comparator.comparingLong(FileCount::count).reversed().thenComparing(FileCount::file))
        .limit(n)
        .toList();
  }

  /**
   * The items whose finding {@code which} keeps, by rule (in this report order) and then by file
   * (sorted), each file's items in the order given.
   */
  public <T> Map<String, Map<String, List<T>>> group(
      Iterable<T> items, Function<T, Finding> finding, Predicate<Finding> which) {
    Map<String, Map<String, List<T>>> byRule = new LinkedHashMap<>();
    for (RuleCount r : rules) {
      byRule.put(r.rule(), new TreeMap<>());
    }
    for (T item : items) {
      Finding f = finding.apply(item);
      if (which.test(f)) {
        byRule
            .computeIfAbsent(f.rule(), r -> new TreeMap<>())
            .computeIfAbsent(f.file(), x -> new ArrayList<>())
            .add(item);
      }
    }
    byRule.values().removeIf(Map::isEmpty);
    return byRule;
  }

  /** {@code 1 error}, {@code 2 warnings}, {@code 3 infos}. */
  public static String describe(long n, Severity s) {
    return n + " " + s.id() + (n == 1 ? "" : "s");
  }
}
