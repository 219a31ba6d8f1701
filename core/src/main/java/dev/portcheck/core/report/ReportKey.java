package dev.portcheck.core.report;

import dev.portcheck.core.findings.Finding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The hash of everything a module's reports are made of: the incremental index's digest of the
 * scanned content and settings, the formats, the report context and the findings as reported (after
 * the baseline, with the reactor's). Equal keys, equal reports.
 */
public final class ReportKey {
  private ReportKey() {}

  /**
   * The key of reports whose findings are the analysis's own, unfiltered and with nothing added,
   * from an analysis whose findings follow from {@code contentDigest} alone (the incremental index
   * says when: see {@code IncrementalIndex.findingsFollowDigest}). The findings are then not hashed
   * one by one: an unchanged re-run would hash some 30,000 of them to learn nothing the digest does
   * not say. A marker stands in their place, so no list hashes the same.
   */
  public static String ofAnalysed(
      String contentDigest, List<String> formats, ReportContext context) {
    MessageDigest sha = sha256();
    StringBuilder s = new StringBuilder(256);
    s.append(contentDigest).append('\0').append(String.join(",", formats)).append('\0');
    s.append(context).append('\0').append("findings as analysed").append('\0');
    flush(sha, s);
    return HexFormat.of().formatHex(sha.digest());
  }

  public static String of(
      String contentDigest, List<String> formats, ReportContext context, List<Finding> findings) {
    MessageDigest sha = sha256();
    StringBuilder s = new StringBuilder(256);
    s.append(contentDigest).append('\0').append(String.join(",", formats)).append('\0');
    s.append(context).append('\0').append(findings.size()).append('\0');
    flush(sha, s);
    // each field in turn, not the record's toString: a re-run hashes every finding it reports
    for (Finding f : findings) {
      s.append(f.rule())
          .append('\0')
          .append(f.severity().name())
          .append('\0')
          .append(f.file())
          .append('\0')
          .append(f.line())
          .append('\0')
          .append(f.column())
          .append('\0')
          .append(f.key())
          .append('\0')
          .append(f.port())
          .append('\0')
          .append(f.message())
          .append('\0');
      Finding.Related r = f.related();
      if (r != null) {
        s.append(r.file())
            .append('\0')
            .append(r.line())
            .append('\0')
            .append(r.column())
            .append('\0')
            .append(r.message());
      }
      s.append('\n');
      if (s.length() > 8192) {
        flush(sha, s);
      }
    }
    flush(sha, s);
    return HexFormat.of().formatHex(sha.digest());
  }

  private static void flush(MessageDigest sha, StringBuilder s) {
    sha.update(s.toString().getBytes(StandardCharsets.UTF_8));
    s.setLength(0);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
