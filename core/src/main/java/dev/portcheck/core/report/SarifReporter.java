package dev.portcheck.core.report;

import com.contrastsecurity.sarif.ArtifactLocation;
import com.contrastsecurity.sarif.Location;
import com.contrastsecurity.sarif.Message;
import com.contrastsecurity.sarif.MultiformatMessageString;
import com.contrastsecurity.sarif.PartialFingerprints;
import com.contrastsecurity.sarif.PhysicalLocation;
import com.contrastsecurity.sarif.PropertyBag;
import com.contrastsecurity.sarif.Region;
import com.contrastsecurity.sarif.ReportingConfiguration;
import com.contrastsecurity.sarif.ReportingDescriptor;
import com.contrastsecurity.sarif.Result;
import com.contrastsecurity.sarif.Run;
import com.contrastsecurity.sarif.SarifSchema210;
import com.contrastsecurity.sarif.Tool;
import com.contrastsecurity.sarif.ToolComponent;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.portcheck.core.engine.AnalysisResult;
import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.Severity;
import dev.portcheck.core.rules.RuleInfo;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code portcheck.sarif}: SARIF 2.1.0 for GitHub code scanning and other SARIF consumers, built
 * with the java-sarif object model. URIs are relative to {@code %SRCROOT%}; partial fingerprints
 * hash rule, file, key and port but no line, so a finding keeps its identity when lines move.
 */
public final class SarifReporter implements Reporter {
  static final String FINGERPRINT = "portcheck/v1";

  @Override
  public String fileName() {
    return "portcheck.sarif";
  }

  @Override
  public void write(AnalysisResult result, ReportContext context, Path file) throws IOException {
    Map<String, Integer> ruleIndex = new HashMap<>();
    List<ReportingDescriptor> rules = new ArrayList<>();
    for (RuleInfo rule : context.rules()) {
      ruleIndex.put(rule.id(), rules.size());
      rules.add(
          new ReportingDescriptor()
              .withId(rule.id())
              .withName(rule.title())
              .withShortDescription(new MultiformatMessageString().withText(rule.title()))
              .withFullDescription(new MultiformatMessageString().withText(rule.description()))
              .withHelpUri(URI.create(ReportContext.helpUri(rule.id())))
              .withDefaultConfiguration(
                  new ReportingConfiguration()
                      .withLevel(
                          ReportingConfiguration.Level.fromValue(level(rule.defaultSeverity()))))
              .withProperties(new PropertyBag().withTags(Set.of("ports"))));
    }
    // Built one finding at a time while Jackson writes them, so a big result is never held twice.
    List<Finding> findings = result.findings();
    List<Result> results =
        new AbstractList<>() {
          @Override
          public Result get(int i) {
            return sarifResult(findings.get(i), context, ruleIndex);
          }

          @Override
          public int size() {
            return findings.size();
          }
        };
    SarifSchema210 sarif =
        new SarifSchema210()
            .with$schema(URI.create("https://json.schemastore.org/sarif-2.1.0.json"))
            .withVersion(SarifSchema210.Version._2_1_0)
            .withRuns(
                List.of(
                    new Run()
                        .withTool(
                            new Tool()
                                .withDriver(
                                    new ToolComponent()
                                        .withName("portcheck")
                                        .withVersion(context.toolVersion())
                                        .withInformationUri(URI.create(ReportContext.HELP_BASE))
                                        .withRules(new java.util.LinkedHashSet<>(rules))))
                        .withResults(results)));
    new ObjectMapper()
        .setDefaultPropertyInclusion(JsonInclude.Include.NON_EMPTY)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .writeValue(file.toFile(), sarif);
  }

  private static Result sarifResult(
      Finding f, ReportContext context, Map<String, Integer> ruleIndex) {
    Result r =
        new Result()
            .withRuleId(f.rule())
            .withLevel(Result.Level.fromValue(level(f.severity())))
            .withMessage(new Message().withText(f.message()))
            .withLocations(
                List.of(
                    new Location()
                        .withPhysicalLocation(
                            new PhysicalLocation()
                                .withArtifactLocation(
                                    new ArtifactLocation()
                                        .withUri(context.rootRelative(f.file()))
                                        .withUriBaseId("%SRCROOT%"))
                                .withRegion(
                                    new Region()
                                        .withStartLine(f.line())
                                        .withStartColumn(f.column())))))
            .withPartialFingerprints(
                new PartialFingerprints()
                    .withAdditionalProperty(FINGERPRINT, fingerprint(context, f)));
    Finding.Related other = f.related();
    if (other != null) {
      // The other end of a connection: the listener or Service the finding's client aims at.
      r.setRelatedLocations(
          new java.util.LinkedHashSet<>(
              List.of(
                  new Location()
                      .withId(0)
                      .withMessage(new Message().withText(other.message()))
                      .withPhysicalLocation(
                          new PhysicalLocation()
                              .withArtifactLocation(
                                  new ArtifactLocation()
                                      .withUri(context.rootRelative(other.file()))
                                      .withUriBaseId("%SRCROOT%"))
                              .withRegion(
                                  new Region()
                                      .withStartLine(other.line())
                                      .withStartColumn(other.column()))))));
    }
    Integer index = ruleIndex.get(f.rule());
    if (index != null) {
      r.setRuleIndex(index);
    }
    return r;
  }

  static String level(Severity s) {
    return switch (s) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  /** A line-independent identity: rule, root-relative file, key and port. */
  static String fingerprint(ReportContext context, Finding f) {
    String identity =
        f.rule()
            + "\n"
            + context.rootRelative(f.file())
            + "\n"
            + f.key()
            + "\n"
            + f.port()
            + (f.key().isEmpty() && f.port() < 0 ? "\n" + f.message() : "");
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(identity.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
