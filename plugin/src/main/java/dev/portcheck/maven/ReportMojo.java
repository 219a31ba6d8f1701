package dev.portcheck.maven;

import dev.portcheck.core.config.ProjectConfigFile;
import dev.portcheck.core.config.ProjectSettings;
import dev.portcheck.core.engine.AnalysisResult;
import dev.portcheck.core.engine.PortcheckEngine;
import dev.portcheck.core.rules.RuleSet;
import java.io.IOException;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * The portcheck page of the Maven site ({@code mvn site}): summary, port map, findings and ports,
 * the content of {@code portcheck.html}. Reads the same project configuration file as {@code
 * verify}; never fails the build.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public final class ReportMojo extends AbstractMavenReport {

  /** Comma-separated globs of the files to scan; unset means verify's defaults. */
  @Parameter(property = "portcheck.includes")
  private String includes;

  /** Comma-separated globs of files to leave out; unset means verify's defaults. */
  @Parameter(property = "portcheck.excludes")
  private String excludes;

  /** Charset of the scanned files; unset means UTF-8. */
  @Parameter(property = "portcheck.encoding")
  private String encoding;

  /** Comma-separated ids of rules to turn off. */
  @Parameter(property = "portcheck.disabledRules")
  private String disabledRules;

  // Reporting API 4 deprecates getOutputName for getOutputPath, but keeps it abstract.
  @SuppressWarnings("deprecation")
  @Override
  public String getOutputName() {
    return "portcheck";
  }

  @Override
  public String getName(Locale locale) {
    return "portcheck";
  }

  @Override
  public String getDescription(Locale locale) {
    return "Ports set by the module's configuration files and what is wrong with them.";
  }

  @Override
  protected void executeReport(Locale locale) throws MavenReportException {
    try {
      ProjectSettings file =
          ProjectConfigFile.read(project.getBasedir().toPath()).orElse(ProjectSettings.NONE);
      VerifyRequest request =
          VerifyRequest.builder()
              .baseDir(project.getBasedir().toPath())
              .module(project.getArtifactId())
              .includes(includes)
              .excludes(excludes)
              .encoding(encoding)
              .disabledRules(disabledRules)
              .projectSettings(file)
              .build();
      AnalysisResult result =
          new PortcheckEngine(
                  RuleSet.standard(
                      request.clientPorts(), request.nodePorts(), request.wellKnownPorts()))
              .analyze(request.analysis());
      new SiteReportRenderer(getSink()).render(project.getArtifactId(), result);
    } catch (IOException | IllegalArgumentException | MojoExecutionException e) {
      throw new MavenReportException("portcheck: " + e.getMessage(), e);
    }
  }
}
