package dev.portcheck.maven;

import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.report.ReportContext;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * GitHub Actions workflow commands ({@code ::error file=...,line=...,col=...::message}), printed
 * when {@code GITHUB_ACTIONS=true} so findings show on the pull request's changed lines. They go to
 * standard output unprefixed: Maven's {@code [ERROR]} prefix would hide them from the runner.
 */
final class GithubAnnotations {
  private GithubAnnotations() {}

  static boolean enabled(Map<String, String> env) {
    return "true".equalsIgnoreCase(env.get("GITHUB_ACTIONS"));
  }

  static void print(List<Finding> findings, ReportContext context, PrintStream out) {
    for (Finding f : findings) {
      String command =
          switch (f.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
          };
      out.println(
          "::"
              + command
              + " file="
              + property(context.rootRelative(f.file()))
              + ",line="
              + f.line()
              + ",col="
              + f.column()
              + ",title="
              + property("portcheck " + f.rule())
              + "::"
              + data(f.message()));
    }
  }

  /** Escaping of workflow command data: '%', CR and LF. */
  static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escaping of workflow command properties: data escaping plus ':' and ','. */
  static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
