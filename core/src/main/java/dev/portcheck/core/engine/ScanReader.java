package dev.portcheck.core.engine;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.portcheck.core.candidates.FileKind;
import dev.portcheck.core.candidates.PortCandidate;
import dev.portcheck.core.candidates.PortField;
import dev.portcheck.core.candidates.PortLiteral;
import dev.portcheck.core.candidates.PortNumbers;
import dev.portcheck.core.candidates.PrivilegedBind;
import dev.portcheck.core.candidates.Protocol;
import dev.portcheck.core.candidates.Role;
import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.Severity;
import dev.portcheck.core.suppress.Suppression;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads what a {@link ScanWriter} wrote; strings come back as shared instances. The format is
 * described there. One reader handles one buffer; not thread-safe.
 */
final class ScanReader {
  // values() clones its array on every call; a big index calls it millions of times.
  private static final Role[] ROLES = Role.values();
  private static final FileKind[] KINDS = FileKind.values();
  private static final PortField[] FIELDS = PortField.values();
  private static final PrivilegedBind[] PRIVILEGED_BINDS = PrivilegedBind.values();
  private static final Protocol[] PROTOCOLS = Protocol.values();
  private static final PortLiteral.Origin[] ORIGINS = PortLiteral.Origin.values();
  private static final PortLiteral.Side[] SIDES = PortLiteral.Side.values();
  private static final Severity[] SEVERITIES = Severity.values();

  private final ByteBuffer in;
  private final List<String> strings = new ArrayList<>();

  /** Reads from a heap buffer holding the whole index: no stream calls per field. */
  ScanReader(ByteBuffer in) {
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
    PrivilegedBind privilegedBind = PRIVILEGED_BINDS[in.get()];
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
        privilegedBind);
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
