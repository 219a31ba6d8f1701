package dev.portcheck.core.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.entries.EnvEntryReader;
import dev.portcheck.core.entries.PropertiesEntryReader;
import dev.portcheck.core.entries.YamlEntryReader;
import dev.portcheck.core.files.ConfigFile;
import dev.portcheck.core.files.FileFormat;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where each kind of setting is bound, told by the file's content and the setting's field. */
class BindingContextTest {
  private static List<PortCandidate> read(String name, String text) {
    ConfigFile f = ConfigFile.of(Path.of("/m"), Path.of("/m/" + name));
    var entries =
        switch (f.format()) {
          case YAML -> new YamlEntryReader().read(text).entries();
          case PROPERTIES -> new PropertiesEntryReader().read(text).entries();
          case ENV -> new EnvEntryReader().read(text).entries();
          case DOCKERFILE, NGINX -> throw new IllegalArgumentException("no config file: " + name);
        };
    return PortExtractor.extract(f, entries);
  }

  /** Each setting's key and the binding of each of its literals. */
  private static Map<String, List<Binding>> bindings(String name, String text) {
    Map<String, List<Binding>> out = new LinkedHashMap<>();
    for (PortCandidate c : read(name, text)) {
      out.put(c.key(), c.ports().stream().map(c::bindingOf).toList());
    }
    return out;
  }

  @Test
  void anApplicationIsAHostProcess() {
    assertThat(bindings("src/main/resources/application.properties", "server.port=8080\n"))
        .containsEntry("server.port", List.of(Binding.HOST_PROCESS));
    assertThat(read("config/server.properties", "listeners=PLAINTEXT://:9092\n"))
        .singleElement()
        .satisfies(c -> assertThat(c.kind()).isEqualTo(FileKind.OTHER));
  }

  @Test
  void composePublishesBindTheHostAndTheContainer() {
    String compose =
        """
        services:
          web:
            image: example/web
            ports: ["8081:8080"]
            expose: ["9090"]
            environment:
              SERVER_PORT: 8080
        """;
    assertThat(bindings("deploy/app.yml", compose))
        .containsEntry("services.web.ports[0]", List.of(Binding.HOST, Binding.CONTAINER))
        .containsEntry("services.web.expose[0]", List.of(Binding.CONTAINER))
        .containsEntry("services.web.environment.SERVER_PORT", List.of(Binding.CONTAINER));
  }

  @Test
  void kubernetesFieldsAreBoundWhereTheFieldSays() {
    String manifests =
        """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec:
          template:
            spec:
              containers:
              - name: web
                image: example/web
                ports:
                - containerPort: 8080
                  hostPort: 18080
                readinessProbe:
                  httpGet: {path: /, port: 8080}
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: web}
        spec:
          type: NodePort
          ports:
          - port: 80
            targetPort: 8080
            nodePort: 30080
        ---
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: web}
        spec:
          ingress:
          - ports:
            - port: 8080
        """;
    Map<String, List<Binding>> b = bindings("web/all.yaml", manifests);
    String container = "spec.template.spec.containers[0]";
    assertThat(b)
        .containsEntry(container + ".ports[0].containerPort", List.of(Binding.POD))
        .containsEntry(container + ".ports[0].hostPort", List.of(Binding.HOST))
        .containsEntry(container + ".readinessProbe.httpGet.port", List.of(Binding.NONE))
        .containsEntry("spec.ports[0].port", List.of(Binding.NONE))
        .containsEntry("spec.ports[0].targetPort", List.of(Binding.NONE))
        .containsEntry("spec.ports[0].nodePort", List.of(Binding.HOST))
        .containsEntry("spec.ingress[0].ports[0].port", List.of(Binding.NONE));
    assertThat(read("web/all.yaml", manifests))
        .filteredOn(c -> c.key().equals(container + ".ports[0].containerPort"))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.field()).isEqualTo(PortField.CONTAINER_PORT);
              assertThat(c.owner()).isEqualTo("web web");
            });
  }

  @Test
  void dotenvVariablesAndHelmValuesBindNothingButContainerPorts() {
    assertThat(bindings(".env", "FRONTEND_PORT=8080\nAPI_PORT=8080\n"))
        .containsEntry("FRONTEND_PORT", List.of(Binding.NONE))
        .containsEntry("API_PORT", List.of(Binding.NONE));
    String values =
        """
        service:
          port: 80
          targetPort: http
        containerPort: 8080
        """;
    assertThat(bindings("chart/values.yaml", values))
        .containsEntry("service.port", List.of(Binding.NONE))
        .containsEntry("service.targetPort", List.of())
        .containsEntry("containerPort", List.of(Binding.POD));
  }

  @Test
  void schemasTemplatesAndNamesAreNoPortValues() {
    String crd =
        """
        apiVersion: apiextensions.k8s.io/v1
        kind: CustomResourceDefinition
        metadata: {name: things.example.com}
        spec:
          versions:
          - name: v1
            schema:
              openAPIV3Schema:
                properties:
                  port: {type: integer, minimum: 1, maximum: 65535}
        """;
    assertThat(read("crds/things.yaml", crd)).isEmpty();
    String jsonSchema =
        """
        properties:
          port:
            type: integer
            maximum: 65535
            default: 8080
        """;
    assertThat(read("schema/config.yaml", jsonSchema)).isEmpty();
    String values =
        """
        admin:
          port: "{{ .Release.Name }}-admin-api"
          metricsPort: metrics
        """;
    assertThat(read("chart/values.yaml", values)).allSatisfy(c -> assertThat(c.ports()).isEmpty());
  }

  @Test
  void aFileIsKnownByWhatItHolds() {
    assertThat(
            read(
                "src/main/docker/postgresql.yml",
                "services:\n  db:\n    image: postgres\n    ports: ['5432:5432']\n"))
        .singleElement()
        .satisfies(c -> assertThat(c.kind()).isEqualTo(FileKind.COMPOSE));
    assertThat(
            read(
                "web/guestbook/svc.yaml",
                "apiVersion: v1\nkind: Service\nspec:\n  ports:\n  - port: 80\n"))
        .singleElement()
        .satisfies(c -> assertThat(c.kind()).isEqualTo(FileKind.KUBERNETES));
    assertThat(
            read(
                "monitoring/prometheus.yml",
                "scrape_configs:\n- static_configs:\n  - targets: ['app:8080']\n"))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.kind()).isEqualTo(FileKind.OTHER);
              assertThat(c.role()).isEqualTo(Role.CONNECT);
            });
    // An override that only adds Traefik labels is compose: the port is the container's.
    assertThat(
            read(
                "docker-compose.traefik.yml",
                "services:\n  web:\n    labels:\n"
                    + "      traefik.http.services.web.loadbalancer.server.port: \"80\"\n"))
        .allSatisfy(c -> assertThat(c.kind()).isEqualTo(FileKind.COMPOSE));
  }

  @Test
  void theKindOfEveryFileFormat() {
    ConfigFile env = new ConfigFile(Path.of(".env"), ".env", FileFormat.ENV);
    assertThat(FileKind.of(env, List.of())).isEqualTo(FileKind.ENV);
  }

  @Test
  void aHostBesideACustomPortMakesItAConnectPort() {
    String props =
        "elastic.host=search.example.com\nelastic.port=9200\n"
            + "metrics.host=0.0.0.0\nmetrics.port=9100\n"
            + "quarkus.http.host=localhost\nquarkus.http.port=8080\n";
    Map<String, Role> roles = new LinkedHashMap<>();
    for (PortCandidate c : read("src/main/resources/application.properties", props)) {
      roles.put(c.key(), c.role());
    }
    assertThat(roles)
        .containsEntry("elastic.port", Role.CONNECT)
        .containsEntry("metrics.port", Role.LISTEN)
        .containsEntry("quarkus.http.port", Role.LISTEN);
    assertThat(read(".env", "DB_HOST=db\nDB_PORT=5432\n"))
        .singleElement()
        .satisfies(c -> assertThat(c.role()).isEqualTo(Role.CONNECT));
  }

  @Test
  void anotherComponentsListenAddressPairIsDialled() {
    String yaml =
        "worker:\n  listen-port: 1234\n  alert-listen-host: localhost\n"
            + "  alert-listen-port: 50052\nloki:\n  http_listen_host: 0.0.0.0\n"
            + "  http_listen_port: 3100\n";
    Map<String, Role> roles = new LinkedHashMap<>();
    for (PortCandidate c : read("src/main/resources/application.yaml", yaml)) {
      roles.put(c.key(), c.role());
    }
    assertThat(roles)
        .containsEntry("worker.listen-port", Role.LISTEN)
        .containsEntry("worker.alert-listen-port", Role.CONNECT)
        .containsEntry("loki.http_listen_port", Role.LISTEN);
  }

  @Test
  void meshAndPolicyPortsSayWhichSideTheyAreOnAndBindNothing() {
    String objects =
        """
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        spec:
          ingress:
          - ports: [{port: 8080}]
          egress:
          - ports: [{port: 5432}]
        ---
        apiVersion: security.istio.io/v1
        kind: AuthorizationPolicy
        spec:
          rules:
          - to:
            - operation:
                ports: ["8080"]
        ---
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        spec:
          http:
          - match:
            - port: 80
            route:
            - destination:
                host: reviews
                port: {number: 9080}
        ---
        apiVersion: networking.istio.io/v1
        kind: DestinationRule
        spec:
          trafficPolicy:
            portLevelSettings:
            - port: {number: 9080}
        ---
        apiVersion: networking.istio.io/v1
        kind: ServiceEntry
        spec:
          ports:
          - number: 443
            name: https
        """;
    Map<String, Role> roles = new LinkedHashMap<>();
    for (PortCandidate c : read("mesh/policies.yaml", objects)) {
      roles.put(c.document() + " " + c.key(), c.role());
      assertThat(c.binding()).isEqualTo(Binding.NONE);
    }
    assertThat(roles)
        .containsEntry("0 spec.ingress[0].ports[0].port", Role.LISTEN)
        .containsEntry("0 spec.egress[0].ports[0].port", Role.CONNECT)
        .containsEntry("1 spec.rules[0].to[0].operation.ports[0]", Role.LISTEN)
        .containsEntry("2 spec.http[0].match[0].port", Role.LISTEN)
        .containsEntry("2 spec.http[0].route[0].destination.port.number", Role.CONNECT)
        .containsEntry("3 spec.trafficPolicy.portLevelSettings[0].port.number", Role.CONNECT)
        .containsEntry("4 spec.ports[0].number", Role.CONNECT);
  }
}
