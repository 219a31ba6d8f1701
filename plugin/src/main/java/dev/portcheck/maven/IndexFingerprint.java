package dev.portcheck.maven;

import dev.portcheck.core.engine.PortcheckEngine;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The fingerprint of the incremental index: portcheck's build and every setting that changes
 * results. An index written under another fingerprint is discarded.
 */
final class IndexFingerprint {
  private IndexFingerprint() {}

  static String of(VerifyRequest request) {
    StringBuilder s =
        new StringBuilder()
            .append(request.toolVersion())
            .append('|')
            .append(ENGINE_BUILD)
            .append('|')
            .append(request.analysis().includes())
            .append('|')
            .append(request.analysis().excludes())
            .append('|')
            .append(request.analysis().charset().name())
            .append('|')
            .append(request.analysis().maxFileBytes())
            .append('|')
            .append(request.analysis().ignoreSuppressions())
            .append('|')
            .append(request.clientPorts())
            .append('|')
            .append(request.nodePorts())
            .append('|')
            .append(request.wellKnownPorts().id())
            .append('|')
            .append(new TreeSet<>(request.analysis().ruleSettings().disabled()));
    new TreeMap<>(request.analysis().ruleSettings().rules())
        .forEach(
            (id, rule) ->
                s.append('|')
                    .append(id)
                    .append(rule.severity())
                    .append(new TreeSet<>(rule.allowedPorts()))
                    .append(rule.excludes()));
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(s.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /**
   * The engine's jar as built: the hash of its bytes. A snapshot keeps its version from build to
   * build, and an index written by an earlier build of the same version must not be trusted; the
   * same jar downloaded on another machine (an index restored from a build cache) hashes the same.
   */
  private static final String ENGINE_BUILD = engineBuild();

  private static String engineBuild() {
    try {
      CodeSource source = PortcheckEngine.class.getProtectionDomain().getCodeSource();
      Path jar = source == null ? null : Path.of(source.getLocation().toURI());
      if (jar == null || !Files.isRegularFile(jar)) {
        return "unknown";
      }
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(jar)));
    } catch (IOException | URISyntaxException | NoSuchAlgorithmException | RuntimeException e) {
      return "unknown"; // the version alone then decides
    }
  }
}
