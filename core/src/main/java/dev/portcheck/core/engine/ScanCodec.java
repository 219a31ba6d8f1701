package dev.portcheck.core.engine;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.portcheck.core.candidates.FileKind;
import dev.portcheck.core.candidates.PortCandidate;
import dev.portcheck.core.candidates.PortField;
import dev.portcheck.core.candidates.PortLiteral;
import dev.portcheck.core.candidates.PortNumbers;
import dev.portcheck.core.candidates.Protocol;
import dev.portcheck.core.candidates.Role;
import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.Severity;
import dev.portcheck.core.suppress.Suppression;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The binary form of scans in the incremental index. Every string is written once and referred to
 * by number afterwards (file paths, keys and messages repeat across thousands of entries), so the
 * index stays a fraction of the sources' size and reads back in one pass, sharing those strings.
 * One writer or reader handles one stream; not thread-safe.
 */
final class ScanCodec {
  private ScanCodec() {}

  /** Writes scans, numbering strings as they first appear. */
  static final class Writer {
    private final DataOutputStream out;
    private final Map<String, Integer> numbers = new HashMap<>();

    Writer(DataOutputStream out) {
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
      out.writeInt(candidates.size());
      for (PortCandidate c : candidates) {
        candidate(c);
      }
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
      out.writeBoolean(c.unprivileged());
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
      out.writeInt(findings.size());
      for (Finding f : findings) {
        finding(f);
      }
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

  /** Reads what a {@link Writer} wrote; strings come back as shared instances. */
  static final class Reader {
    // values() clones its array on every call; a big index calls it millions of times.
    private static final Role[] ROLES = Role.values();
    private static final FileKind[] KINDS = FileKind.values();
    private static final PortField[] FIELDS = PortField.values();
    private static final Protocol[] PROTOCOLS = Protocol.values();
    private static final PortLiteral.Origin[] ORIGINS = PortLiteral.Origin.values();
    private static final PortLiteral.Side[] SIDES = PortLiteral.Side.values();
    private static final Severity[] SEVERITIES = Severity.values();

    private final ByteBuffer in;
    private final List<String> strings = new ArrayList<>();

    /** Reads from a heap buffer holding the whole index: no stream calls per field. */
    Reader(ByteBuffer in) {
      this.in = in;
    }

    boolean bool() {
      return in.get() != 0;
    }

    long readLong() {
      return in.getLong();
    }

    int readInt() {
      return in.getInt();
    }

    String string() throws IOException {
      int n = in.getInt();
      if (n >= 0) {
        if (n >= strings.size()) {
          throw new IOException("index refers to string " + n + " before it was written");
        }
        return strings.get(n);
      }
      int length = count();
      if (length > in.remaining()) {
        throw new IOException("index ends inside a string");
      }
      String s = new String(in.array(), in.arrayOffset() + in.position(), length, UTF_8);
      in.position(in.position() + length);
      strings.add(s);
      return s;
    }

    /**
     * One file's scan. Its candidates are decoded when first asked for: an unchanged re-run whose
     * cross-file findings come from the index needs them only for the reports that list ports.
     */
    FileScanner.FileScan scan() throws IOException {
      List<Finding> findings = findings();
      dev.portcheck.core.wiring.FileWiring wiring = WiringCodec.read(this);
      int ns = count();
      List<Suppression> suppressions = new ArrayList<>(ns);
      for (int i = 0; i < ns; i++) {
        suppressions.add(suppression());
      }
      int n = count();
      List<PortCandidate> candidates = n == 0 ? List.of() : new DeferredCandidates(n, this);
      return new FileScanner.FileScan(candidates, findings, List.copyOf(suppressions), wiring);
    }

    List<PortCandidate> candidates() throws IOException {
      return candidates(count());
    }

    /** The next {@code n} candidates. */
    List<PortCandidate> candidates(int n) throws IOException {
      List<PortCandidate> candidates = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        candidates.add(candidate());
      }
      return List.copyOf(candidates);
    }

    int count() throws IOException {
      int n = in.getInt();
      if (n < 0 || n > 100_000_000) {
        throw new IOException("index holds a count of " + n);
      }
      return n;
    }

    PortCandidate candidate() throws IOException {
      String file = string();
      int line = in.getInt();
      int column = in.getInt();
      int document = in.getInt();
      String key = string();
      String raw = string();
      String profile = string();
      String scope = string();
      Role role = ROLES[in.get()];
      Protocol protocol = PROTOCOLS[in.get()];
      String hostIp = string();
      String name = string();
      FileKind kind = KINDS[in.get()];
      PortField field = FIELDS[in.get()];
      String owner = string();
      boolean unprivileged = in.get() != 0;
      int n = count();
      List<PortLiteral> ports;
      if (n == 1) {
        ports = List.of(literal()); // most settings hold one port: no list to copy
      } else {
        PortLiteral[] all = new PortLiteral[n];
        for (int i = 0; i < n; i++) {
          all[i] = literal();
        }
        ports = List.of(all);
      }
      return new PortCandidate(
          file,
          line,
          column,
          document,
          key,
          raw,
          profile,
          scope,
          role,
          protocol,
          hostIp,
          ports,
          name,
          kind,
          field,
          owner,
          unprivileged);
    }

    private PortLiteral literal() throws IOException {
      String text = string();
      int line = in.getInt();
      int column = in.getInt();
      Long value = (in.get() != 0) ? PortNumbers.box(in.getLong()) : null;
      PortLiteral.Origin origin = ORIGINS[in.get()];
      PortLiteral.Side side = SIDES[in.get()];
      return new PortLiteral(text, line, column, value, origin, side);
    }

    List<Finding> findings() throws IOException {
      int n = count();
      List<Finding> findings = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        findings.add(finding());
      }
      return List.copyOf(findings);
    }

    Finding finding() throws IOException {
      String rule = string();
      Severity severity = SEVERITIES[in.get()];
      String file = string();
      int line = in.getInt();
      int column = in.getInt();
      String key = string();
      int port = in.getInt();
      String message = string();
      Finding.Related related = null;
      if (in.get() != 0) {
        related = new Finding.Related(string(), in.getInt(), in.getInt(), string());
      }
      return new Finding(rule, severity, file, line, column, key, port, message, related);
    }

    Suppression suppression() throws IOException {
      int line = in.getInt();
      int column = in.getInt();
      int n = count();
      Set<String> rules = new HashSet<>();
      for (int i = 0; i < n; i++) {
        rules.add(string());
      }
      String reason = string();
      boolean ownLine = (in.get() != 0);
      return new Suppression(line, column, rules, reason, ownLine);
    }
  }
}
