package dev.portcheck.core.candidates;

import dev.portcheck.core.entries.LocatedEntry;
import dev.portcheck.core.entries.OffsetMap;
import dev.portcheck.core.files.ConfigFile;
import dev.portcheck.core.files.FileFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A compose setting as compose runs it: {@code "${CART_PORT}"} interpolated with the variables of
 * its project's {@code .env}. A file is read on its own, so its candidates leave such a value
 * unknown; once every file is read, the compose model knows which {@code .env} feeds which file,
 * and the value is read again with it. The numbers stay located where the variable is used, with
 * {@link PortLiteral.Origin#VARIABLE}: that is where compose binds them.
 */
public final class ComposeInterpolation {
  private ComposeInterpolation() {}

  /**
   * True for a compose setting whose value uses a variable: without the project's {@code .env} it
   * yields no number, or only a default that the {@code .env} may override. A template ({@code {{
   * }}}) is rendered elsewhere.
   */
  public static boolean usesVariables(PortCandidate c) {
    return c.kind() == FileKind.COMPOSE && c.raw().indexOf('$') >= 0 && !c.raw().contains("{{");
  }

  /**
   * The candidate read again with {@code variables}, or empty when a variable it uses has neither a
   * value nor a default there, or the value yields no number even so.
   */
  public static Optional<PortCandidate> interpolate(
      PortCandidate c, Function<String, String> variables) {
    return interpolate(c, variables, name -> null);
  }

  /**
   * The same, each number a variable gives linked to where {@code definitions} says that variable
   * is defined (null when it does not say).
   */
  public static Optional<PortCandidate> interpolate(
      PortCandidate c,
      Function<String, String> variables,
      Function<String, PortLiteral.Definition> definitions) {
    LocatedEntry entry = entryOf(c);
    boolean[] missing = {false};
    Function<String, String> known =
        name -> {
          String v = variables.apply(name);
          missing[0] |= v == null && !hasDefault(entry.value(), name);
          return v;
        };
    ConfigFile file = new ConfigFile(Path.of(c.file()), c.file(), FileFormat.YAML);
    Optional<PortCandidate> again = PortExtractor.interpolated(file, entry, c.profile(), known);
    if (missing[0] || again.isEmpty() || again.get().ports().isEmpty()) {
      return Optional.empty();
    }
    PortCandidate read = again.get();
    List<PortLiteral> ports = new ArrayList<>(read.ports().size());
    for (PortLiteral p : read.ports()) {
      if (p.origin() != PortLiteral.Origin.REFERENCE) {
        ports.add(p);
        continue;
      }
      String variable = variableAt(entry.value(), p.column() - entry.positionOf(0).column());
      ports.add(p.asVariable(variable == null ? null : definitions.apply(variable)));
    }
    // The entry was read alone: what its file said around it is the first candidate's.
    boolean longSyntax = c.key().endsWith(".published") || c.key().endsWith(".target");
    return Optional.of(
        new PortCandidate(
            c.file(),
            c.line(),
            c.column(),
            c.document(),
            c.key(),
            c.raw(),
            c.profile(),
            c.scope(),
            read.role(),
            longSyntax ? c.protocol() : read.protocol(),
            read.hostIp().isEmpty() ? c.hostIp() : read.hostIp(),
            ports,
            c.name(),
            c.kind(),
            c.field(),
            c.owner(),
            c.privilegedBind()));
  }

  /**
   * The variable whose use starts at {@code offset} of {@code value} ({@code ${CART_PORT}}, {@code
   * ${CART_PORT:-80}}, {@code $CART_PORT}): a number it gives is located there. Null when no use
   * starts there.
   */
  static String variableAt(String value, int offset) {
    if (offset < 0 || offset >= value.length() || value.charAt(offset) != '$') {
      return null;
    }
    int start =
        offset + 1 < value.length() && value.charAt(offset + 1) == '{' ? offset + 2 : offset + 1;
    int end = start;
    while (end < value.length()
        && (Character.isLetterOrDigit(value.charAt(end)) || value.charAt(end) == '_')) {
      end++;
    }
    return end > start ? value.substring(start, end) : null;
  }

  /** Whether {@code value} gives {@code name} a default of its own ({@code ${X:-8080}}). */
  private static boolean hasDefault(String value, String name) {
    return value.contains("${" + name + ":-") || value.contains("${" + name + "-");
  }

  /** The entry the candidate was read from: its value on one line, after any opening quote. */
  private static LocatedEntry entryOf(PortCandidate c) {
    String raw = c.raw();
    boolean quoted =
        raw.length() >= 2
            && (raw.charAt(0) == '"' || raw.charAt(0) == '\'')
            && raw.charAt(raw.length() - 1) == raw.charAt(0);
    String value = quoted ? raw.substring(1, raw.length() - 1) : raw;
    int column = quoted ? c.column() + 1 : c.column();
    return new LocatedEntry(
        c.key(),
        value,
        raw,
        c.line(),
        c.column(),
        c.document(),
        OffsetMap.sameLine(c.line(), column));
  }
}
