package dev.portcheck.core.wiring;

import dev.portcheck.core.entries.InlinePatchEntries;
import dev.portcheck.core.entries.LocatedEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The patches a kustomization writes inside itself, as the model applies them: the entries {@link
 * InlinePatchEntries} read from each, either a strategic merge patch's object or a JSON 6902
 * patch's operations; kustomize applies them as it applies a patch file.
 *
 * @param objects the strategic merge patches' entries, one document number per patch
 * @param ops the JSON 6902 patches' operations, each belonging to {@link #id} of its item
 * @param opItems the items whose patch is a list of operations ({@code patches[2]})
 */
record InlinePatches(
    List<LocatedEntry> objects, List<Kustomize.PatchOp> ops, List<String> opItems) {
  static final InlinePatches NONE = new InlinePatches(List.of(), List.of(), List.of());

  /** The inline patch of {@code item} of the kustomization at {@code path}: its name as a patch. */
  static String id(String path, String item) {
    return path + "#" + item;
  }

  /** True for an entry whose value is a patch written in place, not a patch file's path. */
  static boolean isInline(LocatedEntry e) {
    return InlinePatchEntries.isInline(e);
  }

  /**
   * The inline patches of the kustomization at {@code path}, from its entries as {@link
   * InlinePatchEntries#expand} gives them: each patch's entries in a document of its own.
   */
  static InlinePatches of(String path, List<LocatedEntry> entries) {
    List<String> items = new ArrayList<>();
    Map<Integer, List<LocatedEntry>> byDocument = new LinkedHashMap<>();
    for (LocatedEntry e : entries) {
      if (e.document() >= InlinePatchEntries.FIRST_DOCUMENT) {
        byDocument.computeIfAbsent(e.document(), d -> new ArrayList<>()).add(e);
      } else if (isInline(e)) {
        items.add(e.key().substring(0, e.key().indexOf(']') + 1));
      }
    }
    if (byDocument.isEmpty()) {
      return NONE;
    }
    List<LocatedEntry> objects = new ArrayList<>();
    List<Kustomize.PatchOp> ops = new ArrayList<>();
    List<String> opItems = new ArrayList<>();
    byDocument.forEach(
        (document, located) -> {
          int index = document - InlinePatchEntries.FIRST_DOCUMENT;
          if (index >= items.size()) {
            return;
          }
          String item = items.get(index);
          List<Kustomize.PatchOp> read6902 = Kustomize.ops(path, located);
          if (read6902.isEmpty()) {
            objects.addAll(located);
            return;
          }
          opItems.add(item);
          for (Kustomize.PatchOp op : read6902) {
            ops.add(
                new Kustomize.PatchOp(op.op(), op.path(), op.values(), op.loc(), id(path, item)));
          }
        });
    return objects.isEmpty() && ops.isEmpty() ? NONE : new InlinePatches(objects, ops, opItems);
  }
}
