package dev.portcheck.core.wiring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Where a Spring Cloud Config server keeps its per-application files, and those named {@code
 * {application}-{profile}} ({@code department-service-docker.yml}): the server hands that file to
 * application {@code department-service} running with profile {@code docker} only, above its {@code
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
   * ({@code isService}) or whose own file in the folder holds a setting read here.
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

  /**
   * Folders where a Spring Cloud Config server of the module keeps per-application files: its
   * {@code classpath:} search locations, in the resources of the application that sets them (the
   * module's own, or a folder's that is no module of its own).
   */
  static List<String> folders(List<Setting> app) {
    List<String> out = new ArrayList<>();
    Set<String> nativeServers = new java.util.LinkedHashSet<>();
    Set<String> located = new HashSet<>();
    for (Setting s : app) {
      String resources = resourcesOf(s.loc().folder());
      if (s.name().equals(AppSettings.ACTIVE_PROFILES)
          && List.of(s.value().split(",")).stream()
              .anyMatch(p -> p.trim().equals(AppSettings.NATIVE))) {
        nativeServers.add(resources);
      }
      if (s.name().equals(AppSettings.SEARCH_LOCATIONS)) {
        located.add(resources);
        for (String location : s.value().split(",")) {
          String l = location.trim();
          if (l.startsWith("classpath:")) {
            String sub = l.substring("classpath:".length()).replaceAll("^/+|/+$", "");
            out.add(sub.isEmpty() ? resources : resources + "/" + sub);
          }
        }
      }
    }
    // A git-backed server's repository kept beside it in the tree (uri .../petclinic-config, a
    // folder petclinic-config): its files are the per-application files the server hands out.
    Set<String> repositories = new HashSet<>();
    for (Setting s : app) {
      if (s.name().equals(AppSettings.GIT_URI)) {
        String uri = s.value().trim().replaceAll("/+$", "").replaceAll("\\.git$", "");
        String name = uri.substring(uri.lastIndexOf('/') + 1);
        if (!name.isEmpty() && !name.contains("{") && !name.contains("$")) {
          repositories.add(name);
        }
      }
    }
    for (Setting s : app) {
      String folder = s.loc().folder();
      String last = folder.substring(folder.lastIndexOf('/') + 1);
      if (repositories.contains(last) && !out.contains(folder)) {
        out.add(folder);
      }
    }
    for (String resources : nativeServers) {
      if (!located.contains(resources)) {
        // Without search-locations a native config server serves classpath:/ and
        // classpath:/config; the root holds the server's own application files, so only the
        // config folder is taken as per-application files.
        out.add(resources + "/config");
      }
    }
    return List.copyOf(out);
  }

  /** The resources folder a file of {@code folder} belongs to ({@code x/src/main/resources}). */
  private static String resourcesOf(String folder) {
    int at = folder.indexOf("src/main/resources");
    return at < 0 ? "src/main/resources" : folder.substring(0, at) + "src/main/resources";
  }

  /** The file without its extension. */
  private static String base(String file) {
    int dot = file.lastIndexOf('.');
    return dot > file.lastIndexOf('/') ? file.substring(0, dot) : file;
  }
}
