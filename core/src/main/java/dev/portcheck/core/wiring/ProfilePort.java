package dev.portcheck.core.wiring;

/**
 * A setting that only a Spring profile sets ({@code application-docker.yml}, or a document with
 * {@code spring.config.activate.on-profile: docker}): its {@code server.port}, or a value that
 * holds an address.
 *
 * @param base the application file's name without profile and extension ({@code application})
 */
public record ProfilePort(String profile, String base, Setting setting) {

  /**
   * A path standing for the application's file in its folder, for {@link WiringModel#runnersOf}.
   */
  public String applicationFile() {
    String folder = setting.loc().folder();
    return (folder.isEmpty() ? "" : folder + "/") + base + ".yml";
  }
}
