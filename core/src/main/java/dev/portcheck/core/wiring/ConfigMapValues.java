package dev.portcheck.core.wiring;

import java.util.ArrayList;
import java.util.List;

/**
 * The literal {@code data} entries of a ConfigMap, which may hold client addresses, and a Secret's
 * {@code stringData}.
 *
 * @param decoded the Secret's {@code data} entries decoded from base64, each located at its encoded
 *     value as a whole: the decoded text has no place of its own in the file
 */
public record ConfigMapValues(
    String name, String namespace, List<Setting> data, List<Setting> decoded) {

  public ConfigMapValues {
    data = List.copyOf(data);
    decoded = List.copyOf(decoded);
  }

  public ConfigMapValues(String name, String namespace, List<Setting> data) {
    this(name, namespace, data, List.of());
  }

  /** Every entry, as written or decoded. */
  public List<Setting> all() {
    if (decoded.isEmpty()) {
      return data;
    }
    List<Setting> all = new ArrayList<>(data);
    all.addAll(decoded);
    return all;
  }
}
