package dev.portcheck.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes N realistic config files of 1-6 KB with a fixed seed, so every run measures the same
 * bytes: Spring .properties and YAML with profiles and placeholders, compose files, Kubernetes
 * manifests; a few hold mistakes so the rules have findings to report. Port settings are about as
 * dense as in the hand-labelled corpus of real files (one or two per KB), the rest ordinary
 * settings, so parsing and port analysis weigh as they do on real configs.
 *
 * <p>Usage: {@code CorpusGenerator <dir> <files> [seed] [mix]}; mix is four weights for properties,
 * Spring YAML, compose, Kubernetes, e.g. {@code 1,1,1,1}.
 */
public final class CorpusGenerator {
  private final Random random;

  CorpusGenerator(long seed) {
    this.random = new Random(seed);
  }

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    int files = Integer.parseInt(args[1]);
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
    int[] mix = args.length > 3 ? parseMix(args[3]) : new int[] {1, 1, 1, 1};
    long bytes = new CorpusGenerator(seed).write(dir, files, mix);
    System.out.printf("wrote %d files, %.1f MB, to %s%n", files, bytes / 1e6, dir);
  }

  static int[] parseMix(String text) {
    String[] p = text.split(",");
    return new int[] {
      Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]), Integer.parseInt(p[3])
    };
  }

  /** Writes the files into module-like folders of 500; returns the bytes written. */
  long write(Path dir, int files, int[] mix) throws IOException {
    int total = mix[0] + mix[1] + mix[2] + mix[3];
    long bytes = 0;
    for (int i = 0; i < files; i++) {
      Path module = dir.resolve(String.format("m%04d", i / 500));
      int pick = random.nextInt(total);
      String name;
      String text;
      if (pick < mix[0]) {
        name = "src/main/resources/application-" + i + ".properties";
        text = properties(i);
      } else if (pick < mix[0] + mix[1]) {
        name = "src/main/resources/application-" + i + ".yml";
        text = springYaml(i);
      } else if (pick < mix[0] + mix[1] + mix[2]) {
        name = "compose/" + i + "-docker-compose.yml";
        text = compose(i);
      } else {
        name = "k8s/" + i + "-deployment.yaml";
        text = kubernetes(i);
      }
      Path file = module.resolve(name);
      Files.createDirectories(file.getParent());
      byte[] content = text.getBytes(StandardCharsets.UTF_8);
      Files.write(file, content);
      bytes += content.length;
    }
    return bytes;
  }

  /**
   * Ports as configs pick them: mostly the usual application ports, some any registered number, a
   * few privileged or dynamic ones and 2% out of range, so every rule has findings to report.
   */
  private int port() {
    int r = random.nextInt(100);
    if (r < 2) {
      return 70000 + random.nextInt(1000);
    }
    if (r < 6) {
      return PRIVILEGED[random.nextInt(PRIVILEGED.length)];
    }
    if (r < 60) {
      return USUAL[random.nextInt(USUAL.length)];
    }
    if (r < 95) {
      return 1024 + random.nextInt(48128);
    }
    return 49152 + random.nextInt(16384);
  }

  private static final int[] USUAL = {
    8080, 8081, 8082, 8443, 9090, 9091, 3000, 5000, 8000, 8888, 9000, 9092, 5432, 6379, 3306, 27017,
    8761, 8500, 9200, 5672, 15672, 4317, 9411, 2181, 7000, 8200, 11211, 4222
  };
  private static final int[] PRIVILEGED = {80, 443, 22, 25, 53, 389, 636, 993};

  private int size() {
    return 1024 + random.nextInt(5 * 1024);
  }

  /** A few lines of ordinary settings: names, flags, sizes, timeouts, text; none is a port. */
  private String filler(String prefix, int k, boolean yaml, String indent) {
    String[][] settings = {
      {"enabled", String.valueOf(random.nextBoolean())},
      {"timeout-ms", String.valueOf(random.nextInt(60000))},
      {"retries", String.valueOf(random.nextInt(10))},
      {"pool-size", String.valueOf(1 + random.nextInt(64))},
      {"name", "worker-" + k},
      {"log-level", random.nextBoolean() ? "INFO" : "DEBUG"},
      {"description", "lorem ipsum dolor sit amet consectetur " + k},
      {"cron", "0 */" + (1 + random.nextInt(30)) + " * * * *"},
      {"version", "1." + k + "." + random.nextInt(20)},
      {"path", "/var/lib/app/data-" + k}
    };
    StringBuilder s = new StringBuilder();
    for (String[] kv : settings) {
      if (yaml) {
        s.append(indent).append(kv[0]).append(": ").append(kv[1]).append('\n');
      } else {
        s.append(prefix).append('.').append(kv[0]).append('=').append(kv[1]).append('\n');
      }
    }
    return s.toString();
  }

  private String properties(int i) {
    StringBuilder s =
        new StringBuilder("# service ")
            .append(i)
            .append('\n')
            .append("spring.application.name=service-")
            .append(i)
            .append('\n')
            .append("server.port=${PORT:")
            .append(port())
            .append("}\n")
            .append("spring.datasource.url=jdbc:postgresql://db-")
            .append(i)
            .append(":5432/app\n");
    int target = size();
    for (int k = 0; s.length() < target; k++) {
      String prefix = "app.feature" + k;
      s.append(filler(prefix, k, false, ""));
      s.append(
          k % 3 == 0
              ? "%p" + k + ".quarkus.http.port=" + port() + "\n"
              : k % 3 == 1
                  ? prefix + ".url=http://svc-" + k + ":" + port() + "/api/v1\n"
                  : prefix + ".admin.port=" + port() + "\n");
    }
    return s.toString();
  }

  private String springYaml(int i) {
    StringBuilder s =
        new StringBuilder("spring:\n  application:\n    name: service-")
            .append(i)
            .append("\nserver:\n  port: ${SERVER_PORT:")
            .append(port())
            .append("}\n");
    int target = size();
    for (int k = 0; s.length() < target; k++) {
      s.append("---\nspring:\n  config:\n    activate:\n      on-profile: p")
          .append(k)
          .append("\nserver:\n  port: ")
          .append(port())
          .append("\napp:\n  clients:\n")
          .append("    orders:\n      url: http://orders-")
          .append(k)
          .append(':')
          .append(port())
          .append("/v1\n")
          .append(filler("", k, true, "      "))
          .append("    cache:\n")
          .append(filler("", k, true, "      "));
    }
    return s.toString();
  }

  private String compose(int i) {
    StringBuilder s = new StringBuilder("services:\n");
    int target = size();
    for (int k = 0; s.length() < target; k++) {
      s.append("  svc")
          .append(k)
          .append(":\n    image: example/svc")
          .append(k)
          .append(":1.")
          .append(k)
          .append("\n    restart: unless-stopped\n    environment:\n")
          .append("      JAVA_OPTS: \"-Xmx512m -XX:+UseG1GC\"\n      DB_PORT: 5432\n")
          .append("      LOG_LEVEL: info\n      FEATURE_FLAGS: \"a,b,c\"\n")
          .append("    volumes:\n      - ./data/svc")
          .append(k)
          .append(":/var/lib/data\n    depends_on:\n      - db\n")
          .append(
              "    healthcheck:\n      test: [\"CMD\", \"curl\", \"-f\", \"http://localhost/health\"]\n")
          .append("      interval: 30s\n      timeout: 10s\n      retries: 3\n")
          .append("    ports:\n      - \"")
          .append(port())
          .append(":8080\"\n");
      if (k % 2 == 0) {
        s.append("      - \"127.0.0.1:").append(port()).append(":9090/udp\"\n");
      }
    }
    return s.toString();
  }

  private String kubernetes(int i) {
    StringBuilder s = new StringBuilder();
    int target = size();
    for (int k = 0; s.length() < target; k++) {
      int port = port();
      s.append("---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app")
          .append(k)
          .append("\n  labels:\n    app: app")
          .append(k)
          .append("\n    tier: backend\n  annotations:\n    owner: team-")
          .append(k % 7)
          .append("\nspec:\n  replicas: 2\n  selector:\n    matchLabels:\n      app: app")
          .append(k)
          .append("\n  template:\n    spec:\n      securityContext:\n        runAsUser: 1000\n")
          .append("        fsGroup: 2000\n      containers:\n")
          .append("        - name: app\n          image: example/app:")
          .append(k)
          .append(
              ".0\n          env:\n            - name: JAVA_OPTS\n              value: \"-Xmx256m\"\n")
          .append("            - name: PROFILE\n              value: prod\n")
          .append("          resources:\n            limits:\n              cpu: 500m\n")
          .append("              memory: 512Mi\n          ports:\n            - name: http\n")
          .append("              containerPort: ")
          .append(port)
          .append("\n          livenessProbe:\n            httpGet:\n              path: /health\n")
          .append("              port: http\n            initialDelaySeconds: 10\n")
          .append("---\napiVersion: v1\nkind: Service\nmetadata:\n  name: app")
          .append(k)
          .append("\nspec:\n  type: NodePort\n  selector:\n    app: app")
          .append(k)
          .append("\n  ports:\n    - port: 80\n      targetPort: http\n      nodePort: ")
          .append(30000 + random.nextInt(2767))
          .append('\n');
    }
    return s.toString();
  }
}
