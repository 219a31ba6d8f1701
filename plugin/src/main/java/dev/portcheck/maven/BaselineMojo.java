package dev.portcheck.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Writes the module's current findings to the baseline file ({@code portcheck-baseline.json} in the
 * base directory by default). {@code verify} then reports only findings not in it, matched on rule,
 * file, key and port, so edits that move a finding to another line do not bring it back.
 */
@Mojo(name = "baseline", threadSafe = true)
public final class BaselineMojo extends AbstractPortcheckMojo {

  @Override
  public void execute() throws MojoExecutionException {
    if (skip) {
      getLog().info("portcheck: skipped (portcheck.skip=true)");
      ReactorBindings.publishSkipped(session, project, module);
      return;
    }
    VerifyRequest request = requestBuilder().formats("json").failOnSeverity("none").build();
    executor().writeBaseline(request);
  }
}
