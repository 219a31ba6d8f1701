package dev.portcheck.core.model;

import java.util.Locale;
import java.util.Optional;

/**
 * A container image reference, the one reader of one: {@link #parse} reduces it to what says which
 * image it is, {@link #software} to what names the program in it. The repository is its path,
 * without tag or digest. Two references run the same module when their repositories are equal:
 * {@code shop/orders:1.2} and {@code shop/orders@sha256:...} are the same image in other versions.
 * Docker Hub is written in several ways that mean one repository ({@code orders}, {@code
 * docker.io/orders}, {@code docker.io/library/orders}, {@code index.docker.io/library/orders}):
 * they compare equal. Any other registry host stays part of the repository ({@code
 * ghcr.io/shop/orders} is not {@code shop/orders}): a registry host is no detail one may drop,
 * since a mirror may hold another image under the same path, and precision comes first.
 *
 * @param repository the repository path, Docker Hub names with their {@code library/} prefix and no
 *     host, lower case
 */
public record ImageName(String repository) {
  private static final String LIBRARY = "library/";

  /**
   * The repository of {@code reference}; empty when it holds a placeholder ({@code ${...}}, {@code
   * {{...}}}, {@code $(...)}), whitespace or nothing, as its repository is then unknown.
   */
  public static Optional<ImageName> parse(String reference) {
    if (reference == null) {
      return Optional.empty();
    }
    String r = reference.trim();
    if (r.isEmpty() || r.contains("$") || r.contains("{") || r.contains("}") || r.contains(" ")) {
      return Optional.empty();
    }
    r = withoutTag(withoutDigest(r));
    if (r.isEmpty() || r.endsWith("/") || r.startsWith("/")) {
      return Optional.empty();
    }
    r = r.toLowerCase(Locale.ROOT);
    int slash = r.indexOf('/');
    String first = slash < 0 ? "" : r.substring(0, slash);
    boolean host = first.contains(".") || first.contains(":") || first.equals("localhost");
    if (host
        && (first.equals("docker.io")
            || first.equals("index.docker.io")
            || first.equals("registry-1.docker.io"))) {
      r = r.substring(slash + 1);
      host = false;
    }
    if (!host && r.indexOf('/') < 0) {
      r = LIBRARY + r;
    }
    return Optional.of(new ImageName(r));
  }

  /**
   * The image's last path segment without tag or digest ({@code postgres} for {@code
   * docker.io/library/postgres:18.3}), as written: it names what listens, so a postgres container
   * on 5432 takes no one else's port. Unlike {@link #parse}, a templated registry or path before it
   * is no obstacle ({@code {{ .Values.registry }}/postgres:16} runs postgres); empty when the last
   * segment itself is templated. A templated version is none either ({@code {{ .Values.hub
   * }}/gateway:{{ .Values.tag }}} runs gateway); what is left of the last segment that is no plain
   * name (the inside of a template that holds a slash) is no name.
   */
  public static String software(String reference) {
    String last = withoutTag(withoutDigest(reference.substring(reference.lastIndexOf('/') + 1)));
    for (int i = 0; i < last.length(); i++) {
      char c = last.charAt(i);
      if (c == '{' || c == '}' || c == '$' || c == '"' || c == '|' || Character.isWhitespace(c)) {
        return "";
      }
    }
    return last;
  }

  private static String withoutDigest(String reference) {
    int at = reference.indexOf('@');
    return at >= 0 ? reference.substring(0, at) : reference;
  }

  /** Without the tag: a colon after the last slash; one before it is a registry's port. */
  private static String withoutTag(String reference) {
    int colon = reference.lastIndexOf(':');
    return colon > reference.lastIndexOf('/') ? reference.substring(0, colon) : reference;
  }

  /** True when {@code reference} names this repository, in any version. */
  public boolean sameRepository(String reference) {
    return parse(reference).map(this::equals).orElse(false);
  }

  /** The repository as users write it: Docker Hub's official images without {@code library/}. */
  @Override
  public String toString() {
    return repository.startsWith(LIBRARY) ? repository.substring(LIBRARY.length()) : repository;
  }
}
