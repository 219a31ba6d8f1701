package dev.portcheck.core.report;

import com.fasterxml.jackson.core.io.SerializedString;
import java.util.HashMap;
import java.util.Map;

/**
 * Strings that repeat from one report element to the next (the file of a run of ports, a rule id),
 * escaped and encoded once per block of elements instead of once per element. One per block, so
 * used by one thread.
 */
final class RepeatedStrings {
  private String file;
  private SerializedString encodedFile;
  private final Map<String, SerializedString> rules = new HashMap<>();

  /** {@code path} encoded; elements come sorted by file, so only the last one is kept. */
  SerializedString file(String path) {
    if (!path.equals(file)) {
      file = path;
      encodedFile = new SerializedString(path);
    }
    return encodedFile;
  }

  /** A rule id encoded; there are a few dozen of them. */
  SerializedString rule(String id) {
    return rules.computeIfAbsent(id, SerializedString::new);
  }
}
