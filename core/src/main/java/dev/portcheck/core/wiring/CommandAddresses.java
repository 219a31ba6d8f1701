package dev.portcheck.core.wiring;

import dev.portcheck.core.candidates.TemplateMask;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An address that a container's command line hands its process: {@code
 * --backend-url=http://backend:9898/echo}, {@code --default-addr profile:8082} (the flag, then the
 * address as the next word). The process dials it as it dials an address in its env; a bind address
 * ({@code :8080}, {@code 0.0.0.0:8080}) names no other host and is none.
 */
final class CommandAddresses {
  private CommandAddresses() {}

  /** The hosts a server binds to listen on every interface: addresses of no other host. */
  private static final java.util.Set<String> WILDCARDS =
      java.util.Set.of("0.0.0.0", "::", "[::]", "");

  /**
   * The address {@code word} of {@code field} ({@code command} or {@code args}) holds, named by its
   * flag ({@code --backend-url}), by {@code previous} when that is the flag it is the value of, or
   * else by the field; empty when it holds none.
   */
  static Optional<Setting> of(String field, String previous, String word, Loc loc) {
    if (TemplateMask.hasTemplate(word)
        || Address.in(word).stream().allMatch(a -> WILDCARDS.contains(a.host()))) {
      return Optional.empty();
    }
    int eq = word.indexOf('=');
    String name =
        word.startsWith("-") && eq > 1
            ? word.substring(0, eq)
            : previous != null
                    && previous.startsWith("-")
                    && previous.indexOf('=') < 0
                    && !CommandWords.SHELL_SCRIPT_FLAG.matcher(previous).matches()
                ? previous
                : field;
    return Optional.of(new Setting(name, word, loc));
  }

  /**
   * The addresses a command line's words hold ({@link #of}), each word as the shell or an exec-form
   * list hands it over: split at blanks, without its quotes, brackets and commas.
   */
  static List<Setting> dials(String field, List<ListenFlags.Word> words) {
    List<Setting> out = new ArrayList<>();
    String previous = null;
    for (ListenFlags.Word w : CommandWords.split(words)) {
      of(field, previous, w.text(), w.loc()).ifPresent(out::add);
      previous = w.text();
    }
    return out;
  }
}
