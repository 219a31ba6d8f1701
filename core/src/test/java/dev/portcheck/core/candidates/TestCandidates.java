package dev.portcheck.core.candidates;

import java.util.List;

/**
 * Candidates built by hand for tests, their kind told by the scope they are given and their
 * Kubernetes field by their key, as the extractor would set them.
 */
public final class TestCandidates {
  private TestCandidates() {}

  public static PortCandidate of(
      String file,
      int line,
      int column,
      int document,
      String key,
      String raw,
      String profile,
      String scope,
      Role role,
      Protocol protocol,
      String hostIp,
      List<PortLiteral> ports,
      String name) {
    FileKind kind = kindOfScope(scope);
    return new PortCandidate(
        file,
        line,
        column,
        document,
        key,
        raw,
        profile,
        scope,
        role,
        protocol,
        hostIp,
        ports,
        name,
        kind,
        PortFields.of(kind, key),
        name,
        PrivilegedBind.UNSAID);
  }

  private static FileKind kindOfScope(String scope) {
    if (scope.equals(PortCandidate.APPLICATION_SCOPE)) {
      return FileKind.APPLICATION;
    }
    if (scope.startsWith("compose:") || scope.startsWith("container:")) {
      return FileKind.COMPOSE;
    }
    return scope.startsWith("k8s:") ? FileKind.KUBERNETES : FileKind.OTHER;
  }
}
