package dev.portcheck.core.wiring;

import dev.portcheck.core.wiring.DockerfileLexer.Word;
import java.util.ArrayList;
import java.util.List;

/**
 * The files a Dockerfile {@code COPY} or {@code ADD} puts over an image's configuration ({@code
 * COPY nginx.conf /etc/nginx/conf.d/default.conf}, {@code COPY conf/ /etc/nginx/}): each source,
 * relative to the build context, named by where it lands. A destination that is a folder ({@code
 * .../conf.d/}) keeps the source's file name.
 */
final class ConfigCopies {
  private ConfigCopies() {}

  /** {@code paths}: the instruction's sources then its destination, flags left out. */
  static List<Setting> of(String file, List<Word> paths) {
    List<Setting> out = new ArrayList<>();
    if (paths.size() < 2) {
      return out;
    }
    String destination = paths.get(paths.size() - 1).text();
    if (!destination.startsWith("/etc/nginx")) {
      return out;
    }
    boolean folder = destination.endsWith("/") || paths.size() > 2;
    for (Word source : paths.subList(0, paths.size() - 1)) {
      String s = source.text();
      if (s.contains("://") || s.contains("$") || s.contains("*")) {
        continue; // a download or a pattern: not one file of the context
      }
      String name = s.endsWith("/") ? "" : s.substring(s.lastIndexOf('/') + 1);
      String target = folder && !name.isEmpty() ? slash(destination) + name : destination;
      out.add(new Setting(target, s, new Loc(file, source.line(), source.column())));
    }
    return out;
  }

  private static String slash(String folder) {
    return folder.endsWith("/") ? folder : folder + "/";
  }
}
