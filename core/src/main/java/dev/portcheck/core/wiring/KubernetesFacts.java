package dev.portcheck.core.wiring;

import dev.portcheck.core.candidates.TemplateMask;
import dev.portcheck.core.entries.HelperLabels;
import dev.portcheck.core.entries.LocatedEntry;
import dev.portcheck.core.model.KubernetesObjects;
import dev.portcheck.core.model.KubernetesObjects.KubernetesObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the workloads, Services, Ingress and Gateway API backends and ConfigMaps of one file's
 * Kubernetes objects. Only literal values count: a templated value makes its part unknown, never a
 * guessed one.
 */
final class KubernetesFacts {
  private final String file;
  final List<Workload> workloads = new ArrayList<>();
  final List<KubeService> services = new ArrayList<>();
  final List<Backend> backends = new ArrayList<>();
  final List<ConfigMapValues> configMaps = new ArrayList<>();
  final List<Monitor> monitors = new ArrayList<>();
  final List<NetworkPolicy> policies = new ArrayList<>();

  /** Where a rendered value was defined, when not where it is used (a chart's values file). */
  private final Map<LocatedEntry, Loc> origins;

  private static final Set<String> NGINX_ROUTES =
      Set.of("VirtualServer", "VirtualServerRoute", "TransportServer");
  private final RouteBackends routes = new RouteBackends(backends, this::loc, this::chartName);
  private final ContainerFacts containerFacts;

  KubernetesFacts(String file) {
    this(file, Map.of());
  }

  /** Facts of entries some of which stand for values defined at {@code origins}' places. */
  KubernetesFacts(String file, Map<LocatedEntry, Loc> origins) {
    this.file = file;
    this.origins = origins;
    this.containerFacts =
        new ContainerFacts(this::loc, this::chartName, ChartTemplate.chartOf(file) != null);
  }

  void read(List<LocatedEntry> entries) {
    // Most YAML files are no Kubernetes objects: one pass over the keys spares them the trees.
    if (!mayHoldObjects(entries)) {
      return;
    }
    for (KubernetesObject object : KubernetesObjects.split(entries)) {
      if (object.isObject()) {
        read(KeyTree.of(object.entries(), object.prefix()));
      }
    }
  }

  private static boolean mayHoldObjects(List<LocatedEntry> entries) {
    for (LocatedEntry e : entries) {
      String k = e.key();
      if (k.equals("kind") || (k.startsWith("items[") && k.endsWith("].kind"))) {
        return true;
      }
    }
    return false;
  }

  private void read(KeyTree o) {
    String kind = o.value("kind");
    String apiVersion = o.value("apiVersion");
    String name = TemplateText.literal(o.value("metadata", "name"));
    String namespace = TemplateText.literal(o.value("metadata", "namespace"));
    Loc loc = loc(o.at("kind").entry());
    if (kind.equals("Service") && apiVersion.equals("v1")) {
      String service = chartName(o.value("metadata", "name"));
      KubeServiceReader.read(o, service, namespace, loc, this::loc, this::labelsInto)
          .ifPresent(services::add);
    } else if (kind.equals("Ingress")) {
      o.at("spec").fields().values().forEach(n -> routes.ingress(n, namespace));
      IngressAnnotations.calls(o, namespace, this::loc).ifPresent(configMaps::add);
    } else if (apiVersion.startsWith("gateway.networking.k8s.io/") && kind.endsWith("Route")) {
      routes.route(o, kind, namespace);
    } else if (apiVersion.startsWith("apisix.apache.org/") && kind.equals("ApisixRoute")) {
      routes.apisix(o, namespace);
    } else if ((apiVersion.startsWith("traefik.io/")
            || apiVersion.startsWith("traefik.containo.us/"))
        && kind.startsWith("IngressRoute")) {
      routes.traefik(o, kind, namespace);
    } else if (apiVersion.startsWith("projectcontour.io/") && kind.equals("HTTPProxy")) {
      routes.contour(o, namespace);
    } else if (apiVersion.startsWith("k8s.nginx.org/") && NGINX_ROUTES.contains(kind)) {
      routes.nginx(o, kind, namespace);
    } else if (apiVersion.startsWith("kafka.strimzi.io/")
        && (kind.equals("Kafka") || kind.equals("KafkaBridge"))) {
      services.addAll(StrimziServices.of(o, kind, name, namespace, this::loc));
    } else if (apiVersion.startsWith("getambassador.io/") && kind.equals("Mapping")) {
      routes.ambassador(o, namespace);
    } else if (apiVersion.startsWith("networking.istio.io/") && kind.equals("VirtualService")) {
      backends.addAll(IstioRoutes.of(o, namespace, this::loc));
    } else if (apiVersion.startsWith("apiregistration.k8s.io/")
        || apiVersion.startsWith("admissionregistration.k8s.io/")
        || apiVersion.startsWith("apiextensions.k8s.io/")) {
      backends.addAll(ApiServerBackends.of(o, kind, this::loc));
    } else if (NetworkPolicies.is(apiVersion, kind)) {
      NetworkPolicies.of(o, name, namespace, loc, this::loc).ifPresent(policies::add);
    } else if (Monitors.is(apiVersion, kind)) {
      Monitors.of(o, kind, name, namespace, loc, this::loc).ifPresent(monitors::add);
    } else if (DaprComponents.is(apiVersion, kind)) {
      DaprComponents.values(o, namespace, this::loc).ifPresent(configMaps::add);
    } else if (kind.equals("ConfigMap") || kind.equals("Secret")) {
      // A Secret's stringData is read as written, its data decoded from base64 (located at the
      // encoded value: the decoded text has no place of its own in the file).
      boolean secret = kind.equals("Secret");
      List<Setting> data = entries(o.at(secret ? "stringData" : "data"), Optional::of);
      List<Setting> decoded =
          secret ? entries(o.at("data"), SecretData::decode) : new ArrayList<>();
      data.addAll(HostPortPairs.join(data));
      decoded.addAll(HostPortPairs.join(decoded));
      if (!data.isEmpty() || !decoded.isEmpty()) {
        configMaps.add(
            new ConfigMapValues(chartName(o.value("metadata", "name")), namespace, data, decoded));
      }
    } else {
      KeyTree template =
          kind.equals("Pod")
              ? o
              : kind.equals("CronJob")
                  ? o.at("spec", "jobTemplate", "spec", "template")
                  : o.at("spec", "template");
      KeyTree selector =
          kind.equals("CronJob")
              ? o.at("spec", "jobTemplate", "spec", "selector", "matchLabels")
              : o.at("spec", "selector", "matchLabels");
      // A Helm hook (a test Pod, a migration Job) runs beside the release, not behind its
      // Services: its labels say nothing of what they select.
      boolean hook = o.at("metadata", "annotations").fields().containsKey("helm.sh/hook");
      if (template.at("spec", "containers").exists() && !hook) {
        workload(kind, name, namespace, template, selector, loc);
      } else if (!hook && isCustomResource(apiVersion)) {
        // A custom resource may run pods of a template written deeper in it (an Argo Rollouts
        // AnalysisTemplate's job, a KEDA ScaledJob's): each is a pod like any other.
        for (KeyTree nested : nestedPodTemplates(o.at("spec"), 0)) {
          workload(
              kind,
              name,
              namespace,
              nested.at("template"),
              nested.at("selector", "matchLabels"),
              loc);
        }
      }
    }
  }

  /**
   * A kind of an API group of its own: a DNS name outside Kubernetes' ({@code
   * argoproj.io/v1alpha1}).
   */
  private static boolean isCustomResource(String apiVersion) {
    int slash = apiVersion.indexOf('/');
    String group = slash < 0 ? "" : apiVersion.substring(0, slash);
    return group.contains(".") && !group.endsWith(".k8s.io");
  }

  /**
   * The mappings below {@code node} that hold a pod template ({@code template.spec.containers}).
   */
  private static List<KeyTree> nestedPodTemplates(KeyTree node, int depth) {
    List<KeyTree> out = new ArrayList<>();
    if (depth > 8) {
      return out;
    }
    if (node.at("template", "spec", "containers").exists()) {
      out.add(node);
      return out;
    }
    for (KeyTree child : node.fields().values()) {
      out.addAll(nestedPodTemplates(child, depth + 1));
    }
    for (KeyTree item : node.items()) {
      out.addAll(nestedPodTemplates(item, depth + 1));
    }
    return out;
  }

  private void workload(
      String kind, String name, String namespace, KeyTree template, KeyTree selector, Loc loc) {
    Map<String, String> labels = new LinkedHashMap<>();
    boolean known = labelsInto(template.at("metadata", "labels"), labels, false);
    // The API rejects a workload whose selector its pod template's labels do not hold, so the
    // pods carry every label of the selector: a chart's pod labels written with `app.labels` hold
    // the `app.selectorLabels` its Deployment selects by.
    Map<String, String> selected = new LinkedHashMap<>();
    labelsInto(selector, selected, true);
    selected.forEach(labels::putIfAbsent);
    List<Workload.Container> containers = new ArrayList<>();
    KeyTree spec = template.at("spec");
    for (String list : List.of("containers", "initContainers")) {
      // A template that writes containers of its own (extra sidecars from values) leaves the
      // pod's ports unknown: a port the visible containers lack may be one of those.
      boolean more = !spec.at(list).fields().isEmpty();
      for (KeyTree c : spec.at(list).items()) {
        Workload.Container read = containerFacts.read(c, loc);
        containers.add(more ? read.withPortsUnknown() : read);
      }
    }
    List<Setting> injected =
        InjectedSidecars.dials(template.at("metadata", "annotations"), this::loc);
    workloads.add(new Workload(kind, name, namespace, labels, known, containers, injected, loc));
  }

  /**
   * The literal entries of a ConfigMap's or Secret's {@code data}-like map, each value as {@code
   * read} makes it (empty: left out), located at the value written.
   */
  private List<Setting> entries(KeyTree map, Function<String, Optional<String>> read) {
    List<Setting> out = new ArrayList<>();
    map.fields()
        .forEach(
            (key, node) -> {
              LocatedEntry e = node.entry();
              if (e != null && !TemplateMask.hasTemplate(e.value())) {
                read.apply(e.value()).ifPresent(v -> out.add(new Setting(key, v, loc(e))));
              }
            });
    return out;
  }

  /**
   * Copies literal labels; false when one was templated or written as a nested mapping. A helper
   * call ({@link HelperLabels}) is kept as a label of its chart: the same call in the same chart
   * renders the same labels. In a selector that is all it takes to match; in a pod's labels it
   * leaves them unknown too, since the helper may also render labels that other selectors name.
   */
  private boolean labelsInto(KeyTree node, Map<String, String> into, boolean selector) {
    boolean known = true;
    String chart = ChartTemplate.chartOf(file);
    for (Map.Entry<String, KeyTree> f : node.fields().entrySet()) {
      LocatedEntry e = f.getValue().entry();
      if (e == null || TemplateMask.hasTemplate(f.getKey())) {
        known = false;
      } else if (HelperLabels.isCall(f.getKey())) {
        into.put(f.getKey() + " @" + chart(), "");
        known &= selector;
      } else if (!TemplateMask.hasTemplate(e.value())) {
        into.put(f.getKey(), e.value());
      } else if (chart != null) {
        // One release renders the same text of one chart to the same value ({{ include
        // "web.name" . }}, {{ .Release.Name }}): a label is that text, compared within the chart.
        into.put(f.getKey(), TemplateText.inChart(e.value(), chart));
      } else {
        known = false;
      }
    }
    return known;
  }

  /** The folder of the chart whose template this file is, or the file itself. */
  private String chart() {
    String chart = ChartTemplate.chartOf(file);
    return chart == null ? file : chart;
  }

  /**
   * A name as written, or in a chart's template its template text within the chart ({@link
   * TemplateText#inChart}): one release renders the same text of one chart to the same name, so a
   * Service and the Ingress that names it that way meet, as a ConfigMap and the {@code envFrom}
   * that names it do. Empty for other template text.
   */
  private String chartName(String value) {
    if (value == null || !TemplateMask.hasTemplate(value)) {
      return value == null ? "" : value;
    }
    String chart = ChartTemplate.chartOf(file);
    return chart == null ? "" : TemplateText.inChart(value, chart);
  }

  private Loc loc(LocatedEntry e) {
    Loc origin = origins.isEmpty() ? null : origins.get(e);
    if (origin != null) {
      return origin;
    }
    dev.portcheck.core.entries.Position at = e.positionOf(0);
    return new Loc(file, at.line(), at.column());
  }
}
