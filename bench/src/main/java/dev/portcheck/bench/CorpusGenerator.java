package dev.portcheck.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes N realistic config files of 1-6 KB with a fixed seed, so every run measures the same
 * bytes: Spring .properties and YAML with profiles and placeholders, compose files, Kubernetes
 * manifests; a few hold mistakes so the rules have findings to report.
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

  private int port() {
    int r = random.nextInt(100);
    return r < 2
        ? 70000 + random.nextInt(1000)
        : r < 5 ? 22 + random.nextInt(900) : 1024 + random.nextInt(40000);
  }

  private int size() {
    return 1024 + random.nextInt(5 * 1024);
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
            .append("management.server.port=")
            .append(port())
            .append('\n')
            .append("spring.datasource.url=jdbc:postgresql://db-")
            .append(i)
            .append(":5432/app\n")
            .append("spring.kafka.bootstrap-servers=broker-1:9092,broker-2:9093\n");
    int target = size();
    for (int k = 0; s.length() < target; k++) {
      s.append(
          k % 7 == 0
              ? "%dev.quarkus.http.port=" + port() + "\n"
              : "app.feature"
                  + k
                  + ".timeout.ms="
                  + random.nextInt(60000)
                  + "\n"
                  + "app.feature"
                  + k
                  + ".url=http://svc-"
                  + k
                  + ":"
                  + port()
                  + "/api/v1\n"
                  + "app.feature"
                  + k
                  + ".description="
                  + "lorem ipsum dolor sit amet ".repeat(2)
                  + "\n");
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
          .append("/v1\n      timeout: ")
          .append(random.nextInt(9000))
          .append("\n    cache:\n      host: redis\n      port: 6379\n      ttl: 300\n");
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
          .append("\n    environment:\n      JAVA_OPTS: \"-Xmx512m\"\n      DB_PORT: 5432\n")
          .append("    ports:\n      - \"")
          .append(port())
          .append(':')
          .append(8080)
          .append("\"\n")
          .append("      - \"127.0.0.1:")
          .append(port())
          .append(":9090/udp\"\n")
          .append("    expose:\n      - \"")
          .append(port())
          .append("\"\n");
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
          .append("\nspec:\n  replicas: 2\n  template:\n")
          .append("    spec:\n      securityContext:\n        runAsUser: 1000\n      containers:\n")
          .append("        - name: app\n          image: example/app:")
          .append(k)
          .append(".0\n          ports:\n            - name: http\n              containerPort: ")
          .append(port)
          .append("\n          livenessProbe:\n            httpGet:\n              port: http\n")
          .append("---\napiVersion: v1\nkind: Service\nmetadata:\n  name: app")
          .append(k)
          .append("\nspec:\n  ports:\n    - port: 80\n      targetPort: http\n      nodePort: ")
          .append(30000 + random.nextInt(2767))
          .append('\n');
    }
    return s.toString();
  }
}
