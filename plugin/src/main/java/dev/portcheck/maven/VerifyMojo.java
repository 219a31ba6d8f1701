package dev.portcheck.maven;

import java.io.File;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Scans the module's {@code .properties} and YAML configuration for the ports it sets, logs every
 * finding as {@code path:[line,col] (rule) message}, writes the reports and fails the build when a
 * finding reaches {@code failOnSeverity}.
 */
@Mojo(name = "verify", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class VerifyMojo extends AbstractPortcheckMojo {

  /**
   * Lowest severity that fails the build: {@code error}, {@code warning}, {@code info} or {@code
   * none}. Unset means {@code error}.
   */
  @Parameter(property = "portcheck.failOnSeverity")
  private String failOnSeverity;

  /** Comma-separated report formats written into {@code outputDirectory}; unset means {@code json}. */
  @Parameter(property = "portcheck.formats")
  private String formats;

  /** Folder the reports are written to. */
  @Parameter(property = "portcheck.outputDirectory",
      defaultValue = "${project.build.directory}/portcheck")
  private File outputDirectory;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("portcheck: skipped (portcheck.skip=true)");
      return;
    }
    VerifyRequest request = requestBuilder()
        .failOnSeverity(failOnSeverity)
        .formats(formats)
        .outputDirectory(outputDirectory.toPath())
        .build();
    VerifyOutcome outcome = executor().verify(request);
    if (outcome.failingFindings() > 0) {
      throw new MojoFailureException(outcome.failureMessage());
    }
  }
}
