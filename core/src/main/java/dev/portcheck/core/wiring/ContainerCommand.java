package dev.portcheck.core.wiring;

import dev.portcheck.core.candidates.TemplateMask;
import dev.portcheck.core.entries.LocatedEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A container's {@code command} then {@code args}, word by word, located.
 *
 * @param words every word, for the listen flags they set
 * @param dials the addresses they hand the process ({@link CommandAddresses})
 * @param mayMoveListeners true when a word names a port or profile, or is templated: the process
 *     may listen where the manifest does not show
 */
record ContainerCommand(
    List<ListenFlags.Word> words, List<Setting> dials, boolean mayMoveListeners) {

  static ContainerCommand of(KeyTree c, Function<LocatedEntry, Loc> loc) {
    List<ListenFlags.Word> words = new ArrayList<>();
    List<Setting> dials = new ArrayList<>();
    boolean open = false;
    for (String field : List.of("command", "args")) {
      List<LocatedEntry> written = new ArrayList<>();
      c.at(field).collect(written);
      String previous = null;
      for (LocatedEntry word : written) {
        String text = word.value().toLowerCase(Locale.ROOT);
        open |= text.contains("port") || text.contains("profile") || TemplateMask.hasTemplate(text);
        words.add(new ListenFlags.Word(word.value(), loc.apply(word)));
        CommandAddresses.of(field, previous, word.value(), loc.apply(word)).ifPresent(dials::add);
        previous = word.value();
      }
    }
    return new ContainerCommand(List.copyOf(words), List.copyOf(dials), open);
  }
}
