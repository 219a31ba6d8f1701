package dev.portcheck.core.engine;

import dev.portcheck.core.candidates.ComposeInterpolation;
import dev.portcheck.core.candidates.PortCandidate;
import dev.portcheck.core.candidates.PortExtractor;
import dev.portcheck.core.candidates.TemplateConditions;
import dev.portcheck.core.candidates.TemplateMask;
import dev.portcheck.core.entries.ComposeFragment;
import dev.portcheck.core.entries.EntryReader;
import dev.portcheck.core.entries.EnvEntryReader;
import dev.portcheck.core.entries.InlinePatchEntries;
import dev.portcheck.core.entries.LocatedEntry;
import dev.portcheck.core.entries.PropertiesEntryReader;
import dev.portcheck.core.entries.ReadProblem;
import dev.portcheck.core.entries.ReadResult;
import dev.portcheck.core.entries.TemplateBranches;
import dev.portcheck.core.entries.TemplateLineScanner;
import dev.portcheck.core.entries.YamlEntryReader;
import dev.portcheck.core.files.ConfigFile;
import dev.portcheck.core.files.FileBytes;
import dev.portcheck.core.files.FileFormat;
import dev.portcheck.core.files.FileStamp;
import dev.portcheck.core.files.SourceText;
import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.rules.CandidateRule;
import dev.portcheck.core.rules.FileRule;
import dev.portcheck.core.rules.ReadProblemRules;
import dev.portcheck.core.rules.RuleSet;
import dev.portcheck.core.suppress.Suppression;
import dev.portcheck.core.suppress.SuppressionScanner;
import dev.portcheck.core.wiring.FileWiring;
import dev.portcheck.core.wiring.Kustomize;
import dev.portcheck.core.wiring.WiringExtractor;
import java.nio.charset.Charset;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Analyses one file on its own: read, extract candidates, run the per-candidate rules. Nothing of
 * the parse outlives the call, so memory stays flat in the number of files. Stateless and
 * thread-safe.
 */
public final class FileScanner {
  private final Charset charset;
  private final long maxFileBytes;
  private final RuleSet rules;

  public FileScanner(Charset charset, long maxFileBytes, RuleSet rules) {
    this.charset = charset;
    this.maxFileBytes = maxFileBytes;
    this.rules = rules;
  }

  /** The candidates (in report order), per-file findings and wiring facts of one file. */
  public record FileScan(
      List<PortCandidate> candidates,
      List<Finding> findings,
      List<Suppression> suppressions,
      FileWiring wiring) {

    public FileScan {
      wiring = wiring == null ? FileWiring.EMPTY : wiring;
    }

    /** A scan without wiring facts. */
    public FileScan(
        List<PortCandidate> candidates, List<Finding> findings, List<Suppression> suppressions) {
      this(candidates, findings, suppressions, FileWiring.EMPTY);
    }
  }

  public FileScan scan(ConfigFile file) {
    return scan(file, ScanCache.NONE);
  }

  /** Scans a file unless the cache holds a scan of the same bytes. Thread-safe if the cache is. */
  public FileScan scan(ConfigFile file, ScanCache cache) {
    return scan(file, cache, Optional.empty());
  }

  /**
   * Scans a file unless the cache holds its scan; {@code walked} is the size and time the directory
   * walk saw, taken before the file is read, so a write that lands meanwhile gives a newer stamp
   * next time.
   */
  public FileScan scan(ConfigFile file, ScanCache cache, Optional<FileStamp> walked) {
    if (!cache.enabled()) {
      return analyse(file, FileBytes.read(file, maxFileBytes));
    }
    FileStamp stamp = walked.or(() -> FileStamp.of(file.path())).orElse(new FileStamp(-1, -1));
    Optional<FileScan> untouched = cache.lookup(file.relativePath(), stamp);
    if (untouched.isPresent()) {
      return untouched.get();
    }
    FileBytes bytes = FileBytes.read(file, maxFileBytes);
    if (bytes.problem().isPresent()) {
      return analyse(file, bytes);
    }
    String hash = sha256(bytes.bytes());
    Optional<FileScan> cached = cache.lookup(file.relativePath(), hash, stamp);
    if (cached.isPresent()) {
      return cached.get();
    }
    FileScan scan = analyse(file, bytes);
    cache.store(file.relativePath(), hash, stamp, scan);
    return scan;
  }

  private FileScan analyse(ConfigFile file, FileBytes bytes) {
    List<Finding> findings = new ArrayList<>();
    SourceText source =
        bytes
            .problem()
            .map(p -> new SourceText("", Optional.of(p), true))
            .orElseGet(() -> SourceText.fromBytes(bytes.bytes(), charset));
    source
        .problem()
        .ifPresent(p -> findings.add(ReadProblemRules.toFinding(file.relativePath(), p)));
    if (source.skipped()) {
      return new FileScan(List.of(), findings, List.of());
    }
    if (file.format() == FileFormat.DOCKERFILE || file.format() == FileFormat.NGINX) {
      // Read once, into the image (or the nginx servers) the model follows; its EXPOSEd (listened)
      // ports are the inventory's too.
      FileWiring image = WiringExtractor.extract(file, List.of(), source.text());
      List<PortCandidate> exposed = new ArrayList<>(ModelCandidates.of(file.relativePath(), image));
      exposed.sort(PortCandidate.ORDER);
      check(exposed, findings);
      return new FileScan(
          List.copyOf(exposed), findings, SuppressionScanner.scan(source.text(), true), image);
    }
    ReadResult read = readerFor(file).read(source.text());
    // The model's reading of a template that is no YAML: one line scan serves both readings.
    List<LocatedEntry> lines = null;
    if (file.format() == FileFormat.YAML
        && TemplateMask.hasTemplate(source.text())
        && hasSyntaxError(read)) {
      // Helm/Jinja: not YAML until rendered, which is how every chart is written, so no finding.
      // Literal ports are found by a line scan; templated values are no values.
      lines = TemplateLineScanner.scanForWiring(source.text());
      read = new ReadResult(TemplateLineScanner.withoutMarkers(lines), List.of());
    }
    read.problems().forEach(p -> findings.add(ReadProblemRules.toFinding(file.relativePath(), p)));
    List<LocatedEntry> entries =
        file.format() == FileFormat.YAML
            ? ComposeFragment.asComposeFile(read.entries())
            : read.entries();
    if (file.format() == FileFormat.YAML && Kustomize.isKustomization(file.fileName())) {
      // The patches a kustomization writes in place are read once, for candidates and model alike.
      entries = InlinePatchEntries.expand(entries, source.text());
    }
    // A template's control blocks, read once: the model leaves out what values turn off, the
    // candidates carry the conditions they are rendered under.
    List<TemplateBranches.Branch> branches =
        file.format() == FileFormat.YAML
            ? TemplateBranches.of(source.text())
            : List.<TemplateBranches.Branch>of();
    FileWiring wiring = WiringExtractor.extract(file, entries, source.text(), lines, branches);
    List<PortCandidate> candidates =
        new ArrayList<>(TemplateConditions.apply(PortExtractor.extract(file, entries), branches));
    candidates.addAll(ModelCandidates.of(file.relativePath(), wiring));
    candidates.sort(PortCandidate.ORDER);
    check(candidates, findings);
    return new FileScan(
        List.copyOf(candidates),
        findings,
        SuppressionScanner.scan(source.text(), file.format() != FileFormat.PROPERTIES),
        wiring);
  }

  /** The per-candidate and per-file rules. */
  private void check(List<PortCandidate> candidates, List<Finding> findings) {
    checkEach(candidates, findings);
    for (FileRule rule : rules.fileRules()) {
      findings.addAll(rule.check(candidates));
    }
  }

  /**
   * The per-candidate rules: a loop of its own, in neither {@link #analyse} nor {@link #check}. A
   * file of many ports has the JIT compile the method that holds this loop once more on the stack;
   * here that is a small method of calls to many rules, not the readers and extractors of {@code
   * analyse} or the two file rules, which the JIT inlines into {@code check}.
   */
  private void checkEach(List<PortCandidate> candidates, List<Finding> findings) {
    for (PortCandidate c : candidates) {
      if (ComposeInterpolation.usesVariables(c)) {
        continue; // judged once the project's .env is known (ProjectVariables)
      }
      for (CandidateRule rule : rules.candidateRules()) {
        findings.addAll(rule.check(c));
      }
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  private static boolean hasSyntaxError(ReadResult read) {
    return read.problems().stream().anyMatch(p -> p.kind() == ReadProblem.Kind.SYNTAX);
  }

  private static EntryReader readerFor(ConfigFile file) {
    return switch (file.format()) {
      case PROPERTIES -> new PropertiesEntryReader();
      case YAML -> new YamlEntryReader();
      case ENV -> new EnvEntryReader();
      case DOCKERFILE, NGINX ->
          throw new IllegalStateException("Dockerfiles and nginx files are read for wiring only");
    };
  }
}
