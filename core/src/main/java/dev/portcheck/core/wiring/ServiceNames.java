package dev.portcheck.core.wiring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A module's Kubernetes Services by the DNS names a client may use for them: each Service under its
 * written name and the names kustomize gives it ({@code namePrefix}, {@code nameSuffix}).
 */
final class ServiceNames {
  private final Map<String, List<KubeService>> servicesByName = new HashMap<>();
  // The Services a name can mean, indexed for the nearest-to question, once per name and
  // namespace: every client of a module asks, from rules and the graph side by side.
  private final Map<String, NearestIndex<KubeService>> nearestNamed = new ConcurrentHashMap<>();

  // Per chart, the names its Services' template text may render to (a release and chart name in
  // place of each action): a client of the chart may mean one of them by a literal name.
  private final Map<String, List<Pattern>> chartNamePatterns = new HashMap<>();

  ServiceNames(List<KubeService> services, List<Kustomize.Naming> namings) {
    for (KubeService s : services) {
      String chart = ChartTemplate.chartOf(s.loc().file());
      if (chart != null && TemplateText.isToken(s.name())) {
        chartNamePatterns
            .computeIfAbsent(chart, c -> new ArrayList<>())
            .add(renderings(TemplateText.written(s.name())));
      }
      if (!s.name().isEmpty()) {
        for (String name : KustomizeNames.of(s, namings)) {
          servicesByName.computeIfAbsent(name, x -> new ArrayList<>()).add(s);
        }
      }
    }
  }

  /**
   * The Services nearest to {@code from} that a DNS name can mean ({@code name}, {@code name.ns},
   * {@code name.ns.svc}, {@code name.ns.svc.cluster.local}); a bare name is looked up in the
   * client's namespace, any namespace when that is not written.
   */
  List<KubeService> servicesAt(String host, String clientNamespace, Loc from) {
    if (TemplateText.isToken(host)) {
      return chartServicesAt(host, clientNamespace, from);
    }
    Optional<ServiceDns> dns = ServiceDns.parse(host, clientNamespace);
    if (dns.isEmpty()) {
      return List.of();
    }
    ServiceDns d = dns.get();
    String key = d.name() + '\0' + d.namespace() + '\0' + d.explicit() + '\0' + d.qualified();
    List<KubeService> found = named(d, key, from);
    if (!found.isEmpty() && mayBeTheChartsOwn(d.name(), from, found)) {
      return List.of();
    }
    if (found.isEmpty()
        && d.explicit()
        && !d.qualified()
        && POD_ORDINAL.matcher(d.name()).matches()) {
      // postgres-0.postgres: a StatefulSet's pod under the headless Service that governs it, in
      // the client's namespace, reached at the port it dials.
      List<KubeService> governing = new ArrayList<>();
      for (KubeService s : servicesByName.getOrDefault(d.namespace(), List.of())) {
        if (s.headless() && WiringModel.sameNamespace(clientNamespace, s.namespace())) {
          governing.add(s);
        }
      }
      return new NearestIndex<>(governing, KubeService::loc).to(from);
    }
    return found;
  }

  /**
   * The Services of a chart template's client that a host written as template text names: the same
   * text of the same chart ({@link TemplateText#inChart}), which one release renders to one name,
   * also under the release's namespace ({@code .{{ .Release.Namespace }}}, with {@code .svc} or
   * {@code .svc.cluster.local}). Any other host of template text names nothing known.
   */
  private List<KubeService> chartServicesAt(String host, String clientNamespace, Loc from) {
    String chart = ChartTemplate.chartOf(from.file());
    if (chart == null) {
      return List.of();
    }
    String name = RELEASE_NAMESPACE.matcher(TemplateText.token(host)).replaceFirst("");
    if (TemplateText.ACTION.matcher(name).replaceAll("").indexOf('.') >= 0) {
      return List.of(); // a namespace or domain of its own, which the chart's text does not say
    }
    return servicesNamed(TemplateText.inChart(name, chart), clientNamespace, from);
  }

  /**
   * Whether a literal name a chart's template dials may be one its own Services render to ({@code
   * podtato-head-hat} against {@code {{ include "podtato-head.fullname" . }}-hat}): which one
   * depends on the release's name, so a Service of that literal name elsewhere in the module, which
   * may never be deployed beside the chart, says nothing of what the client reaches. A Service of
   * that name in the chart itself is the one.
   */
  private boolean mayBeTheChartsOwn(String name, Loc from, List<KubeService> found) {
    String chart = ChartTemplate.chartOf(from.file());
    if (chart == null
        || found.stream().anyMatch(s -> chart.equals(ChartTemplate.chartOf(s.loc().file())))) {
      return false; // the chart's own Service of that name: two of one name cannot both deploy
    }
    for (Pattern p : chartNamePatterns.getOrDefault(chart, List.of())) {
      if (p.matcher(name).matches()) {
        return true;
      }
    }
    return false;
  }

  /** The names template text may render to: its literal parts, any DNS label text per action. */
  private static Pattern renderings(String text) {
    StringBuilder regex = new StringBuilder();
    int at = 0;
    java.util.regex.Matcher m = TemplateText.ACTION.matcher(text);
    while (m.find()) {
      regex.append(Pattern.quote(text.substring(at, m.start()))).append("[-a-z0-9.]*");
      at = m.end();
    }
    regex.append(Pattern.quote(text.substring(at)));
    return Pattern.compile(regex.toString());
  }

  private static final Pattern RELEASE_NAMESPACE =
      Pattern.compile("\\.\\{\\{ \\.Release\\.Namespace }}(\\.svc(\\.cluster\\.local)?)?\\.?$");

  private static final Pattern POD_ORDINAL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?-\\d+");

  private List<KubeService> named(ServiceDns d, String key, Loc from) {
    return nearestNamed
        .computeIfAbsent(
            key,
            k -> {
              List<KubeService> named = new ArrayList<>();
              for (KubeService s : servicesByName.getOrDefault(d.name(), List.of())) {
                if (d.explicit()
                    ? d.namespace().equals(s.namespace())
                        || (s.namespace().isEmpty() && d.qualified())
                    : WiringModel.sameNamespace(d.namespace(), s.namespace())) {
                  named.add(s);
                }
              }
              return new NearestIndex<>(named, KubeService::loc);
            })
        .to(from);
  }

  /** Services of that name a reference from {@code from} in {@code namespace} may mean. */
  List<KubeService> servicesNamed(String name, String namespace, Loc from) {
    return nearestNamed
        .computeIfAbsent(
            name + '\0' + namespace,
            k -> {
              List<KubeService> named = new ArrayList<>();
              for (KubeService s : servicesByName.getOrDefault(name, List.of())) {
                if (WiringModel.sameNamespace(namespace, s.namespace())) {
                  named.add(s);
                }
              }
              return new NearestIndex<>(named, KubeService::loc);
            })
        .to(from);
  }
}
