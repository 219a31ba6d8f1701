package dev.portcheck.maven;

import dev.portcheck.core.config.ProjectConfigFile;
import dev.portcheck.core.config.ProjectSettings;
import java.io.File;
import java.io.IOException;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * The parameters {@code verify} and {@code baseline} share. Parameters that the project
 * configuration file may also set have no default here: unset means "ask the file, then use
 * portcheck's default" (see {@link VerifyRequest}).
 */
abstract class AbstractPortcheckMojo extends AbstractMojo {

  /** Skips portcheck. */
  @Parameter(property = "portcheck.skip", defaultValue = "false")
  protected boolean skip;

  /**
   * Comma-separated Ant-style globs, relative to the module base directory, of the files to scan.
   * Unset means the defaults: {@code src/main/resources/**}{@code /*.properties|yml|yaml|env},
   * compose files ({@code **}{@code /*compose*.yml|yaml}), {@code k8s}, {@code kubernetes}, {@code
   * helm} and {@code charts} folders, and {@code .env} files.
   */
  @Parameter(property = "portcheck.includes")
  protected String includes;

  /**
   * Comma-separated Ant-style globs of files to leave out. Unset means the defaults: {@code
   * target/**}, {@code node_modules}, {@code .git}, {@code .idea} and {@code .mvn} folders.
   */
  @Parameter(property = "portcheck.excludes")
  protected String excludes;

  /** Charset of the scanned files; unset means UTF-8 (Spring Boot reads .properties as UTF-8). */
  @Parameter(property = "portcheck.encoding")
  protected String encoding;

  /** Files larger than this many bytes are skipped with a finding. */
  @Parameter(property = "portcheck.maxFileSize", defaultValue = "10485760")
  protected long maxFileSize;

  /**
   * Files analysed in parallel. Unset: the machine's processors (at most 8), divided among the
   * modules that a {@code -T} build runs at once.
   */
  @Parameter(property = "portcheck.threads")
  protected Integer threads;

  /** Comma-separated ids of rules to turn off. */
  @Parameter(property = "portcheck.disabledRules")
  protected String disabledRules;

  /**
   * Per-rule settings: {@code <rule><id>privileged-port</id><severity>error</severity>
   * <allowedPorts>443</allowedPorts><excludes>deploy/**</excludes></rule>}.
   */
  @Parameter protected List<RuleParameter> rules;

  /** Disregards every inline {@code portcheck:ignore} comment (for policy builds). */
  @Parameter(property = "portcheck.ignoreSuppressions")
  protected Boolean ignoreSuppressions;

  /** The baseline file: findings in it are accepted and not reported by {@code verify}. */
  @Parameter(
      property = "portcheck.baseline",
      defaultValue = "${project.basedir}/portcheck-baseline.json")
  protected File baseline;

  /** Ports the OS hands to outgoing connections on the target hosts ({@code ephemeral-port}). */
  @Parameter(property = "portcheck.clientPortRange", defaultValue = "32768-60999")
  protected String clientPortRange;

  /** The Kubernetes clusters' Service node port range ({@code k8s-port}). */
  @Parameter(property = "portcheck.nodePortRange", defaultValue = "30000-32767")
  protected String nodePortRange;

  /**
   * What {@code well-known-port} holds host-side listeners against: {@code host}, the curated table
   * of ports machines commonly have taken (sshd, mail agents, the DNS stub, local databases);
   * {@code iana}, that table and every other IANA service name, as infos.
   */
  @Parameter(property = "portcheck.wellKnownPorts", defaultValue = "host")
  protected String wellKnownPorts;

  /**
   * Also logs infos. By default the log holds errors and warnings (infos stay in the reports) and
   * ends with a summary of counts per rule and severity.
   */
  @Parameter(property = "portcheck.verbose", defaultValue = "false")
  protected boolean verbose;

  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  protected File baseDir;

  @Parameter(defaultValue = "${project.artifactId}", readonly = true, required = true)
  protected String module;

  @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
  protected PluginDescriptor plugin;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  protected MavenSession session;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  protected MavenProject project;

  /** A request builder holding every shared parameter and the project configuration file. */
  protected VerifyRequestBuilder requestBuilder() throws MojoExecutionException {
    ProjectSettings fileSettings;
    try {
      fileSettings = ProjectConfigFile.read(baseDir.toPath()).orElse(ProjectSettings.NONE);
    } catch (IOException | IllegalArgumentException e) {
      throw new MojoExecutionException("portcheck: " + e.getMessage());
    }
    return VerifyRequest.builder()
        .baseDir(baseDir.toPath())
        .module(module)
        .toolVersion(plugin.getVersion())
        .includes(includes)
        .excludes(excludes)
        .encoding(encoding)
        .maxFileSize(maxFileSize)
        .threads(
            threads != null
                ? threads
                : ThreadBudget.automatic(
                    Runtime.getRuntime().availableProcessors(),
                    session.getRequest().getDegreeOfConcurrency()))
        .disabledRules(disabledRules)
        .rules(rules)
        .ignoreSuppressions(ignoreSuppressions)
        .baseline(baseline.toPath())
        .clientPortRange(clientPortRange)
        .nodePortRange(nodePortRange)
        .wellKnownPorts(wellKnownPorts)
        .verbose(verbose)
        .images(project == null ? List.of() : ModuleImageNames.of(project))
        .projectSettings(fileSettings);
  }

  /** Runs the analysis of this module within the reactor. */
  protected PortcheckExecutor executor() {
    return new PortcheckExecutor(getLog(), session, project, plugin.getPluginLookupKey());
  }
}
