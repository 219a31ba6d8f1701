package dev.portcheck.core.candidates;

/** Container image references reduced to what names the software in them. */
final class ImageNames {
  private ImageNames() {}

  /**
   * The image without registry, path, tag or digest ({@code postgres} for {@code
   * docker.io/library/postgres:18.3}): it names what listens, so a postgres container on 5432 takes
   * no one else's port. Empty for a templated image.
   */
  static String base(String image) {
    if (image.contains("{{") || image.contains("${")) {
      int slash = image.lastIndexOf('/');
      String last = image.substring(slash + 1);
      return last.contains("{{") || last.contains("${") ? "" : stripTag(last);
    }
    int at = image.indexOf('@');
    String s = at >= 0 ? image.substring(0, at) : image;
    return stripTag(s.substring(s.lastIndexOf('/') + 1));
  }

  private static String stripTag(String s) {
    int colon = s.indexOf(':');
    return colon >= 0 ? s.substring(0, colon) : s;
  }
}
