package dev.portcheck.maven;

import java.io.File;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.codehaus.plexus.build.BuildContext;

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

  /**
   * Comma-separated report formats written into {@code outputDirectory}: {@code json} ({@code
   * portcheck.json}), {@code sarif} ({@code portcheck.sarif}), {@code checkstyle} ({@code
   * portcheck-checkstyle.xml}), {@code html} ({@code portcheck.html}). Unset means {@code json}.
   */
  @Parameter(property = "portcheck.formats")
  private String formats;

  /** Folder the reports are written to. */
  @Parameter(
      property = "portcheck.outputDirectory",
      defaultValue = "${project.build.directory}/portcheck")
  private File outputDirectory;

  /**
   * The folder report paths are relative to in SARIF ({@code %SRCROOT%}) and GitHub annotations:
   * the repository root, so multi-module builds give repository-relative paths.
   */
  @Parameter(property = "portcheck.sourceRoot", defaultValue = "${session.executionRootDirectory}")
  private File sourceRoot;

  /**
   * Keeps an index of every file's content hash and scan result in {@code outputDirectory}, so a
   * re-run parses only changed files. A new portcheck version or changed settings discard it.
   */
  @Parameter(property = "portcheck.incremental", defaultValue = "true")
  private boolean incremental;

  /**
   * Under the Apache Maven Build Cache Extension, fails the build when files portcheck checks are
   * not inputs of the cache (a change to them alone would give a cache hit that skips portcheck)
   * instead of warning. Nothing is checked when the extension is off or runs {@code
   * portcheck:verify} always ({@code <executionControl><runAlways>}).
   */
  @Parameter(property = "portcheck.failOnUncachedInputs", defaultValue = "false")
  private boolean failOnUncachedInputs;

  /**
   * IDE integration: Eclipse m2e turns its messages into markers. Plexus {@code @Component} is
   * deprecated for JSR-330, but build-api's context is injected this way by every Maven 3.6+.
   */
  @SuppressWarnings("deprecation")
  @Component
  private BuildContext buildContext;

  /** The older context build-api delegates to; only used to tell an IDE build from a CLI one. */
  @SuppressWarnings("deprecation")
  @Component
  private org.sonatype.plexus.build.incremental.BuildContext legacyBuildContext;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("portcheck: skipped (portcheck.skip=true)");
      ReactorBindings.publishSkipped(session, project, module);
      return;
    }
    VerifyRequest request =
        requestBuilder()
            .failOnSeverity(failOnSeverity)
            .formats(formats)
            .outputDirectory(outputDirectory.toPath())
            .sourceRoot(sourceRoot == null ? null : sourceRoot.toPath())
            .incremental(incremental)
            .build();
    VerifyOutcome outcome =
        executor().verify(request, IdeMarkers.of(buildContext, legacyBuildContext));
    BuildCacheCheck.check(session, project, outcome.scannedFiles(), failOnUncachedInputs, getLog());
    if (outcome.failingFindings() > 0) {
      throw new MojoFailureException(outcome.failureMessage());
    }
  }
}
