package dev.portcheck.core.wiring;

import dev.portcheck.core.candidates.TemplateMask;
import java.util.Optional;

/**
 * An address that a container's command line hands its process: {@code
 * --backend-url=http://backend:9898/echo}, {@code --default-addr profile:8082} (the flag, then the
 * address as the next word). The process dials it as it dials an address in its env; a bind address
 * ({@code :8080}, {@code 0.0.0.0:8080}) names no other host and is none.
 */
final class CommandAddresses {
  private CommandAddresses() {}

  /**
   * The address {@code word} of {@code field} ({@code command} or {@code args}) holds, named by its
   * flag ({@code --backend-url}), by {@code previous} when that is the flag it is the value of, or
   * else by the field; empty when it holds none.
   */
  static Optional<Setting> of(String field, String previous, String word, Loc loc) {
    if (TemplateMask.hasTemplate(word) || Address.in(word).isEmpty()) {
      return Optional.empty();
    }
    int eq = word.indexOf('=');
    String name =
        word.startsWith("-") && eq > 1
            ? word.substring(0, eq)
            : previous != null && previous.startsWith("-") && previous.indexOf('=') < 0
                ? previous
                : field;
    return Optional.of(new Setting(name, word, loc));
  }
}
