package dev.portcheck.core.rules;

import static dev.portcheck.core.wiring.WiringFixture.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.wiring.WiringFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClientPortRuleTest {
  static final String MYSQL =
      lines(
          "apiVersion: v1",
          "kind: Service",
          "metadata: {name: mysql}",
          "spec:",
          "  type: NodePort",
          "  selector: {app: mysql}",
          "  ports: [{port: 3306, nodePort: 30306, targetPort: 3306}]");

  /** A ConfigMap of that name whose data {@code lines} write. */
  private static String configMap(String name, String... data) {
    return lines("apiVersion: v1", "kind: ConfigMap", "metadata: {name: " + name + "}")
        + lines(data);
  }

  /** The orders application, run by a Deployment of the image named after its folder. */
  private static List<Finding> ordersApp(String application, String env, String... more) {
    return ordersAppIn("application.yml", application, env, more);
  }

  /** The same with the application's default settings in {@code file}. */
  private static List<Finding> ordersAppIn(
      String file, String application, String env, String... more) {
    WiringFixture files =
        WiringFixture.with("k8s/mysql.yaml", MYSQL)
            .and("orders/src/main/resources/" + file, application)
            .and(
                "k8s/orders.yaml",
                lines(
                    "apiVersion: apps/v1",
                    "kind: Deployment",
                    "metadata: {name: orders}",
                    "spec:",
                    "  template:",
                    "    metadata: {labels: {app: orders}}",
                    "    spec:",
                    "      containers:",
                    "        - name: orders",
                    "          image: example/orders:1.0",
                    "          env: " + env));
    for (int i = 0; i + 1 < more.length; i += 2) {
      files = files.and(more[i], more[i + 1]);
    }
    return new ClientPortRule().check(files.model());
  }

  @Test
  void theServicesStrimziCreatesServeTheListenersTheirResourcesWrite() {
    String kafka =
        lines(
            "apiVersion: kafka.strimzi.io/v1beta2",
            "kind: Kafka",
            "metadata: {name: my-cluster}",
            "spec:",
            "  kafka:",
            "    listeners:",
            "      - {name: plain, port: 9092, type: internal, tls: false}",
            "      - {name: tls, port: 9093, type: internal, tls: true}",
            "      - {name: external, port: 9094, type: nodeport, tls: false}",
            "---",
            "apiVersion: kafka.strimzi.io/v1beta2",
            "kind: KafkaBridge",
            "metadata: {name: my-bridge}",
            "spec: {bootstrapServers: 'my-cluster-kafka-bootstrap:9092', http: {port: 8080}}");
    String clients =
        lines(
            "apiVersion: apps/v1",
            "kind: Deployment",
            "metadata: {name: producer}",
            "spec:",
            "  template:",
            "    spec:",
            "      containers:",
            "        - name: producer",
            "          image: example/producer",
            "          env:",
            "            - {name: A, value: 'my-cluster-kafka-bootstrap:9093'}",
            "            - {name: B, value: 'my-cluster-kafka-external-bootstrap:9094'}",
            "            - {name: C, value: 'my-cluster-kafka-bootstrap:9094'}",
            "            - {name: D, value: 'http://my-bridge-bridge-service:8081'}");
    assertThat(
            new ClientPortRule()
                .check(
                    WiringFixture.with("kafka.yaml", kafka).and("clients.yaml", clients).model()))
        .extracting(Finding::line, f -> f.message().contains("serves"))
        .containsExactly(tuple(13, true), tuple(14, true));
  }

  @Test
  void anApplicationsOwnAddressIsDialedByTheContainerThatRunsIt() {
    String application =
        lines(
            "server:",
            "  port: 8080",
            "spring:",
            "  datasource:",
            "    url: jdbc:mysql://mysql:30306/orders");
    assertThat(ordersApp(application, "[]"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.file()).isEqualTo("orders/src/main/resources/application.yml");
              assertThat(f.line()).isEqualTo(5);
              assertThat(f.message())
                  .contains("'spring.datasource.url' of the application that container 'orders'")
                  .contains("dials mysql:30306")
                  .contains("serves 3306");
            });
    assertThat(ordersApp(application.replace("30306", "3306"), "[]")).isEmpty();
    // The container's own variable, a ConfigMap of its namespace or SPRING_APPLICATION_JSON wins.
    assertThat(
            ordersApp(
                application, "[{name: SPRING_DATASOURCE_URL, value: 'jdbc:mysql://mysql:3306/o'}]"))
        .isEmpty();
    assertThat(
            ordersApp(
                application,
                "[]",
                "k8s/config.yaml",
                configMap("orders", "data: {spring.datasource.url: 'jdbc:mysql://mysql:3306/o'}")))
        .isEmpty();
    assertThat(ordersApp(application, "[{name: SPRING_APPLICATION_JSON, value: '{}'}]")).isEmpty();
    // MicroProfile Config's name of a key with a dash (Quarkus) sets it as well.
    String quarkus = "quarkus.rest-client.mysql.url: http://mysql:30306\n";
    assertThat(ordersApp(quarkus, "[]")).hasSize(1);
    assertThat(
            ordersApp(
                quarkus, "[{name: QUARKUS_REST_CLIENT_MYSQL_URL, value: 'http://mysql:3306'}]"))
        .isEmpty();
    // A ConfigMap whose application.yml a pod mounts over the packaged one sets the key too.
    assertThat(
            ordersApp(
                application,
                "[]",
                "k8s/config.yaml",
                configMap(
                    "orders-config",
                    "data:",
                    "  application.yml: |",
                    "    spring:",
                    "      datasource:",
                    "        url: jdbc:mysql://mysql:3306/orders")))
        .isEmpty();
    // One that sets other keys only (another application's) leaves this one as written.
    assertThat(
            ordersApp(
                application,
                "[]",
                "k8s/config.yaml",
                configMap(
                    "organisation",
                    "data:",
                    "  application.properties: |-",
                    "    spring.data.mongodb.host=mongodb")))
        .hasSize(1);
  }

  @Test
  void aProfileFileOverridesAPropertiesFilesDefault() {
    String defaults = "spring.datasource.url=jdbc:mysql://mysql:30306/orders\n";
    assertThat(ordersAppIn("application.properties", defaults, "[]")).hasSize(1);
    assertThat(
            ordersAppIn(
                "application.properties",
                defaults,
                "[]",
                "orders/src/main/resources/application-kubernetes.properties",
                defaults.replace("30306", "3306")))
        .as("the kubernetes profile, which Spring Cloud Kubernetes activates, may set it")
        .isEmpty();
  }

  @Test
  void aProfilesAddressCountsOnlyWhereTheContainerSurelyActivatesIt() {
    String application =
        lines(
            "spring:",
            "  datasource:",
            "    url: jdbc:mysql://localhost:3306/orders",
            "---",
            "spring:",
            "  config:",
            "    activate:",
            "      on-profile: k8s",
            "  datasource:",
            "    url: jdbc:mysql://mysql:30306/orders");
    assertThat(ordersApp(application, "[]")).isEmpty();
    assertThat(ordersApp(application, "[{name: SPRING_PROFILES_ACTIVE, value: k8s}]"))
        .singleElement()
        .satisfies(f -> assertThat(f.line()).isEqualTo(10));
    assertThat(ordersApp(application, "[{name: SPRING_PROFILES_ACTIVE, value: dev}]")).isEmpty();
    // Spring Cloud Kubernetes activates the kubernetes profile in the pod on its own.
    assertThat(
            ordersApp(
                application
                    .replace("localhost:3306", "mysql:30306")
                    .replace("on-profile: k8s", "on-profile: kubernetes"),
                "[]"))
        .isEmpty();
    // A later document sets the key over an earlier one: only the later value is read.
    String cloud =
        lines(
            "spring.datasource.url: jdbc:mysql://mysql:30306/orders",
            "---",
            "spring.config.activate.on-cloud-platform: kubernetes",
            "spring.datasource.url: jdbc:mysql://mysql:3306/orders");
    assertThat(ordersApp(cloud, "[]")).isEmpty();
    assertThat(ordersApp(cloud.replace(":3306/", ":3307/"), "[]"))
        .singleElement()
        .satisfies(f -> assertThat(f.line()).isEqualTo(4));
  }

  static final String DB =
      lines(
          "apiVersion: v1",
          "kind: Service",
          "metadata: {name: user-db, namespace: shop}",
          "spec: {selector: {app: db}, ports: [{port: 27017}]}");

  /** Keycloak's Service serves 80 (target 8080); a kustomize ConfigMap is made of {@code files}. */
  private static List<Finding> generated(String kustomization, String config) {
    return new ClientPortRule()
        .check(
            WiringFixture.with(
                    "k8s/keycloak.yml",
                    lines(
                        "apiVersion: apps/v1",
                        "kind: Deployment",
                        "metadata: {name: keycloak}",
                        "spec:",
                        "  template:",
                        "    metadata: {labels: {app: keycloak}}",
                        "    spec:",
                        "      containers:",
                        "        - name: keycloak",
                        "          image: quay.io/keycloak/keycloak:17.0.0",
                        "          ports: [{containerPort: 8080}]",
                        "---",
                        "apiVersion: v1",
                        "kind: Service",
                        "metadata: {name: keycloak}",
                        "spec:",
                        "  selector: {app: keycloak}",
                        "  ports: [{port: 80, targetPort: 8080}]"))
                .and("k8s/kustomization.yml", kustomization)
                .and("k8s/config/application.yml", config)
                .model());
  }

  @Test
  void theApplicationConfigAKustomizeGeneratorMakesAConfigMapOfIsAClientInTheCluster() {
    String config =
        lines(
            "spring:",
            "  security:",
            "    oauth2.client.provider.keycloak:",
            "      issuer-uri: http://keycloak:8080/realms/shop");
    String kustomization =
        lines(
            "resources: [keycloak.yml]",
            "configMapGenerator:",
            "  - name: edge-config",
            "    files:");
    assertThat(generated(kustomization + "      - config/application.yml\n", config))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.file()).isEqualTo("k8s/config/application.yml");
              assertThat(f.line()).isEqualTo(4);
              assertThat(f.message()).contains("dials keycloak:8080");
            });
    assertThat(generated(kustomization + "      - app.yml=config/application.yml\n", config))
        .singleElement();
    // A file no generator names is no configuration of the cluster's.
    assertThat(generated(lines("resources: [keycloak.yml]"), config)).isEmpty();
  }

  @Test
  void aPodTemplateACustomResourceHoldsDeeperDialsLikeAnyPod() {
    String analysis =
        lines(
            "apiVersion: argoproj.io/v1alpha1",
            "kind: AnalysisTemplate",
            "metadata: {name: load-test, namespace: shop}",
            "spec:",
            "  metrics:",
            "  - name: pass",
            "    provider:",
            "      job:",
            "        spec:",
            "          template:",
            "            spec:",
            "              restartPolicy: Never",
            "              containers:",
            "              - name: load-tester",
            "                image: argoproj/load-tester:latest",
            "                env:",
            "                - {name: TARGET, value: \"user-db:27018\"}");
    assertThat(
            new ClientPortRule()
                .check(WiringFixture.with("db.yaml", DB).and("analysis.yaml", analysis).model()))
        .singleElement()
        .satisfies(f -> assertThat(f.line()).isEqualTo(17));
    assertThat(
            new ClientPortRule()
                .check(
                    WiringFixture.with("db.yaml", DB)
                        .and("analysis.yaml", analysis.replace("argoproj.io/v1alpha1", "v1"))
                        .model()))
        .as("a core kind is read where Kubernetes says, no deeper")
        .isEmpty();
  }

  private static List<Finding> check(String value) {
    String pod =
        lines(
            "apiVersion: v1",
            "kind: Pod",
            "metadata: {name: user, namespace: shop}",
            "spec:",
            "  containers:",
            "  - name: user",
            "    env:",
            "    - name: MONGO",
            "      value: " + value,
            "---",
            "apiVersion: v1",
            "kind: ConfigMap",
            "metadata: {name: c, namespace: shop}",
            "data:",
            "  url: " + value);
    return new ClientPortRule()
        .check(WiringFixture.with("db.yaml", DB).and("user.yaml", pod).model());
  }

  @Test
  void anAddressAtAPortTheServiceDoesNotServeIsAWarningInEnvAndConfigMaps() {
    assertThat(check("user-db:27018"))
        .hasSize(2)
        .allSatisfy(f -> assertThat(f.message()).contains("db.yaml:2").contains("27017"));
    assertThat(check("mongodb://user-db.shop.svc.cluster.local:27018/users")).hasSize(2);
  }

  @Test
  void aDaprComponentsMetadataIsDialedByTheSidecarsOfItsNamespace() {
    String component =
        lines(
            "apiVersion: dapr.io/v1alpha1",
            "kind: Component",
            "metadata: {name: statestore}",
            "spec:",
            "  type: state.redis",
            "  metadata:",
            "  - {name: redisHost, value: \"mysql:PORT\"}",
            "  - name: password",
            "    secretKeyRef: {name: mysql, key: password}");
    assertThat(
            new ClientPortRule()
                .check(
                    WiringFixture.with("k8s/mysql.yaml", MYSQL)
                        .and("k8s/statestore.yaml", component.replace("PORT", "3307"))
                        .model()))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.file()).isEqualTo("k8s/statestore.yaml");
              assertThat(f.line()).isEqualTo(7);
              assertThat(f.message()).contains("mysql:3307").contains("3306");
            });
    assertThat(
            new ClientPortRule()
                .check(
                    WiringFixture.with("k8s/mysql.yaml", MYSQL)
                        .and("k8s/statestore.yaml", component.replace("PORT", "3306"))
                        .model()))
        .isEmpty();
  }

  @Test
  void anAddressTheCommandLineHandsTheProcessIsDialedToo() {
    String pod =
        lines(
            "apiVersion: v1",
            "kind: Pod",
            "metadata: {name: proxy, namespace: shop}",
            "spec:",
            "  containers:",
            "  - name: proxy",
            "    command: [proxy, --default-addr, user-db:27018, --listen=:8080]",
            "    args: [\"--fallback=mongodb://user-db:27017\"]");
    assertThat(
            new ClientPortRule()
                .check(WiringFixture.with("db.yaml", DB).and("proxy.yaml", pod).model()))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.message()).startsWith("'--default-addr' dials user-db:27018");
              assertThat(f.line()).isEqualTo(7);
            });
  }

  @Test
  void silentForServedPortsOtherNamespacesAndUnknownHosts() {
    assertThat(check("user-db:27017")).isEmpty();
    assertThat(check("user-db.other:27018")).isEmpty();
    assertThat(check("example.com:27018")).isEmpty();
    assertThat(check("mongodb://user-db/shop"))
        .as("another scheme's default is the client's")
        .isEmpty();
  }

  @Test
  void aUrlAloneWithoutAPortDialsItsSchemesDefault() {
    assertThat(check("http://user-db/"))
        .hasSize(2)
        .allSatisfy(
            f ->
                assertThat(f.message())
                    .contains("dials user-db at port 80 (the default of its URL's scheme"));
    assertThat(check("https://user-db")).extracting(Finding::port).containsOnly(443);
    assertThat(check("\"curl http://user-db/\"")).as("a URL within other words").isEmpty();
  }

  /**
   * A client at {@code address} of headless Service user-db ({@code ports}) whose pods declare
   * 27017; {@code launch} adds to the database container.
   */
  private static List<Finding> headless(String ports, String address, String launch) {
    String db =
        lines(
            "apiVersion: v1",
            "kind: Service",
            "metadata: {name: user-db, namespace: shop}",
            "spec: {clusterIP: None, selector: {app: db}, ports: " + ports + "}",
            "---",
            "apiVersion: apps/v1",
            "kind: StatefulSet",
            "metadata: {name: db, namespace: shop}",
            "spec:",
            "  template:",
            "    metadata: {labels: {app: db}}",
            "    spec:",
            "      containers:",
            "      - name: mongo",
            "        image: mongo",
            "        ports: [{containerPort: 27017}]",
            launch);
    String pod =
        lines(
            "apiVersion: v1",
            "kind: Pod",
            "metadata: {name: user, namespace: shop}",
            "spec: {containers: [{name: u, env: [{name: M, value: '" + address + "'}]}]}");
    return new ClientPortRule()
        .check(WiringFixture.with("db.yaml", db).and("user.yaml", pod).model());
  }

  @Test
  void aHeadlessServiceLeadsToThePodsOwnPorts() {
    assertThat(headless("[{port: 27017}]", "user-db:27018", ""))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .startsWith("'M' dials user-db:27018, but headless Service 'user-db'")
                    .contains("they declare 27017 (db.yaml:16)"));
    // The pods serve the port, whatever the Service lists; the Service's own port is its word.
    assertThat(headless("[{port: 9999}]", "user-db:27017", "")).isEmpty();
    assertThat(headless("[{port: 27018}]", "user-db:27018", "")).isEmpty();
  }

  @Test
  void aStatefulSetPodUnderItsHeadlessServiceIsReachedAtThePortDialed() {
    assertThat(headless("[{port: 27017}]", "db-0.user-db:27018", ""))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .startsWith("'M' dials db-0.user-db:27018, but headless Service 'user-db'"));
    assertThat(headless("[{port: 27017}]", "db-0.user-db:27017", "")).isEmpty();
    // No ordinal: a Service in another namespace, which is not here.
    assertThat(headless("[{port: 27017}]", "db.user-db:27018", "")).isEmpty();
  }

  @Test
  void aHeadlessServiceMapsNoPortSoItsTargetPortIsNotWhereAClientLands() {
    assertThat(headless("[{port: 80, targetPort: 27017}]", "user-db:80", ""))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("headless Service 'user-db'"));
  }

  @Test
  void aHeadlessServiceWhosePodsMayListenElsewhereIsNotJudged() {
    assertThat(headless("[{port: 27017}]", "user-db:27018", "        args: [--port=$(MONGO_PORT)]"))
        .isEmpty();
    assertThat(
            headless(
                "[{port: 27017}]", "user-db:27018", "        env: [{name: PORT, value: '27018'}]"))
        .isEmpty();
  }

  private static List<Finding> sidecar(String upstream, String mainArgs) {
    return new ClientPortRule()
        .check(
            WiringFixture.with(
                    "ksm.yaml",
                    lines(
                        "apiVersion: apps/v1",
                        "kind: Deployment",
                        "metadata: {name: kube-state-metrics}",
                        "spec:",
                        "  template:",
                        "    spec:",
                        "      containers:",
                        "      - name: kube-state-metrics",
                        "        args: " + mainArgs,
                        "      - name: kube-rbac-proxy-main",
                        "        args: [\"--secure-listen-address=:8443\", \"--upstream="
                            + upstream
                            + "\"]",
                        "        ports: [{name: https-main, containerPort: 8443}]"))
                .model());
  }

  /** A Deployment Dapr injects its sidecar into, calling the app at {@code appPort}. */
  private static List<Finding> dapr(String enabled, String appPort, String ports) {
    String deployment =
        lines(
            "apiVersion: apps/v1",
            "kind: Deployment",
            "metadata: {name: addapp}",
            "spec:",
            "  template:",
            "    metadata:",
            "      labels: {app: add}",
            "      annotations:",
            "        dapr.io/enabled: \"" + enabled + "\"",
            "        dapr.io/app-port: \"" + appPort + "\"",
            "    spec:",
            "      containers:",
            "      - name: add",
            "        image: example/adder:1",
            "        ports: " + ports);
    return new ClientPortRule().check(WiringFixture.with("adder.yaml", deployment).model());
  }

  @Test
  void theDaprSidecarCallsTheAppAtAPortThePodServes() {
    assertThat(dapr("true", "6001", "[{containerPort: 6000}]"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.line()).isEqualTo(10);
              assertThat(f.message())
                  .contains("localhost:6001")
                  .contains("Deployment 'addapp'")
                  .contains("they declare 6000");
            });
    assertThat(dapr("true", "6000", "[{containerPort: 6000}]")).isEmpty();
    // No sidecar, no port declared (it may serve any), or a templated one: nothing to judge.
    assertThat(dapr("false", "6001", "[{containerPort: 6000}]")).isEmpty();
    assertThat(dapr("true", "6001", "[]")).isEmpty();
    assertThat(dapr("true", "{{ .Values.port }}", "[{containerPort: 6000}]")).isEmpty();
  }

  @Test
  void aLoopbackAddressNoContainerOfThePodListensOnIsAWarning() {
    String main = "[\"--host=127.0.0.1\", \"--port=8081\", \"--telemetry-port=8082\"]";
    assertThat(sidecar("http://127.0.0.1:8083/", main))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .contains("dials 127.0.0.1:8083, the pod's own network")
                    .contains("'kube-state-metrics' on 8081 (--port=8081"));
    assertThat(sidecar("http://127.0.0.1:8081/", main)).isEmpty();
    // A container whose main listener no flag sets may listen anywhere: silence.
    assertThat(sidecar("http://127.0.0.1:8083/", "[\"--telemetry-port=8082\"]")).isEmpty();
  }

  @Test
  void aSecretsDataIsReadDecoded() {
    String secret =
        lines(
            "apiVersion: v1",
            "kind: Secret",
            "metadata: {name: s, namespace: shop}",
            "data:",
            "  url: "
                + java.util.Base64.getEncoder()
                    .encodeToString(
                        "mongodb://user-db:27018/users"
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8)),
            "  key: AAEC");
    assertThat(
            new ClientPortRule()
                .check(WiringFixture.with("db.yaml", DB).and("secret.yaml", secret).model()))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.file()).isEqualTo("secret.yaml");
              assertThat(f.line()).isEqualTo(5);
              assertThat(f.column()).isEqualTo(8); // the encoded value as a whole
              assertThat(f.message()).contains("user-db:27018");
            });
  }

  /**
   * A chart's api Service of template text serving 8080, and a web Deployment whose env is given.
   */
  private static List<Finding> chartClient(String webChart, String... env) {
    String api =
        lines(
            "apiVersion: v1",
            "kind: Service",
            "metadata:",
            "  name: '{{ include \"shop.fullname\" . }}-api'",
            "spec:",
            "  selector: {app: api}",
            "  ports: [{port: 8080, targetPort: 8080}]",
            "---",
            "apiVersion: apps/v1",
            "kind: Deployment",
            "metadata: {name: api}",
            "spec:",
            "  template:",
            "    metadata: {labels: {app: api}}",
            "    spec:",
            "      containers:",
            "        - name: api",
            "          image: shop/api:1",
            "          ports: [{containerPort: 8080}]");
    String web =
        lines(
                "apiVersion: apps/v1",
                "kind: Deployment",
                "metadata: {name: web}",
                "spec:",
                "  template:",
                "    metadata: {labels: {app: web}}",
                "    spec:",
                "      containers:",
                "        - name: web",
                "          image: shop/web:1",
                "          env:")
            + lines(env);
    return new ClientPortRule()
        .check(
            WiringFixture.with("charts/shop/templates/api.yaml", api)
                .and(webChart + "/templates/web.yaml", web)
                .model());
  }

  @Test
  void aChartsClientNamesItsServiceByTheSameTemplateText() {
    String url =
        "            - name: API_URL\n"
            + "              value: 'http://{{ include \"shop.fullname\" . }}-api:%d'";
    assertThat(chartClient("charts/shop", String.format(url, 9090)))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .contains("dials {{ include \"shop.fullname\" . }}-api:9090", "serves 8080"));
    assertThat(chartClient("charts/shop", String.format(url, 8080))).isEmpty();
    assertThat(chartClient("charts/web", String.format(url, 9090)))
        .as("the same text in another chart renders another name")
        .isEmpty();
    assertThat(
            chartClient(
                "charts/shop",
                "            - name: API_HOST",
                "              value: '{{ include \"shop.fullname\" . }}-api'",
                "            - name: API_PORT",
                "              value: '9090'"))
        .as("a host and port pair")
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("'API_HOST + API_PORT' dials"));
  }

  @Test
  void anIngressAuthUrlIsCalledByTheControllerFromTheIngresssNamespace() {
    String ingress =
        dev.portcheck.core.wiring.WiringFixture.lines(
            "apiVersion: networking.k8s.io/v1",
            "kind: Ingress",
            "metadata:",
            "  name: web",
            "  annotations:",
            "    nginx.ingress.kubernetes.io/auth-url: http://auth.default.svc.cluster.local:%s/verify",
            "    nginx.ingress.kubernetes.io/rewrite-target: /",
            "spec:",
            "  rules: []");
    String service =
        dev.portcheck.core.wiring.WiringFixture.lines(
            "apiVersion: v1",
            "kind: Service",
            "metadata: {name: auth, namespace: default}",
            "spec:",
            "  selector: {app: auth}",
            "  ports: [{port: 8080}]");
    java.util.function.Function<String, List<Finding>> check =
        port ->
            new ClientPortRule()
                .check(
                    dev.portcheck.core.wiring.WiringFixture.with(
                            "k8s/ingress.yaml", ingress.formatted(port))
                        .and("k8s/auth.yaml", service)
                        .model());
    assertThat(check.apply("8081"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.line()).isEqualTo(6);
              assertThat(f.message()).contains("auth-url").contains("8080");
            });
    assertThat(check.apply("8080")).isEmpty();
  }
}
