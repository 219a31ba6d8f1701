package dev.portcheck.core.engine;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.portcheck.core.candidates.PortCandidate;
import dev.portcheck.core.candidates.PortLiteral;
import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.suppress.Suppression;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes scans, numbering strings as they first appear.
 *
 * <p>The binary form of scans in the incremental index. Every string is written once and referred
 * to by number afterwards (file paths, keys and messages repeat across thousands of entries), so
 * the index stays a fraction of the sources' size and reads back in one pass, sharing those
 * strings. {@link ScanReader} reads it back. One writer or reader handles one stream; not
 * thread-safe.
 */
final class ScanWriter {
  private final DataOutputStream out;
  private final Map<String, Integer> numbers = new HashMap<>();

  ScanWriter(DataOutputStream out) {
    this.out = out;
  }

  void string(String s) throws IOException {
    Integer n = numbers.get(s);
    if (n != null) {
      out.writeInt(n);
      return;
    }
    out.writeInt(-1);
    numbers.put(s, numbers.size());
    byte[] utf8 = s.getBytes(UTF_8);
    out.writeInt(utf8.length);
    out.write(utf8);
  }

  void integer(int n) throws IOException {
    out.writeInt(n);
  }

  void bool(boolean b) throws IOException {
    out.writeBoolean(b);
  }

  /** One file's scan; the candidates last, so a reader can leave them undecoded. */
  void scan(FileScanner.FileScan scan) throws IOException {
    findings(scan.findings());
    WiringCodec.write(this, scan.wiring());
    out.writeInt(scan.suppressions().size());
    for (Suppression s : scan.suppressions()) {
      out.writeInt(s.line());
      out.writeInt(s.column());
      out.writeInt(s.rules().size());
      for (String rule : s.rules().stream().sorted().toList()) {
        string(rule);
      }
      string(s.reason());
      out.writeBoolean(s.ownLine());
    }
    candidates(scan.candidates());
  }

  void candidates(List<PortCandidate> candidates) throws IOException {
    WiringCodec.list(this, candidates, ScanWriter::candidate);
  }

  private void candidate(PortCandidate c) throws IOException {
    string(c.file());
    out.writeInt(c.line());
    out.writeInt(c.column());
    out.writeInt(c.document());
    string(c.key());
    string(c.raw());
    string(c.profile());
    string(c.scope());
    out.writeByte(c.role().ordinal());
    out.writeByte(c.protocol().ordinal());
    string(c.hostIp());
    string(c.name());
    out.writeByte(c.kind().ordinal());
    out.writeByte(c.field().ordinal());
    string(c.owner());
    out.writeByte(c.privilegedBind().ordinal());
    out.writeInt(c.ports().size());
    for (PortLiteral p : c.ports()) {
      string(p.text());
      out.writeInt(p.line());
      out.writeInt(p.column());
      out.writeBoolean(p.value() != null);
      if (p.value() != null) {
        out.writeLong(p.value());
      }
      out.writeByte(p.origin().ordinal());
      out.writeByte(p.side().ordinal());
    }
  }

  void findings(List<Finding> findings) throws IOException {
    WiringCodec.list(this, findings, ScanWriter::finding);
  }

  private void finding(Finding f) throws IOException {
    string(f.rule());
    out.writeByte(f.severity().ordinal());
    string(f.file());
    out.writeInt(f.line());
    out.writeInt(f.column());
    string(f.key());
    out.writeInt(f.port());
    string(f.message());
    Finding.Related r = f.related();
    out.writeBoolean(r != null);
    if (r != null) {
      string(r.file());
      out.writeInt(r.line());
      out.writeInt(r.column());
      string(r.message());
    }
  }
}
