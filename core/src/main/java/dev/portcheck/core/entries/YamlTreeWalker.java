package dev.portcheck.core.entries;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Turns a stream of YAML events into located entries, keeping only a stack of open collections (the
 * current path) and the entries recorded under anchors, which aliases replay at their own place.
 */
final class YamlTreeWalker {
  private final YamlLimits limits;
  private final List<ReadProblem> problems;
  private final List<LocatedEntry> entries = new ArrayList<>();
  // The open collections, innermost last. YamlFrames are reused by depth: a file opens thousands of
  // collections, and a fresh frame each (with its key table) was a good part of the walk's cost.
  private YamlFrame[] frames = new YamlFrame[16];
  private int depth;
  private final Map<String, List<LocatedEntry>> anchored = new HashMap<>();
  private final Deque<OpenAnchor> openAnchors = new ArrayDeque<>();
  private int document = -1;
  private int replayed;
  private int skipDepth;
  private boolean aborted;

  YamlTreeWalker(YamlLimits limits, List<ReadProblem> problems) {
    this.limits = limits;
    this.problems = problems;
  }

  List<LocatedEntry> entries() {
    return entries;
  }

  boolean isAborted() {
    return aborted;
  }

  void startDocument() {
    document++;
    depth = 0;
    anchored.clear();
  }

  void endDocument() {
    depth = 0;
  }

  void scalar(ScalarEvent event) {
    if (skipDepth > 0) {
      return;
    }
    YamlFrame top = top();
    if (top != null && top.isMapping && top.expectingKey) {
      top.acceptKey(event.getValue(), event.getStartMark(), problems);
      return;
    }
    String path = childPath(top);
    Mark start = event.getStartMark();
    int line = start.getLine() + 1;
    int column = start.getColumn() + 1;
    ScalarStyle style = event.getScalarStyle();
    boolean quoted = style == ScalarStyle.DOUBLE_QUOTED || style == ScalarStyle.SINGLE_QUOTED;
    String value = event.getValue();
    String raw = quoted ? quote(style) + value + quote(style) : value;
    OffsetMap offsets = OffsetMap.sameLine(line, quoted ? column + 1 : column);
    int before = entries.size();
    entries.add(new LocatedEntry(path, value, raw, line, column, Math.max(0, document), offsets));
    if (event.getAnchor() != null) {
      anchored.put(event.getAnchor(), relativeTo(path, entries.subList(before, entries.size())));
    }
    advance(top);
  }

  void startCollection(CollectionStartEvent event, boolean isMapping) {
    if (skipDepth > 0) {
      skipDepth++;
      return;
    }
    YamlFrame top = top();
    if (top != null && top.isMapping && top.expectingKey) {
      // A complex (collection) key: nothing under it can be a port setting.
      top.acceptKey("?", event.getStartMark(), problems);
      top.complexKey = true;
      skipDepth = 1;
      return;
    }
    if (depth >= limits.maxDepth()) {
      Mark m = event.getStartMark();
      problems.add(
          ReadProblem.syntax(
              m.getLine() + 1,
              m.getColumn() + 1,
              "YAML nested deeper than "
                  + limits.maxDepth()
                  + " levels; the deeper part was not read"));
      skipDepth = 1;
      return;
    }
    String path = childPath(top);
    push(path, isMapping);
    if (event.getAnchor() != null) {
      openAnchors.push(new OpenAnchor(event.getAnchor(), path, entries.size(), depth));
    }
  }

  void endCollection() {
    if (skipDepth > 0) {
      skipDepth--;
      if (skipDepth == 0) {
        YamlFrame top = top();
        if (top != null && top.complexKey) {
          top.complexKey = false;
          return; // the key ended; its value follows
        }
        advance(top);
      }
      return;
    }
    YamlFrame closing = top();
    if (closing != null && closing.mergeStart >= 0) {
      dropOverriddenMerges(closing);
    }
    int closed = depth--;
    OpenAnchor open = openAnchors.peek();
    if (open != null && open.depth == closed) {
      openAnchors.pop();
      anchored.put(
          open.name, relativeTo(open.path, entries.subList(open.firstEntry, entries.size())));
    }
    advance(top());
  }

  void alias(AliasEvent event) {
    if (skipDepth > 0) {
      return;
    }
    YamlFrame top = top();
    if (top != null && top.isMapping && top.expectingKey) {
      top.acceptKey("*" + event.getAnchor(), event.getStartMark(), problems);
      return;
    }
    String path = childPath(top);
    if (top != null && top.isMapping && "<<".equals(top.currentKey)) {
      path = top.path; // a merge key folds the anchored mapping into this one
    }
    boolean merge = top != null && top.isMapping && "<<".equals(top.currentKey);
    int firstReplayed = entries.size();
    List<LocatedEntry> recorded = anchored.getOrDefault(event.getAnchor(), List.of());
    Mark m = event.getStartMark();
    int line = m.getLine() + 1;
    int column = m.getColumn() + 1;
    for (LocatedEntry e : recorded) {
      if (++replayed > limits.maxAliasEntries()) {
        problems.add(
            ReadProblem.syntax(
                line,
                column,
                "aliases expand to more than "
                    + limits.maxAliasEntries()
                    + " values; the rest of the file was not read"));
        aborted = true;
        return;
      }
      String key = join(path, e.key());
      entries.add(
          new LocatedEntry(
              key,
              e.value(),
              e.raw(),
              line,
              column,
              Math.max(0, document),
              OffsetMap.sameLine(line, column)));
    }
    if (merge && top.mergeStart < 0) {
      top.mergeStart = firstReplayed;
      top.mergeEnd = entries.size();
    }
    advance(top);
  }

  /**
   * A key the mapping writes itself wins over the same key a merge brings, wherever either stands
   * (YAML's merge key rule): {@code ports: []} after {@code <<: *django} leaves no port of
   * django's.
   */
  private void dropOverriddenMerges(YamlFrame frame) {
    java.util.Set<String> own = frame.ownSegments();
    if (own.isEmpty() || frame.mergeEnd > entries.size()) {
      return;
    }
    String prefix = frame.path.isEmpty() ? "" : frame.path;
    List<LocatedEntry> merged = entries.subList(frame.mergeStart, frame.mergeEnd);
    List<LocatedEntry> kept = new ArrayList<>(merged.size());
    for (LocatedEntry e : merged) {
      String rest = e.key().substring(Math.min(prefix.length(), e.key().length()));
      if (rest.startsWith(".")) {
        rest = rest.substring(1);
      }
      if (!overrides(own, rest)) {
        kept.add(e);
      }
    }
    if (kept.size() < merged.size()) {
      merged.clear();
      merged.addAll(kept);
    }
  }

  /** True when {@code rest}, a key below the mapping, starts with one of its own segments. */
  private static boolean overrides(java.util.Set<String> own, String rest) {
    for (String segment : own) {
      if (rest.equals(segment)
          || rest.startsWith(segment)
              && (rest.charAt(segment.length()) == '.' || rest.charAt(segment.length()) == '[')) {
        return true;
      }
    }
    return false;
  }

  private YamlFrame top() {
    return depth == 0 ? null : frames[depth - 1];
  }

  private void push(String path, boolean isMapping) {
    if (depth == frames.length) {
      frames = Arrays.copyOf(frames, depth * 2);
    }
    YamlFrame f = frames[depth];
    if (f == null) {
      f = new YamlFrame();
      frames[depth] = f;
    }
    f.reset(path, isMapping);
    depth++;
  }

  private static void advance(YamlFrame top) {
    if (top == null) {
      return;
    }
    if (top.isMapping) {
      top.expectingKey = true;
      top.currentKey = null;
    } else {
      top.index++;
    }
  }

  private static String childPath(YamlFrame top) {
    if (top == null) {
      return "";
    }
    if (top.isMapping) {
      return join(top.path, segment(top.currentKey == null ? "" : top.currentKey));
    }
    return top.path.concat(top.index < INDEXES.length ? INDEXES[top.index] : "[" + top.index + "]");
  }

  /** {@code [0]} to {@code [255]}: every sequence item's path ends with one. */
  private static final String[] INDEXES = new String[256];

  static {
    for (int i = 0; i < INDEXES.length; i++) {
      INDEXES[i] = "[" + i + "]";
    }
  }

  /** Entries re-keyed relative to the anchored node, so an alias can prefix its own path. */
  private static List<LocatedEntry> relativeTo(String base, List<LocatedEntry> list) {
    List<LocatedEntry> result = new ArrayList<>(list.size());
    for (LocatedEntry e : list) {
      String rel = e.key().length() > base.length() ? e.key().substring(base.length()) : "";
      if (rel.startsWith(".")) {
        rel = rel.substring(1);
      }
      result.add(
          new LocatedEntry(
              rel, e.value(), e.raw(), e.line(), e.column(), e.document(), e.offsets()));
    }
    return List.copyOf(result);
  }

  static String join(String parent, String child) {
    if (parent.isEmpty()) {
      return child;
    }
    if (child.isEmpty()) {
      return parent;
    }
    return child.startsWith("[") ? parent + child : parent + "." + child;
  }

  /** A mapping key as a path segment; keys holding dots or brackets are written {@code ["k"]}. */
  static String segment(String key) {
    if (key.indexOf('.') >= 0 || key.indexOf('[') >= 0 || key.indexOf(']') >= 0) {
      return "[\"" + key + "\"]";
    }
    return key;
  }

  private static String quote(ScalarStyle style) {
    return style == ScalarStyle.DOUBLE_QUOTED ? "\"" : "'";
  }

  private record OpenAnchor(String name, String path, int firstEntry, int depth) {}
}
