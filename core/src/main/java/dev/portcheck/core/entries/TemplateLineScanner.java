package dev.portcheck.core.entries;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Reads a Helm or Jinja template that is not valid YAML until rendered: template expressions are
 * masked, then each {@code key: value} line is placed in a path built from its indentation and list
 * dashes. Approximate by nature (block scalars and flow collections are not followed), but it never
 * fails, and literal ports keep their exact line and column.
 */
public final class TemplateLineScanner {
  private TemplateLineScanner() {}

  private static final class Frame {
    final int indent;
    final String path;
    final boolean item;
    int nextIndex;

    Frame(int indent, String path, boolean item) {
      this.indent = indent;
      this.path = path;
      this.item = item;
    }
  }

  public static List<LocatedEntry> scan(String text) {
    return scan(text, false);
  }

  /**
   * The entries, and for the wiring model also a marker where a template writes keys or items of
   * its own ({@code {{- toYaml .Values.env | nindent 12 }}} under {@code env:}): a templated entry
   * below that map or list, so what it holds is known to be incomplete. A helper call under a label
   * map becomes a {@link HelperLabels} pseudo-label instead.
   */
  public static List<LocatedEntry> scanForWiring(String text) {
    return scan(text, true);
  }

  private static List<LocatedEntry> scan(String text, boolean wiring) {
    List<LocatedEntry> entries = new ArrayList<>();
    Deque<Frame> stack = new ArrayDeque<>();
    String[] lines = text.split("\r\n|\r|\n", -1);
    int document = 0;
    boolean documentHasEntries = false;
    DotScopes dot = new DotScopes();
    TemplateVariables variables = TemplateVariables.of(text);
    for (int n = 0; n < lines.length; n++) {
      String line = variables.resolve(lines[n]);
      String masked = maskTemplates(line);
      if (wiring) {
        dot.read(line);
      }
      if (masked.startsWith("---")) {
        // A document marker, also inside an {{ if }} block: the next object starts afresh.
        if (documentHasEntries) {
          document++;
          documentHasEntries = false;
        }
        stack.clear();
        continue;
      }
      int before = entries.size();
      int end = commentStart(masked);
      int indent = 0;
      while (indent < end && masked.charAt(indent) == ' ') {
        indent++;
      }
      if (indent >= end || masked.substring(indent, end).isBlank() || masked.startsWith("...")) {
        continue;
      }
      int pos = indent;
      while (pos < end
          && masked.charAt(pos) == '-'
          && (pos + 1 == end || masked.charAt(pos + 1) == ' ')) {
        while (!stack.isEmpty()
            && (stack.peek().indent > pos || (stack.peek().indent == pos && stack.peek().item))) {
          stack.pop();
        }
        Frame parent = stack.peek();
        String parentPath = parent == null ? "" : parent.path;
        int index = parent == null ? 0 : parent.nextIndex++;
        stack.push(new Frame(pos, parentPath + "[" + index + "]", true));
        pos += 1;
        while (pos < end && masked.charAt(pos) == ' ') {
          pos++;
        }
      }
      if (pos >= end) {
        continue;
      }
      int colon = keyColon(masked, pos, end);
      if (colon < 0) {
        if (!stack.isEmpty() && stack.peek().item && stack.peek().indent < pos) {
          addEntry(entries, stack.peek().path, line, masked, pos, end, n + 1, document);
        } else if (wiring) {
          String action = dot.resolve(line.substring(pos, end).strip());
          marker(stack, action, pos, n + 1, document, entries);
        }
        documentHasEntries |= entries.size() > before;
        continue;
      }
      while (!stack.isEmpty()
          && stack.peek().indent >= pos
          && !(stack.peek().item && stack.peek().indent < pos)) {
        stack.pop();
      }
      String key = Quotes.strip(line.substring(pos, colon).trim());
      String parentPath = stack.isEmpty() ? "" : stack.peek().path;
      String path = join(parentPath, key);
      int v = colon + 1;
      while (v < end && masked.charAt(v) == ' ') {
        v++;
      }
      if (v >= end) {
        stack.push(new Frame(pos, path, false));
      } else if (masked.charAt(v) != '|' && masked.charAt(v) != '>') {
        addEntry(entries, path, line, masked, v, end, n + 1, document);
      }
      documentHasEntries = true;
    }
    return entries;
  }

  /**
   * True for the marker {@link #scanForWiring} puts where a template writes keys of its own: its
   * key ends in the action itself ({@code env["{{- toYaml .Values.env | nindent 12 }}"]}).
   */
  public static boolean isWrittenKeysMarker(LocatedEntry e) {
    return e.key().contains("[\"{{");
  }

  /** {@code entries} of {@link #scanForWiring} as {@link #scan} reads them: without markers. */
  public static List<LocatedEntry> withoutMarkers(List<LocatedEntry> entries) {
    List<LocatedEntry> out = new ArrayList<>(entries.size());
    for (LocatedEntry e : entries) {
      if (!isWrittenKeysMarker(e) && !e.key().contains("[\"" + HelperLabels.PREFIX)) {
        out.add(e);
      }
    }
    return out;
  }

  /** A marker for an output action alone on its line, below the map or list it writes into. */
  private static void marker(
      Deque<Frame> stack,
      String action,
      int pos,
      int line,
      int document,
      List<LocatedEntry> entries) {
    if (!OutputAction.is(action)) {
      return;
    }
    // The action writes its lines where its indent function puts them ({{ toYaml .Values.x |
    // indent 10 }} is often written at column 0): its parent is the map open at that depth. The
    // stack stays as it is: the lines it writes end no key of the template's own.
    int at = OutputAction.writtenIndent(action).orElse(pos);
    Frame open = null;
    for (Frame f : stack) {
      if (f.indent < at) {
        open = f;
        break;
      }
    }
    if (open == null) {
      return;
    }
    String parent = open.path;
    java.util.Optional<String> call = HelperLabels.call(parent, action);
    String key =
        call.map(c -> HelperLabels.key(parent, c))
            .orElseGet(() -> parent + "[\"" + action.replace('"', '\'') + "\"]");
    entries.add(LocatedEntry.simple(key, call.orElse(action), line, pos + 1, document));
  }

  private static void addEntry(
      List<LocatedEntry> entries,
      String path,
      String line,
      String masked,
      int from,
      int to,
      int n,
      int document) {
    String raw = line.substring(from, to).stripTrailing();
    if (flowInto(
        entries, path, raw, masked.substring(from, to).stripTrailing(), n, from, document)) {
      return;
    }
    String value = Quotes.strip(raw);
    int column = from + 1;
    int valueColumn = value.length() < raw.length() ? column + 1 : column;
    entries.add(
        new LocatedEntry(
            path, value, raw, n, column, document, OffsetMap.sameLine(n, valueColumn)));
  }

  /**
   * A flow collection written whole on its line and free of template text ({@code ports: [{port:
   * 8080, targetPort: http}]}) read as YAML reads it, each leaf under {@code path} on this line;
   * false for anything else, which stays one value.
   */
  private static boolean flowInto(
      List<LocatedEntry> entries,
      String path,
      String raw,
      String masked,
      int n,
      int from,
      int document) {
    if (raw.isEmpty() || raw.charAt(0) != '[' && raw.charAt(0) != '{' || !raw.equals(masked)) {
      return false; // no flow, or template text in it (the mask changed it)
    }
    String prefix = "x: ";
    ReadResult read = new YamlEntryReader().read(prefix + raw);
    if (!read.problems().isEmpty() || read.entries().isEmpty()) {
      return false; // a flow that goes on below, no YAML or empty: one value, as before
    }
    for (LocatedEntry e : read.entries()) {
      int column = from + e.column() - prefix.length();
      entries.add(LocatedEntry.simple(path + e.key().substring(1), e.value(), n, column, document));
    }
    return true;
  }

  /** The line with {@code {{ }}} and {@code {% %}} expressions replaced by same-length letters. */
  private static String maskTemplates(String line) {
    StringBuilder out = new StringBuilder(line);
    int i = 0;
    while (i + 1 < line.length()) {
      if (line.charAt(i) == '{' && (line.charAt(i + 1) == '{' || line.charAt(i + 1) == '%')) {
        String close = line.charAt(i + 1) == '{' ? "}}" : "%}";
        int stop = line.indexOf(close, i + 2);
        stop = stop < 0 ? line.length() : stop + 2;
        for (int k = i; k < stop; k++) {
          out.setCharAt(k, 'T');
        }
        i = stop;
      } else {
        i++;
      }
    }
    return out.toString();
  }

  private static int commentStart(String s) {
    char quote = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '#' && (i == 0 || s.charAt(i - 1) == ' ' || s.charAt(i - 1) == '\t')) {
        return i;
      }
    }
    return s.length();
  }

  /** The colon ending a plain or quoted key (followed by a blank or the end), or -1. */
  private static int keyColon(String s, int from, int to) {
    char first = s.charAt(from);
    int i = from;
    if (first == '"' || first == '\'') {
      int close = s.indexOf(first, from + 1);
      if (close < 0 || close >= to) {
        return -1;
      }
      i = close + 1;
    }
    for (; i < to; i++) {
      char c = s.charAt(i);
      if (c == ':' && (i + 1 == to || s.charAt(i + 1) == ' ')) {
        return i;
      }
      if (c == '{' || c == '[' || c == '"' || c == '\'') {
        return -1;
      }
    }
    return -1;
  }

  private static String join(String parent, String key) {
    String segment = key.indexOf('.') >= 0 ? "[\"" + key + "\"]" : key;
    if (parent.isEmpty()) {
      return segment;
    }
    return segment.startsWith("[") ? parent + segment : parent + "." + segment;
  }
}
