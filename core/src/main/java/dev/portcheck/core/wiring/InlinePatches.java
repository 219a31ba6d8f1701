package dev.portcheck.core.wiring;

import dev.portcheck.core.entries.LocatedEntry;
import dev.portcheck.core.entries.OffsetMap;
import dev.portcheck.core.entries.ReadResult;
import dev.portcheck.core.entries.YamlEntryReader;
import java.util.ArrayList;
import java.util.List;

/**
 * The patches a kustomization writes inside itself ({@code patches[i].patch: |-}, a block in {@code
 * patchesStrategicMerge}), read as the YAML they are, each entry located where it stands in the
 * kustomization: kustomize applies them as it applies a patch file.
 *
 * @param objects the strategic merge patches' entries, one document number per patch
 * @param ops the JSON 6902 patches' operations, each belonging to {@link #id} of its item
 * @param opItems the items whose patch is a list of operations ({@code patches[2]})
 */
record InlinePatches(
    List<LocatedEntry> objects, List<Kustomize.PatchOp> ops, List<String> opItems) {
  static final InlinePatches NONE = new InlinePatches(List.of(), List.of(), List.of());

  // Past any document of the kustomization itself.
  private static final int FIRST_DOCUMENT = 1000;

  /** The inline patch of {@code item} of the kustomization at {@code path}: its name as a patch. */
  static String id(String path, String item) {
    return path + "#" + item;
  }

  /** True for an entry whose value is a patch written in place, not a patch file's path. */
  static boolean isInline(LocatedEntry e) {
    String key = e.key();
    boolean patch =
        key.startsWith("patches[") && key.endsWith("].patch")
            || key.startsWith("patchesStrategicMerge[") && key.endsWith("]");
    return patch && e.value().indexOf('\n') >= 0;
  }

  /** The inline patches of the kustomization at {@code path}, whose whole text is {@code text}. */
  static InlinePatches of(String path, List<LocatedEntry> entries, String text) {
    List<LocatedEntry> objects = new ArrayList<>();
    List<Kustomize.PatchOp> ops = new ArrayList<>();
    List<String> opItems = new ArrayList<>();
    int document = FIRST_DOCUMENT;
    String[] lines = null;
    for (LocatedEntry e : entries) {
      if (!isInline(e)) {
        continue;
      }
      ReadResult read = new YamlEntryReader().read(e.value());
      if (!read.problems().isEmpty()) {
        continue; // not YAML as written (a template): nothing known of it
      }
      lines = lines == null ? text.split("\n", -1) : lines;
      List<LocatedEntry> located = located(e, read.entries(), document++, lines);
      String item = e.key().substring(0, e.key().indexOf(']') + 1);
      List<Kustomize.PatchOp> read6902 = Kustomize.ops(path, located);
      if (read6902.isEmpty()) {
        objects.addAll(located);
        continue;
      }
      opItems.add(item);
      for (Kustomize.PatchOp op : read6902) {
        ops.add(new Kustomize.PatchOp(op.op(), op.path(), op.values(), op.loc(), id(path, item)));
      }
    }
    return objects.isEmpty() && ops.isEmpty() ? NONE : new InlinePatches(objects, ops, opItems);
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
