package dev.portcheck.core.wiring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Other programs' configurations of the module, by file: what compose services mount or copy to run
 * nginx or an OpenTelemetry Collector with.
 */
record ProgramConfigs(Map<String, NginxConfig> nginx, Map<String, CollectorConfig> collectors) {
  static final ProgramConfigs NONE = new ProgramConfigs(Map.of(), Map.of());

  ProgramConfigs {
    nginx = Map.copyOf(nginx);
    collectors = Map.copyOf(collectors);
  }

  static ProgramConfigs of(List<NginxConfig> nginx, List<CollectorConfig> collectors) {
    Map<String, NginxConfig> n = new HashMap<>();
    nginx.forEach(c -> n.put(c.file(), c));
    Map<String, CollectorConfig> c = new HashMap<>();
    collectors.forEach(x -> c.put(x.file(), x));
    return new ProgramConfigs(n, c);
  }
}
