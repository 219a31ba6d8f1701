package dev.portcheck.maven;

/**
 * One {@code <rule>} of the {@code <rules>} parameter:
 *
 * <pre>{@code
 * <rule>
 *   <id>privileged-port</id>
 *   <severity>error</severity>
 *   <allowedPorts>443</allowedPorts>
 *   <excludes>deploy/**</excludes>
 * </rule>
 * }</pre>
 */
public class RuleParameter {
  /** The rule id, such as {@code privileged-port}. */
  private String id;

  /** {@code error}, {@code warning} or {@code info}; empty keeps the rule's default. */
  private String severity;

  /** Comma-separated ports the rule accepts. */
  private String allowedPorts;

  /** Comma-separated globs of files the rule skips. */
  private String excludes;

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getSeverity() {
    return severity;
  }

  public void setSeverity(String severity) {
    this.severity = severity;
  }

  public String getAllowedPorts() {
    return allowedPorts;
  }

  public void setAllowedPorts(String allowedPorts) {
    this.allowedPorts = allowedPorts;
  }

  public String getExcludes() {
    return excludes;
  }

  public void setExcludes(String excludes) {
    this.excludes = excludes;
  }
}
