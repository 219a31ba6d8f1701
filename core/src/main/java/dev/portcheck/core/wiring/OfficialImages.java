package dev.portcheck.core.wiring;

import dev.portcheck.core.candidates.Protocol;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The ports that widely used Docker official images listen on, as their Dockerfiles {@code EXPOSE}
 * them (github.com/docker-library/&lt;name&gt;, and the vendors' own Dockerfiles of Meilisearch,
 * {@code EXPOSE 7700/tcp}, and ClickHouse, {@code EXPOSE 9000 8123 9009}; docker.elastic.co for
 * Elasticsearch and Kibana; for Grafana, Prometheus, pgAdmin, Consul, Zipkin, OpenSearch, Jenkins,
 * ActiveMQ Artemis, PostgREST, Valkey, Vault, Keycloak, Hazelcast, the JHipster Registry and
 * Bitnami's database and broker images the default ports their image documentation publishes): a
 * compose service running one of them listens there unless its command, entrypoint or a {@code
 * *PORT*} variable says otherwise. Images whose listeners a mounted configuration file usually sets
 * (nginx, Traefik, Logstash, Mosquitto) are left out: their ports stay unknown.
 */
final class OfficialImages {
  private OfficialImages() {}

  /** Images whose listener flags are known by name, each with the default port it replaces. */
  private static final Map<String, Map<String, Integer>> LISTENER_FLAGS =
      Map.of(
          "redpandadata/redpanda",
          ImageListenerFlags.REDPANDA,
          "quay.io/keycloak/keycloak",
          ImageListenerFlags.KEYCLOAK,
          "minio/minio",
          ImageListenerFlags.MINIO);

  /** LocalStack's gateway, the range of its external service ports, and its debugger's. */
  private static final List<Integer> LOCALSTACK =
      java.util.stream.IntStream.concat(
              java.util.stream.IntStream.of(4566, 5678),
              java.util.stream.IntStream.rangeClosed(4510, 4559))
          .sorted()
          .boxed()
          .toList();

  private static final Map<String, List<Integer>> PORTS =
      Map.ofEntries(
          Map.entry("postgres", List.of(5432)),
          Map.entry("mysql", List.of(3306, 33060)),
          Map.entry("mariadb", List.of(3306)),
          Map.entry("mongo", List.of(27017)),
          Map.entry("redis", List.of(6379)),
          Map.entry("valkey/valkey", List.of(6379)),
          Map.entry("memcached", List.of(11211)),
          Map.entry("rabbitmq", List.of(4369, 5671, 5672, 15691, 15692, 25672)),
          Map.entry("zookeeper", List.of(2181, 2888, 3888, 8080)),
          Map.entry("cassandra", List.of(7000, 7001, 7199, 9042, 9160)),
          Map.entry("elasticsearch/elasticsearch", List.of(9200, 9300)),
          Map.entry("elasticsearch", List.of(9200, 9300)),
          Map.entry("kibana", List.of(5601)),
          Map.entry("kibana/kibana", List.of(5601)),
          Map.entry("postgis/postgis", List.of(5432)),
          Map.entry("timescale/timescaledb", List.of(5432)),
          Map.entry("influxdb", List.of(8086)),
          Map.entry("neo4j", List.of(7473, 7474, 7687)),
          Map.entry("nats", List.of(4222, 6222, 8222)),
          Map.entry("adminer", List.of(8080)),
          Map.entry("mongo-express", List.of(8081)),
          Map.entry("ghost", List.of(2368)),
          Map.entry("sonarqube", List.of(9000)),
          // Vendors' own images, at the default ports their documentation publishes.
          Map.entry("grafana/grafana", List.of(3000)),
          Map.entry("grafana/grafana-oss", List.of(3000)),
          Map.entry("prom/prometheus", List.of(9090)),
          Map.entry("prom/alertmanager", List.of(9093)),
          Map.entry("dpage/pgadmin4", List.of(80, 443)),
          Map.entry("hashicorp/consul", List.of(8300, 8301, 8302, 8500, 8600)),
          Map.entry("consul", List.of(8300, 8301, 8302, 8500, 8600)),
          // 9410 (scribe) only with SCRIBE_ENABLED=true, off by default since
          // openzipkin/zipkin#1540.
          Map.entry("openzipkin/zipkin", List.of(9411)),
          Map.entry("openzipkin/zipkin-slim", List.of(9411)),
          Map.entry("opensearchproject/opensearch", List.of(9200, 9300, 9600, 9650)),
          Map.entry("opensearchproject/opensearch-dashboards", List.of(5601)),
          Map.entry("jenkins/jenkins", List.of(8080, 50000)),
          Map.entry("apache/activemq-artemis", List.of(1883, 5445, 5672, 8161, 9404, 61613, 61616)),
          Map.entry("postgrest/postgrest", List.of(3000)),
          Map.entry("getmeili/meilisearch", List.of(7700)),
          Map.entry("clickhouse/clickhouse-server", List.of(8123, 9000, 9009)),
          Map.entry("hashicorp/vault", List.of(8200)),
          // Redpanda's defaults: Kafka API, Schema Registry, HTTP Proxy, Admin API, internal RPC.
          Map.entry("redpandadata/redpanda", List.of(9092, 8081, 8082, 9644, 33145)),
          Map.entry("vault", List.of(8200)),
          // Keycloak's EXPOSEs (9000, the management interface, since release 25); the WildFly
          // based jboss/keycloak exposes 8080 and 8443.
          Map.entry("quay.io/keycloak/keycloak", List.of(8080, 8443, 9000)),
          Map.entry("jboss/keycloak", List.of(8080, 8443)),
          // Management Center's EXPOSE: HTTP, HTTPS and its health check server.
          Map.entry("hazelcast/management-center", List.of(8080, 8443, 8081)),
          Map.entry("hazelcast/hazelcast", List.of(5701)),
          Map.entry("jhipster/jhipster-registry", List.of(8761)),
          // Development doubles: mail catchers (SMTP, POP3, web UI), AWS and HTTP mocks.
          Map.entry("axllent/mailpit", List.of(1025, 1110, 8025)),
          Map.entry("mailhog/mailhog", List.of(1025, 8025)),
          Map.entry("localstack/localstack", LOCALSTACK),
          Map.entry("amazon/dynamodb-local", List.of(8000)),
          Map.entry("wiremock/wiremock", List.of(8080, 8443)),
          Map.entry("mockserver/mockserver", List.of(1080)),
          // MinIO's S3 API; its console listens on a random port unless --console-address sets one.
          Map.entry("minio/minio", List.of(9000)),
          Map.entry("mcr.microsoft.com/mssql/server", List.of(1433)),
          Map.entry("mcr.microsoft.com/azure-sql-edge", List.of(1433)),
          // Jaeger all-in-one's EXPOSEs across its 1.x releases (agent, collector, OTLP, query UI).
          Map.entry(
              "jaegertracing/all-in-one",
              List.of(4317, 4318, 5775, 5778, 6831, 6832, 9411, 14250, 14268, 14269, 16686)),
          Map.entry("tomcat", List.of(8080)),
          Map.entry("solr", List.of(8983)),
          Map.entry("couchdb", List.of(4369, 5984, 9100)),
          Map.entry("redis/redis-stack", List.of(6379, 8001)),
          Map.entry("redis/redis-stack-server", List.of(6379)),
          // Web consoles and registries beside brokers and workflow engines.
          Map.entry("quay.io/apicurio/apicurio-registry", List.of(8080)),
          Map.entry("apicurio/apicurio-registry-mem", List.of(8080)),
          Map.entry("apicurio/apicurio-registry-sql", List.of(8080)),
          Map.entry("provectuslabs/kafka-ui", List.of(8080)),
          Map.entry("redpandadata/console", List.of(8080)),
          Map.entry("temporalio/ui", List.of(8080)),
          Map.entry("nocodb/nocodb", List.of(8080)),
          Map.entry("n8nio/n8n", List.of(5678)),
          Map.entry("prom/node-exporter", List.of(9100)),
          // Ollama's API; OLLAMA_HOST moves it (LISTEN_VARIABLES).
          Map.entry("ollama/ollama", List.of(11434)),
          // Python web server base images: nginx or gunicorn on 80 unless LISTEN_PORT or PORT says.
          Map.entry("tiangolo/uwsgi-nginx-flask", List.of(80)),
          Map.entry("tiangolo/uwsgi-nginx", List.of(80)),
          Map.entry("tiangolo/uvicorn-gunicorn-fastapi", List.of(80)),
          Map.entry("tiangolo/uvicorn-gunicorn", List.of(80)),
          Map.entry("tiangolo/meinheld-gunicorn-flask", List.of(80)),
          // Bitnami's images, at the ports their documentation lists; each moves with its
          // *_PORT_NUMBER variable, which any *PORT* variable already covers.
          Map.entry("bitnami/postgresql", List.of(5432)),
          Map.entry("bitnami/mysql", List.of(3306)),
          Map.entry("bitnami/mariadb", List.of(3306)),
          Map.entry("bitnami/mongodb", List.of(27017)),
          Map.entry("bitnami/redis", List.of(6379)),
          Map.entry("bitnami/valkey", List.of(6379)),
          Map.entry("bitnami/memcached", List.of(11211)),
          Map.entry("bitnami/zookeeper", List.of(2181, 2888, 3888, 8080)),
          Map.entry(
              "bitnami/rabbitmq", List.of(4369, 5551, 5552, 5671, 5672, 15671, 15672, 25672)));

  /**
   * Images whose listen address only a command-line flag sets: the configuration file mounted into
   * them (Prometheus' {@code prometheus.yml}, its scrape jobs) cannot move their ports.
   */
  private static final Set<String> PORTS_BY_FLAGS_ONLY =
      Set.of("prom/prometheus", "prom/alertmanager", "prom/node-exporter");

  /**
   * Official images whose server reads its port from the environment by these variables only:
   * PostgreSQL's {@code PGPORT}, MySQL's and MariaDB's {@code MYSQL_TCP_PORT}; Redis, Valkey,
   * Memcached and MongoDB none (they listen where their command line or mounted configuration
   * says). A {@code DATABASE_PORT} or {@code REDIS_PORT} a shared env file or anchor hands them is
   * some client's setting.
   */
  private static final Map<String, Set<String>> PORT_VARIABLES =
      Map.of(
          "redis", Set.of(),
          "valkey/valkey", Set.of(),
          "memcached", Set.of(),
          "mongo", Set.of(),
          "postgres", Set.of("PGPORT"),
          "mysql", Set.of("MYSQL_TCP_PORT"),
          "mariadb", Set.of("MYSQL_TCP_PORT", "MARIADB_TCP_PORT"));

  /**
   * Variables an image reads for its listen address whose names say no port or address: Ollama's
   * {@code OLLAMA_HOST=0.0.0.0:11435}.
   */
  private static final Map<String, Set<String>> LISTEN_VARIABLES =
      Map.of("ollama/ollama", Set.of("OLLAMA_HOST"));

  /** True when {@code variable} sets where {@code image}'s server listens, by that image's rule. */
  static boolean movedBy(String image, String variable) {
    return LISTEN_VARIABLES.getOrDefault(repository(image).name(), Set.of()).contains(variable);
  }

  /**
   * The variables that move {@code image}'s documented ports, when only those do ({@link
   * #PORT_VARIABLES}); empty when any variable naming a port may.
   */
  static Optional<Set<String>> portVariables(String image) {
    return Optional.ofNullable(PORT_VARIABLES.get(repository(image).name()));
  }

  /**
   * The image's listener flags with the documented port each replaces; empty for an image whose
   * flags are not known by name.
   */
  static Map<String, Integer> listenerFlags(String image) {
    return LISTENER_FLAGS.getOrDefault(repository(image).name(), Map.of());
  }

  /**
   * Documented ports that speak another protocol than HTTP, each with the image's HTTP port: an
   * HTTP call there fails (Elasticsearch's transport port answers "This is not an HTTP port";
   * RabbitMQ's AMQP port closes on an HTTP request, its management API is on 15672).
   */
  private static final Map<String, Map<Integer, Integer>> NOT_HTTP =
      Map.of(
          "elasticsearch", Map.of(9300, 9200),
          "elasticsearch/elasticsearch", Map.of(9300, 9200),
          "opensearchproject/opensearch", Map.of(9300, 9200),
          "rabbitmq", Map.of(5672, 15672),
          "bitnami/rabbitmq", Map.of(5672, 15672));

  /** {@code image}'s documented ports that serve no HTTP, each with the port that does. */
  static Map<Integer, Integer> notHttp(String image) {
    return NOT_HTTP.getOrDefault(repository(image).name(), Map.of());
  }

  /** True when a mounted configuration file leaves {@code image}'s documented ports as they are. */
  static boolean portsSetByFlagsOnly(String image) {
    return PORTS_BY_FLAGS_ONLY.contains(repository(image).name());
  }

  /** The image's ports, read as if from its Dockerfile; empty for images not in the table. */
  static Optional<DockerImage> of(String image, Loc where) {
    Repository r = repository(image);
    String name = r.name();
    String tag = r.tag();
    List<Integer> ports = PORTS.get(name);
    if (ports == null) {
      return Optional.empty();
    }
    List<DockerImage.Exposed> exposed = new ArrayList<>();
    for (int p : ports) {
      exposed.add(new DockerImage.Exposed(p, Protocol.TCP, where));
    }
    // A tag a variable leaves unknown may be a management one: its ports may be served.
    if (name.equals("rabbitmq")
        && (tag.contains("management") || tag.equals(ComposeProject.UNKNOWN_TAG))) {
      exposed.add(new DockerImage.Exposed(15671, Protocol.TCP, where));
      exposed.add(new DockerImage.Exposed(15672, Protocol.TCP, where));
    }
    return Optional.of(new DockerImage(DockerImage.DOCUMENTED + image, exposed, true));
  }

  /**
   * Registry prefixes under which the same images are served: Docker Hub's own names, its official
   * images' mirrors on Amazon ECR Public and Google's mirror, and Elastic's registry.
   */
  private static final List<String> MIRRORS =
      List.of(
          "docker.io/library/",
          "docker.io/",
          "library/",
          "index.docker.io/library/",
          "index.docker.io/",
          "public.ecr.aws/docker/library/",
          "mirror.gcr.io/library/",
          "mirror.gcr.io/",
          "docker.elastic.co/");

  /** The same software that its vendor also publishes under another registry's name. */
  private static final Map<String, String> SAME_IMAGE =
      Map.ofEntries(
          Map.entry("docker.redpanda.com/redpandadata/redpanda", "redpandadata/redpanda"),
          Map.entry("docker.redpanda.com/vectorized/redpanda", "redpandadata/redpanda"),
          Map.entry("docker.vectorized.io/vectorized/redpanda", "redpandadata/redpanda"),
          Map.entry("vectorized/redpanda", "redpandadata/redpanda"),
          Map.entry("ghcr.io/openzipkin/zipkin", "openzipkin/zipkin"),
          Map.entry("ghcr.io/openzipkin/zipkin-slim", "openzipkin/zipkin-slim"),
          Map.entry("quay.io/prometheus/prometheus", "prom/prometheus"),
          Map.entry("quay.io/prometheus/alertmanager", "prom/alertmanager"),
          Map.entry("quay.io/minio/minio", "minio/minio"),
          Map.entry("rodolpheche/wiremock", "wiremock/wiremock"),
          Map.entry("keycloak/keycloak", "quay.io/keycloak/keycloak"),
          Map.entry("apicurio/apicurio-registry", "quay.io/apicurio/apicurio-registry"),
          Map.entry("docker.redpanda.com/redpandadata/console", "redpandadata/console"),
          Map.entry("docker.redpanda.com/vectorized/console", "redpandadata/console"),
          Map.entry("docker.n8n.io/n8nio/n8n", "n8nio/n8n"),
          Map.entry("quay.io/prometheus/node-exporter", "prom/node-exporter"));

  /** An image reference's repository as the table names it, and its tag. */
  private record Repository(String name, String tag) {}

  private static Repository repository(String image) {
    String name = image.trim();
    int digest = name.indexOf('@');
    name = digest < 0 ? name : name.substring(0, digest);
    int colon = name.lastIndexOf(':');
    String tag = colon > name.lastIndexOf('/') ? name.substring(colon + 1) : "";
    name = colon > name.lastIndexOf('/') ? name.substring(0, colon) : name;
    for (String prefix : MIRRORS) {
      if (name.startsWith(prefix)) {
        name = name.substring(prefix.length());
        break;
      }
    }
    // Bitnami moved its older images to bitnamilegacy/ in 2025, unchanged.
    if (name.startsWith("bitnamilegacy/")) {
      name = "bitnami/" + name.substring("bitnamilegacy/".length());
    }
    return new Repository(SAME_IMAGE.getOrDefault(name, name), tag);
  }
}
