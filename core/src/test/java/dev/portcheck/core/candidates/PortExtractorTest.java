package dev.portcheck.core.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.entries.EnvEntryReader;
import dev.portcheck.core.entries.PropertiesEntryReader;
import dev.portcheck.core.entries.TemplateLineScanner;
import dev.portcheck.core.entries.YamlEntryReader;
import dev.portcheck.core.files.ConfigFile;
import dev.portcheck.core.files.FileFormat;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PortExtractorTest {
  private static List<PortCandidate> yaml(String name, String text) {
    ConfigFile f = new ConfigFile(Path.of(name), name, FileFormat.YAML);
    return PortExtractor.extract(f, new YamlEntryReader().read(text).entries());
  }

  private static List<PortCandidate> properties(String name, String text) {
    ConfigFile f = new ConfigFile(Path.of(name), name, FileFormat.PROPERTIES);
    return PortExtractor.extract(f, new PropertiesEntryReader().read(text).entries());
  }

  private static PortCandidate only(List<PortCandidate> found) {
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  private static String located(PortCandidate c) {
    StringBuilder out = new StringBuilder();
    for (PortLiteral p : c.ports()) {
      out.append(out.length() == 0 ? "" : " ")
          .append(p.text())
          .append('@')
          .append(p.line())
          .append(':')
          .append(p.column());
    }
    return out.toString();
  }

  @Test
  void plainPortKey() {
    PortCandidate c = only(properties("application.properties", "server.port=8080\n"));
    assertThat(c.role()).isEqualTo(Role.LISTEN);
    assertThat(located(c)).isEqualTo("8080@1:13");
    assertThat(c.scope()).isEqualTo("app");
  }

  @Test
  void urlsOfAnySchemeWithEachPortLocated() {
    PortCandidate c =
        only(
            properties(
                "application.properties",
                "spring.datasource.url=jdbc:mysql://h1:3306,h2:3307/db\n"));
    assertThat(c.role()).isEqualTo(Role.CONNECT);
    assertThat(located(c)).isEqualTo("3306@1:39 3307@1:47");
    assertThat(
            located(only(properties("a.properties", "x.uri=mongodb://u:p@h1:27017,h2:27018/db\n"))))
        .isEqualTo("27017@1:24 27018@1:33");
  }

  @Test
  void aUrlPortEndsWhereTheProgramAppendsItsOwnText() {
    // nginx's proxy_pass in a compose entrypoint, after compose turns $$ into $.
    PortCandidate c =
        only(properties("a.properties", "x.proxy=proxy_pass http://write:3100\\$request_uri;\n"));
    assertThat(c.portValues()).containsExactly(3100L);
    assertThat(properties("a.properties", "app.url=http://h:80abc/x\n")).isEmpty();
  }

  @Test
  void aContainerEnvironmentValueInTheProgramsOwnNotationIsNoRangeError() {
    // JDWP's address: any interface, port 5005; the compose schema has no say in it.
    List<PortCandidate> compose =
        yaml(
            "docker-compose.yml",
            "services:\n  connect:\n    image: x\n    environment:\n"
                + "      - JAVA_DEBUG_PORT=*:5005\n    ports:\n      - \"80O0:8080\"\n");
    assertThat(compose)
        .noneMatch(
            c ->
                c.key().contains("JAVA_DEBUG_PORT")
                    && !c.ports().isEmpty()
                    && !c.ports().get(0).isInteger());
    List<PortCandidate> k8s =
        yaml(
            "deploy.yaml",
            "apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n"
                + "      containers:\n        - name: c\n          env:\n"
                + "            - name: DEBUG_PORT\n              value: \"*:5005\"\n"
                + "          ports:\n            - containerPort: 80O0\n");
    assertThat(k8s)
        .filteredOn(c -> !c.ports().isEmpty() && !c.ports().get(0).isInteger())
        .extracting(PortCandidate::key)
        .containsExactly("spec.template.spec.containers[0].ports[0].containerPort");
  }

  @Test
  void urlWithoutPortGivesNoLiteral() {
    assertThat(properties("a.properties", "app.url=http://example.com/x\n")).isEmpty();
  }

  @Test
  void kafkaListenerListsAndQuorumVoters() {
    PortCandidate listeners =
        only(properties("server.properties", "listeners=PLAINTEXT://:9092,CONTROLLER://:9093\n"));
    assertThat(listeners.role()).isEqualTo(Role.LISTEN);
    assertThat(listeners.portValues()).containsExactly(9092L, 9093L);
    PortCandidate voters =
        only(
            properties(
                "server.properties", "controller.quorum.voters=1@localhost:9093,2@other:9094\n"));
    assertThat(voters.role()).isEqualTo(Role.CONNECT);
    assertThat(located(voters)).isEqualTo("9093@1:38 9094@1:51");
  }

  @Test
  void hostPortListsIpv6AndZooKeeperServers() {
    assertThat(only(properties("a.properties", "bootstrap.servers=a:9092, b:9093\n")).portValues())
        .containsExactly(9092L, 9093L);
    assertThat(only(properties("a.properties", "bind.address=[::1]:8080\n")).portValues())
        .containsExactly(8080L);
    assertThat(only(properties("zoo.cfg.properties", "server.1=zk1:2888:3888\n")).portValues())
        .containsExactly(2888L, 3888L);
  }

  @Test
  void templatedZooKeeperServerKeepsItsQuorumAndElectionPorts() {
    PortCandidate templated =
        only(
            properties(
                "zookeeper.properties",
                "server.{{ loop.index }}={{ node.account.hostname }}:2888:3888\n"));
    assertThat(templated.portValues()).containsExactly(2888L, 3888L);
    assertThat(located(templated)).isEqualTo("2888@1:53 3888@1:58");
    assertThat(templated.role()).isEqualTo(Role.UNKNOWN);
    assertThat(only(properties("zoo.properties", "server.1=zk1:2888:3888\n")).role())
        .isEqualTo(Role.UNKNOWN);
    assertThat(properties("zookeeper.properties", "server.{{ name }}={{ host }}\n")).isEmpty();
    assertThat(properties("a.properties", "server.{{ i }}.timeout=10:36:56\n")).isEmpty();
  }

  @Test
  void placeholdersGiveTheirDefaultAtItsOwnColumn() {
    assertThat(located(only(properties("application.properties", "server.port=${PORT:8080}\n"))))
        .isEqualTo("8080@1:20");
    assertThat(
            located(
                only(
                    properties(
                        "application.properties",
                        "quarkus.http.port=${quarkus.http.x:${PORT:8081}}\n"))))
        .isEqualTo("8081@1:43");
    PortCandidate micronaut =
        only(yaml("application.yml", "micronaut:\n  server:\n    port: ${SERVICE_PORT:-1}\n"));
    assertThat(micronaut.portValues()).containsExactly(-1L);
  }

  @Test
  void referencesResolveWithinTheFile() {
    List<PortCandidate> found =
        properties("application.properties", "app.port=9000\nserver.port=${app.port}\n");
    PortCandidate server = found.get(1);
    assertThat(server.portValues()).isEmpty();
    assertThat(server.resolvedValues()).containsExactly(9000L);
    assertThat(server.ports().get(0).origin()).isEqualTo(PortLiteral.Origin.REFERENCE);
  }

  @Test
  void unresolvedPlaceholderIsAPortOfUnknownValue() {
    PortCandidate c = only(properties("application.properties", "server.port=${PORT}\n"));
    assertThat(c.ports()).isEmpty();
    assertThat(c.raw()).isEqualTo("${PORT}");
  }

  @Test
  void profilesFromFileNamesDocumentsAndQuarkusPrefixes() {
    assertThat(only(properties("application-dev.properties", "server.port=1\n")).profile())
        .isEqualTo("dev");
    assertThat(only(properties("application.properties", "%prod.quarkus.http.port=80\n")).profile())
        .isEqualTo("prod");
    List<PortCandidate> docs =
        yaml(
            "application.yml",
            "server:\n  port: 8080\n---\nspring:\n  config:\n    activate:\n      on-profile: test\n"
                + "server:\n  port: 9090\n");
    assertThat(docs).extracting(PortCandidate::profile).containsExactly("", "test");
    assertThat(docs.get(1).document()).isEqualTo(1);
  }

  @Test
  void composeShortLongSyntaxAndExpose() {
    List<PortCandidate> found =
        yaml(
            "docker-compose.yml",
            String.join(
                "\n",
                "services:",
                "  web:",
                "    image: nginx:1.27",
                "    ports:",
                "      - \"127.0.0.1:8080:80\"",
                "      - target: 443",
                "        published: \"8443\"",
                "        protocol: udp",
                "    expose:",
                "      - \"3000\"",
                ""));
    assertThat(found)
        .extracting(PortCandidate::key)
        .containsExactly(
            "services.web.ports[0]",
            "services.web.ports[1].target",
            "services.web.ports[1].published",
            "services.web.expose[0]");
    PortCandidate shortSyntax = found.get(0);
    assertThat(shortSyntax.role()).isEqualTo(Role.MAPPING);
    assertThat(shortSyntax.hostIp()).isEqualTo("127.0.0.1");
    assertThat(located(shortSyntax)).isEqualTo("8080@5:20 80@5:25");
    assertThat(shortSyntax.boundPorts()).extracting(PortLiteral::text).containsExactly("8080");
    assertThat(found.get(2).protocol()).isEqualTo(Protocol.UDP);
    assertThat(found.get(2).boundPorts()).extracting(PortLiteral::text).containsExactly("8443");
    assertThat(found.get(1).boundPorts()).isEmpty();
    assertThat(found.get(3).role()).isEqualTo(Role.LISTEN);
  }

  @Test
  void anExtensionFragmentsPortsCountWhereAServiceMergesIt() {
    List<PortCandidate> found =
        yaml(
            "docker-compose.yml",
            String.join(
                "\n",
                "x-app-defaults: &app-defaults",
                "  image: listmonk/listmonk:latest",
                "  ports:",
                "    - \"9000:9000\"",
                "services:",
                "  app:",
                "    <<: *app-defaults",
                ""));
    assertThat(found).extracting(PortCandidate::key).containsExactly("services.app.ports[0]");
    assertThat(only(found).role()).isEqualTo(Role.MAPPING);
  }

  @Test
  void aComposeServiceNamedWithADotPublishesLikeAnyOther() {
    List<PortCandidate> found =
        yaml(
            "compose.yaml",
            String.join(
                "\n",
                "services:",
                "  podcast.api:",
                "    image: example/podcast-api",
                "    ports:",
                "      - \"5000:80\"",
                "    expose:",
                "      - \"8080\"",
                "    environment:",
                "      PORT: 8080",
                ""));
    assertThat(found)
        .extracting(PortCandidate::role, PortCandidate::scope, PortCandidate::owner)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                Role.MAPPING, "compose:compose.yaml", "podcast.api podcast-api"),
            org.assertj.core.groups.Tuple.tuple(
                Role.LISTEN, "compose:compose.yaml", "podcast.api podcast-api"),
            org.assertj.core.groups.Tuple.tuple(
                Role.LISTEN, "container:compose.yaml#podcast.api", "podcast.api podcast-api"));
    assertThat(found.get(0).kind()).isEqualTo(FileKind.COMPOSE);
  }

  @Test
  void composeReadsRawTextSoBase60NeverHappens() {
    PortCandidate c = only(yaml("compose.yaml", "services:\n  ssh:\n    ports:\n      - 22:22\n"));
    assertThat(c.portValues()).containsExactly(22L, 22L);
  }

  @Test
  void kubernetesNamedPortsResolveInTheSameDocument() {
    List<PortCandidate> found =
        yaml(
            "k8s/app.yaml",
            String.join(
                "\n",
                "apiVersion: v1",
                "kind: Pod",
                "spec:",
                "  containers:",
                "    - name: app",
                "      ports:",
                "        - name: http",
                "          containerPort: 8080",
                "        - containerPort: 9090",
                "          hostPort: 9090",
                "      livenessProbe:",
                "        httpGet:",
                "          port: http",
                ""));
    PortCandidate probe = found.get(found.size() - 1);
    assertThat(probe.role()).isEqualTo(Role.CONNECT);
    assertThat(probe.resolvedValues()).containsExactly(8080L);
    assertThat(probe.portValues()).isEmpty();
    assertThat(found.get(0).name()).isEqualTo("http");
    assertThat(found.get(0).scope()).isEqualTo("k8s:k8s/app.yaml#0");
    assertThat(found.get(2).ports().get(0).side()).isEqualTo(PortLiteral.Side.HOST);
  }

  @Test
  void anItemOfAListIsReadAsTheObjectItIs() {
    List<PortCandidate> found =
        yaml(
            "k8s/list.yaml",
            String.join(
                "\n",
                "apiVersion: v1",
                "kind: List",
                "items:",
                "  - apiVersion: monitoring.coreos.com/v1",
                "    kind: ServiceMonitor",
                "    spec:",
                "      endpoints:",
                "        - targetPort: 5432",
                "  - apiVersion: v1",
                "    kind: Pod",
                "    spec:",
                "      containers:",
                "        - name: db",
                "          image: docker.io/library/postgres:16",
                "          ports:",
                "            - containerPort: 5432",
                ""));
    assertThat(found).hasSize(2);
    // A ServiceMonitor's targetPort is no Service's, as in an object of its own file.
    assertThat(found.get(0).field()).isEqualTo(PortField.OTHER);
    assertThat(found.get(1).owner()).isEqualTo("db postgres");
    assertThat(found.get(1).scope()).isEqualTo("k8s:k8s/list.yaml#0items[1]");
  }

  @Test
  void istioPortNumber() {
    PortCandidate c =
        only(
            yaml(
                "k8s/gw.yaml",
                "apiVersion: networking.istio.io/v1\nkind: Gateway\nspec:\n  servers:\n"
                    + "    - port: {number: 80, name: http, protocol: HTTP}\n"));
    assertThat(c.key()).isEqualTo("spec.servers[0].port.number");
    assertThat(c.portValues()).containsExactly(80L);
  }

  @Test
  void trapsAreNotPorts() {
    assertThat(
            yaml(
                "k8s/pod.yaml",
                String.join(
                    "\n",
                    "apiVersion: v1",
                    "kind: Pod",
                    "metadata:",
                    "  annotations:",
                    "    app.quarkus.io/build-timestamp: 2022-03-31 - 10:36:56 +0000",
                    "spec:",
                    "  securityContext:",
                    "    runAsUser: 1000",
                    "    fsGroup: 1000",
                    "  containers:",
                    "    - image: fedora:33",
                    "      env:",
                    "        - name: HEAP",
                    "          value: \"1024\"",
                    "")))
        .isEmpty();
    assertThat(
            properties(
                "kafka.properties",
                String.join(
                    "\n",
                    "request.timeout.ms=30000",
                    "tickTime=2000",
                    "start_native_transport=true",
                    "service.disableBaseClientPort=false",
                    "# listeners=PLAINTEXT://:9092",
                    "")))
        .isEmpty();
    assertThat(yaml("compose.yml", "version: '2'\nservices:\n  db:\n    image: postgres:18.3\n"))
        .isEmpty();
  }

  @Test
  void templatedPortsHaveNoLiteralButLiteralsAroundThemDo() {
    ConfigFile f =
        new ConfigFile(Path.of("templates/svc.yaml"), "templates/svc.yaml", FileFormat.YAML);
    List<PortCandidate> found =
        PortExtractor.extract(
            f,
            TemplateLineScanner.scan(
                String.join(
                    "\n",
                    "apiVersion: v1",
                    "kind: Service",
                    "spec:",
                    "  ports:",
                    "    {{- if .Values.dns }}",
                    "    - port: 53",
                    "    {{- end }}",
                    "    - port: {{ .Values.service.port }}",
                    "")));
    assertThat(found)
        .extracting(PortCandidate::portValues)
        .containsExactly(List.of(53L), List.of());
    assertThat(found.get(0).line()).isEqualTo(6);
  }

  @Test
  void dotenvFiles() {
    ConfigFile f = new ConfigFile(Path.of(".env"), ".env", FileFormat.ENV);
    List<PortCandidate> found =
        PortExtractor.extract(
            f, new EnvEntryReader().read("PORT=8080\nDB_PORT=5432\nNAME=x\n").entries());
    assertThat(found).extracting(PortCandidate::role).containsExactly(Role.LISTEN, Role.CONNECT);
  }

  @Test
  void aContainersEnvValueIsJudgedByTheVariableItSets() {
    List<PortCandidate> found =
        yaml(
            "k8s/deploy.yaml",
            String.join(
                "\n",
                "apiVersion: apps/v1",
                "kind: Deployment",
                "metadata: {name: checkout}",
                "spec:",
                "  template:",
                "    spec:",
                "      containers:",
                "      - name: server",
                "        env:",
                "        - {name: PORT, value: \"5050\"}",
                "        - {name: CATALOG_ADDR, value: \"catalog:3550\"}",
                "        - {name: REPLICAS, value: \"3\"}",
                ""));
    assertThat(found)
        .extracting(c -> c.line() + ":" + c.ports().get(0).value())
        .containsExactly("10:5050", "11:3550");
    assertThat(found.get(1).role()).isEqualTo(Role.CONNECT);
  }
}
