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

  public static String of(
      String contentDigest, List<String> formats, ReportContext context, List<Finding> findings) {
    MessageDigest sha = sha256();
    update(sha, contentDigest);
    update(sha, String.join(",", formats));
    update(sha, context.toString());
    update(sha, Integer.toString(findings.size()));
    for (Finding f : findings) {
      update(sha, f.toString());
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  private static void update(MessageDigest sha, String s) {
    sha.update(s.getBytes(StandardCharsets.UTF_8));
    sha.update((byte) 0);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
