package dev.portcheck.core.entries;

import java.util.List;
import java.util.Set;

/** The fields compose gives a service definition, as every reader of compose files knows them. */
public final class ComposeServiceFields {
  private ComposeServiceFields() {}

  /**
   * Fields no other tool's {@code services:} entries carry: one of them makes a mapping a compose
   * service definition (an override that only adds {@code labels} or an {@code env_file} too).
   */
  public static final List<String> DISTINCTIVE =
      List.of(
          "image",
          "build",
          "ports",
          "expose",
          "environment",
          "env_file",
          "healthcheck",
          "command",
          "entrypoint",
          "extends",
          "depends_on",
          "container_name",
          "restart",
          "labels",
          "deploy",
          "profiles");

  /** Every field compose gives a service: the distinctive ones and the generic ones. */
  public static final Set<String> ALL =
      java.util.stream.Stream.concat(
              DISTINCTIVE.stream(),
              java.util.stream.Stream.of(
                  "hostname",
                  "networks",
                  "volumes",
                  "ulimits",
                  "logging",
                  "user",
                  "working_dir",
                  "platform",
                  "privileged",
                  "cap_add",
                  "cap_drop",
                  "security_opt",
                  "extra_hosts",
                  "dns",
                  "tmpfs",
                  "stop_grace_period",
                  "init",
                  "shm_size",
                  "mem_limit",
                  "cpus",
                  "links",
                  "network_mode",
                  "pull_policy",
                  "secrets",
                  "configs",
                  "stdin_open",
                  "tty",
                  "sysctls",
                  "devices",
                  "domainname",
                  "ipc",
                  "pid",
                  "read_only",
                  "scale"))
          .collect(java.util.stream.Collectors.toUnmodifiableSet());
}
