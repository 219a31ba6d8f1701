package dev.portcheck.core.wiring;

import java.util.List;

/** The literal {@code data} entries of a ConfigMap, which may hold client addresses. */
public record ConfigMapValues(String name, String namespace, List<Setting> data) {

  public ConfigMapValues {
    data = List.copyOf(data);
  }
}
