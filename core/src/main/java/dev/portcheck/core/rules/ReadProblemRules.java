package dev.portcheck.core.rules;

import dev.portcheck.core.entries.ReadProblem;
import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.Severity;

/** The rules under which reader problems are reported, one per kind of problem. */
public final class ReadProblemRules {
  public static final RuleInfo PARSE_ERROR =
      new RuleInfo(
          "parse-error",
          Severity.ERROR,
          "File cannot be read as its format",
          "A syntax or encoding error: the file is not valid .properties/YAML in the configured "
              + "charset, so the application would not read it either.");
  public static final RuleInfo DUPLICATE_KEY =
      new RuleInfo(
          "duplicate-key",
          Severity.WARNING,
          "Key repeated in one YAML mapping",
          "Most YAML loaders keep the last value silently; the first is dead configuration.");
  public static final RuleInfo FILE_SKIPPED =
      new RuleInfo(
          "file-skipped",
          Severity.INFO,
          "File not analysed",
          "Binary content, a file above the size limit, a file that cannot be opened, or a YAML-named"
              + " file with no YAML key or item (another program's syntax).");
  public static final RuleInfo FILE_TOO_LARGE =
      new RuleInfo(
          "file-too-large",
          Severity.WARNING,
          "File above the size limit",
          "Files above portcheck.maxFileSize (10 MB by default) are not read, so their ports are "
              + "not checked; raise the limit or exclude the file.");

  private ReadProblemRules() {}

  public static RuleInfo ruleFor(ReadProblem.Kind kind) {
    return switch (kind) {
      case SYNTAX -> PARSE_ERROR;
      case DUPLICATE_KEY -> DUPLICATE_KEY;
      case SKIPPED -> FILE_SKIPPED;
      case TOO_LARGE -> FILE_TOO_LARGE;
    };
  }

  public static Finding toFinding(String file, ReadProblem p) {
    RuleInfo rule = ruleFor(p.kind());
    return new Finding(
        rule.id(), rule.defaultSeverity(), file, p.line(), p.column(), "", -1, p.message());
  }
}
