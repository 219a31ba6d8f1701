package dev.portcheck.core.entries;

import java.util.ArrayList;
import java.util.List;

/**
 * A kustomization's patches written inside it ({@code patches[i].patch: |-}, a block in {@code
 * patchesStrategicMerge}) read as the YAML they are, each entry located where it stands in the
 * kustomization and in a document of its own ({@link #FIRST_DOCUMENT} + the patch's place among
 * them): the candidates and the model read a patch's ports like those of a patch file, once.
 */
public final class InlinePatchEntries {
  /** The document of the first patch written in place; past any of the kustomization itself. */
  public static final int FIRST_DOCUMENT = 1000;

  private InlinePatchEntries() {}

  /** True for an entry whose value is a patch written in place, not a patch file's path. */
  public static boolean isInline(LocatedEntry e) {
    String key = e.key();
    boolean patch =
        key.startsWith("patches[") && key.endsWith("].patch")
            || key.startsWith("patchesStrategicMerge[") && key.endsWith("]");
    return patch && e.value().indexOf('\n') >= 0;
  }

  /**
   * {@code entries} of a kustomization whose whole text is {@code text}, followed by the entries of
   * each patch written in it; a patch that is no YAML as written (a template) adds none.
   */
  public static List<LocatedEntry> expand(List<LocatedEntry> entries, String text) {
    List<LocatedEntry> out = null;
    String[] lines = null;
    int document = FIRST_DOCUMENT;
    for (LocatedEntry e : entries) {
      if (!isInline(e)) {
        continue;
      }
      int own = document++;
      ReadResult read = new YamlEntryReader().read(e.value());
      if (!read.problems().isEmpty()) {
        continue;
      }
      out = out == null ? new ArrayList<>(entries) : out;
      lines = lines == null ? text.split("\n", -1) : lines;
      out.addAll(located(e, read.entries(), own, lines));
    }
    return out == null ? entries : out;
  }

  /**
   * The patch's entries, moved from its own text to where that text stands in the file: a block
   * scalar's lines start on the line after its indicator ({@code patch: |-}), each indented alike.
   */
  private static List<LocatedEntry> located(
      LocatedEntry patch, List<LocatedEntry> inner, int document, String[] lines) {
    int first = patch.line(); // 0-based index of the line after the indicator
    int indent = 0;
    for (int i = first; i < lines.length; i++) {
      String l = lines[i];
      if (!l.isBlank()) {
        while (indent < l.length() && l.charAt(indent) == ' ') {
          indent++;
        }
        break;
      }
    }
    List<LocatedEntry> out = new ArrayList<>(inner.size());
    for (LocatedEntry e : inner) {
      int line = patch.line() + e.line();
      int column = indent + e.column();
      out.add(
          new LocatedEntry(
              e.key(),
              e.value(),
              e.raw(),
              line,
              column,
              document,
              OffsetMap.sameLine(line, e.positionOf(0).column() - e.column() + column)));
    }
    return out;
  }
}
