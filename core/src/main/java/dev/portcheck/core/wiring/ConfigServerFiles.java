package dev.portcheck.core.wiring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A Spring Cloud Config server's per-application files named {@code {application}-{profile}}
 * ({@code department-service-docker.yml}): the server hands that file to application {@code
 * department-service} running with profile {@code docker} only, above its {@code
 * department-service.yml}. Their settings are that application's profile settings, as {@code
 * application-docker.yml} is a module's own.
 */
final class ConfigServerFiles {
  private ConfigServerFiles() {}

  /** Default settings and profile settings once the server's profile files are read as such. */
  record Split(List<Setting> defaults, List<ProfilePort> profiles) {}

  /**
   * {@code app}'s settings with each file of a server folder whose name is an application's name, a
   * dash and a profile moved to {@code profiles}; an application is a name a compose service runs
   * ({@code isService}) or that has a file of its own in the folder.
   */
  static Split split(
      List<Setting> app,
      List<ProfilePort> profiles,
      List<String> serverFolders,
      Predicate<String> isService) {
    if (serverFolders.isEmpty()) {
      return new Split(app, profiles);
    }
    Set<String> files = new HashSet<>();
    for (Setting s : app) {
      files.add(base(s.loc().file()));
    }
    List<Setting> defaults = new ArrayList<>(app.size());
    List<ProfilePort> all = new ArrayList<>(profiles);
    for (Setting s : app) {
      String file = s.loc().file();
      String folder = s.loc().folder();
      String base = base(file);
      String name = base.substring(base.lastIndexOf('/') + 1);
      String application = null;
      if (serverFolders.contains(folder) && !isService.test(name)) {
        // The longest application name that leaves a profile: {app}-{profile}.
        for (int dash = name.lastIndexOf('-'); dash > 0; dash = name.lastIndexOf('-', dash - 1)) {
          String candidate = name.substring(0, dash);
          String sibling = (folder.isEmpty() ? "" : folder + "/") + candidate;
          if (isService.test(candidate) || files.contains(sibling)) {
            application = candidate;
            all.add(new ProfilePort(name.substring(dash + 1), candidate, s));
            break;
          }
        }
      }
      if (application == null) {
        defaults.add(s);
      }
    }
    return new Split(defaults, all);
  }

  /** The file without its extension. */
  private static String base(String file) {
    int dot = file.lastIndexOf('.');
    return dot > file.lastIndexOf('/') ? file.substring(0, dot) : file;
  }
}
