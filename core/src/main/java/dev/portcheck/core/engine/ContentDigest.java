package dev.portcheck.core.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The hash of what a run's result is made of: the index fingerprint (portcheck's build and
 * settings), every file's path and content hash, and what the wiring model read outside the scan.
 * One definition for the run that stores its findings and the run that checks them against the
 * index it loaded.
 */
final class ContentDigest {
  private ContentDigest() {}

  /** {@code consulted} null: no wiring outcome known. */
  static String of(String fingerprint, Map<String, IndexEntry> entries, String consulted) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
    StringBuilder s = new StringBuilder(fingerprint).append('\n');
    new TreeMap<>(entries)
        .forEach((path, e) -> s.append(path).append('\t').append(e.sha256()).append('\n'));
    s.append(consulted == null ? "-" : consulted);
    return HexFormat.of().formatHex(sha.digest(s.toString().getBytes(StandardCharsets.UTF_8)));
  }
}
