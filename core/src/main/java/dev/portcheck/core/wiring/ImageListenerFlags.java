package dev.portcheck.core.wiring;

import java.util.Map;

/**
 * The listener flags of images whose flags are known by name, each with the documented port it
 * replaces: {@link OfficialImages} lets each move only its own server's port, and {@link
 * ListenFlags} reads Redpanda's lists of addresses.
 */
final class ImageListenerFlags {
  private ImageListenerFlags() {}

  /**
   * Redpanda's listener flags ({@code rpk redpanda start}), each a comma-separated list of {@code
   * [name://]host:port}: every address is a listener of the one server the flag names. Each with
   * the default port of that server, which the flag replaces ({@code --kafka-addr
   * internal://0.0.0.0:29092} moves the Kafka API off 9092 and leaves the others).
   */
  static final Map<String, Integer> REDPANDA =
      Map.of(
          "--kafka-addr", 9092,
          "--schema-registry-addr", 8081,
          "--pandaproxy-addr", 8082,
          "--rpc-addr", 33145);

  /**
   * Keycloak's listener options ({@code kc.sh start --http-port=8180}), each with the documented
   * port it replaces.
   */
  static final Map<String, Integer> KEYCLOAK =
      Map.of("--http-port", 8080, "--https-port", 8443, "--http-management-port", 9000);

  /**
   * MinIO's listener options ({@code minio server /data --console-address :9001}): the S3 API's
   * replaces 9000; the console's replaces nothing, its default being a random port.
   */
  static final Map<String, Integer> MINIO = Map.of("--address", 9000, "--console-address", 0);
}
