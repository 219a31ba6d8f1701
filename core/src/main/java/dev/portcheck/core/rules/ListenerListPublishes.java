package dev.portcheck.core.rules;

import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.wiring.ComposeListeners;
import dev.portcheck.core.wiring.ComposeProject;
import dev.portcheck.core.wiring.KafkaListeners;
import dev.portcheck.core.wiring.Loc;
import dev.portcheck.core.wiring.Setting;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The publishes {@link ComposePublishPortRule} judges by the listeners a compose service's
 * environment lists ({@code KSQL_LISTENERS}, a Kafka broker's {@code KAFKA_LISTENERS}) rather than
 * by its image: a publish of a port no listed listener binds forwards to nothing. Kept apart so the
 * rule holds the judgement by the image.
 */
final class ListenerListPublishes {
  private ListenerListPublishes() {}

  /**
   * A published container port of a service whose environment lists its servers' every listener
   * ({@code KSQL_LISTENERS: http://0.0.0.0:8089}) when neither a list, nor another listen variable
   * or flag, nor its image names the port: the publish forwards to nothing.
   */
  static List<Finding> outsideListedListeners(String service, ComposeListeners l) {
    // A built or documented image that EXPOSEs ports is judged by them, below.
    boolean imageExposes = l.image().isPresent() && !l.image().get().exposed().isEmpty();
    if (l.serverLists().isEmpty() || !l.complete() || imageExposes) {
      return List.of();
    }
    List<Finding> out = new ArrayList<>();
    for (ComposeListeners.Published p : l.published().values()) {
      if (l.bound().containsKey(p.container()) || l.exposed().containsKey(p.container())) {
        continue;
      }
      Map.Entry<String, Map<Integer, Loc>> list = l.serverLists().entrySet().iterator().next();
      String listed =
          list.getValue().entrySet().stream()
              .map(e -> e.getKey() + " (" + e.getValue() + ")")
              .collect(Collectors.joining(", "));
      out.add(
          ComposePublishPortRule.unserved(
              service,
              p,
              list.getKey()
                  + "_LISTENERS lists its listeners as "
                  + listed
                  + " and nothing else in the service binds "
                  + p.container(),
              list.getValue().values().iterator().next(),
              list.getKey() + "_LISTENERS of service '" + service + "'"));
    }
    return out;
  }

  /**
   * A published container port of a Kafka broker whose environment lists every listener ({@link
   * KafkaListeners}) at a port the broker advertises to its clients but no listener binds: the
   * clients told to connect there through the publish reach nothing. Other ports (a JMX exporter
   * agent's) may be served by the broker's JVM, so only advertised ones are judged.
   */
  static List<Finding> unboundKafkaListeners(
      ComposeProject project, String service, ComposeListeners l) {
    if (!l.kafkaListed() || !l.complete()) {
      return List.of();
    }
    List<Setting> environment = new ArrayList<>();
    project
        .services()
        .getOrDefault(service, List.of())
        .forEach(s -> environment.addAll(s.environment()));
    Set<Integer> advertised = KafkaListeners.advertised(environment, project::interpolate);
    List<Finding> out = new ArrayList<>();
    for (ComposeListeners.Published p : l.published().values()) {
      if (!advertised.contains(p.container()) || l.bound().containsKey(p.container())) {
        continue;
      }
      String bound =
          l.bound().entrySet().stream()
              .map(e -> e.getKey() + " (" + e.getValue() + ")")
              .collect(Collectors.joining(", "));
      out.add(
          ComposePublishPortRule.unserved(
              service,
              p,
              "its Kafka broker advertises "
                  + p.container()
                  + " to its clients while its listeners bind "
                  + bound
                  + ", and nothing else in the service binds "
                  + p.container(),
              l.bound().values().iterator().next(),
              "the listeners of the broker of service '" + service + "'"));
    }
    return out;
  }
}
