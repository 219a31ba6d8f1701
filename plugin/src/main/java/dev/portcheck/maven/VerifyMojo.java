package dev.portcheck.maven;

import java.io.File;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Scans the module's {@code .properties} and YAML configuration for the ports it sets, logs every
 * finding as {@code path:[line,col] (rule) message}, writes the reports and fails the build when a
 * finding reaches {@code failOnSeverity}.
 */
@Mojo(name = "verify", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class VerifyMojo extends AbstractMojo {

  /** Skips the check. */
  @Parameter(property = "portcheck.skip", defaultValue = "false")
  private boolean skip;

  /**
   * Comma-separated Ant-style globs, relative to the module base directory, of the files to scan.
   * Empty means the defaults: {@code src/main/resources/**}{@code /*.properties|yml|yaml|env},
   * compose files ({@code **}{@code /*compose*.yml|yaml}), {@code k8s}, {@code kubernetes},
   * {@code helm} and {@code charts} folders, and {@code .env} files.
   */
  @Parameter(property = "portcheck.includes")
  private String includes;

  /**
   * Comma-separated Ant-style globs of files to leave out, relative to the module base directory.
   * Empty means the defaults: {@code target/**}, {@code node_modules}, {@code .git}, {@code
   * .idea} and {@code .mvn} folders.
   */
  @Parameter(property = "portcheck.excludes")
  private String excludes;

  /** Lowest severity that fails the build: {@code error}, {@code warning}, {@code info} or {@code none}. */
  @Parameter(property = "portcheck.failOnSeverity", defaultValue = "error")
  private String failOnSeverity;

  /** Comma-separated report formats to write into {@code outputDirectory}: {@code json}. */
  @Parameter(property = "portcheck.formats", defaultValue = "json")
  private String formats;

  /** Folder the reports are written to. */
  @Parameter(property = "portcheck.outputDirectory",
      defaultValue = "${project.build.directory}/portcheck")
  private File outputDirectory;

  /** Charset of the scanned files ({@code .properties} are UTF-8 for Spring Boot). */
  @Parameter(property = "portcheck.encoding", defaultValue = "UTF-8")
  private String encoding;

  /** Files larger than this many bytes are skipped with a warning. */
  @Parameter(property = "portcheck.maxFileSize", defaultValue = "10485760")
  private long maxFileSize;

  /** Files analysed in parallel. */
  @Parameter(property = "portcheck.threads", defaultValue = "1")
  private int threads;

  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  private File baseDir;

  @Parameter(defaultValue = "${project.artifactId}", readonly = true, required = true)
  private String module;

  @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
  private PluginDescriptor plugin;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("portcheck: skipped (portcheck.skip=true)");
      return;
    }
    VerifyRequest request =
        VerifyRequest.builder()
            .baseDir(baseDir.toPath())
            .module(module)
            .toolVersion(plugin.getVersion())
            .includes(includes)
            .excludes(excludes)
            .failOnSeverity(failOnSeverity)
            .formats(formats)
            .outputDirectory(outputDirectory.toPath())
            .encoding(encoding)
            .maxFileSize(maxFileSize)
            .threads(threads)
            .build();
    VerifyOutcome outcome = new PortcheckExecutor(getLog()).execute(request);
    if (outcome.failingFindings() > 0) {
      throw new MojoFailureException(outcome.failureMessage());
    }
  }
}
