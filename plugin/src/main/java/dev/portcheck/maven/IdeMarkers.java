package dev.portcheck.maven;

import dev.portcheck.core.findings.Finding;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.codehaus.plexus.build.BuildContext;

/**
 * Findings as IDE markers through plexus build-api's {@link BuildContext}: Eclipse m2e supplies a
 * context that turns {@code addMessage} into problem markers. Outside an IDE the default context
 * only logs, which would print every finding twice, so markers are published only when the context
 * is an IDE's.
 */
final class IdeMarkers {
  private final BuildContext context;
  private final boolean inIde;

  private IdeMarkers(BuildContext context, boolean inIde) {
    this.context = context;
    this.inIde = inIde;
  }

  /**
   * @param context the build-api context injected into the Mojo (may be null in tests)
   * @param legacy the older Sonatype context it delegates to; its default class means "no IDE"
   */
  static IdeMarkers of(BuildContext context, Object legacy) {
    boolean ide =
        context != null
            && legacy != null
            && !legacy
                .getClass()
                .getName()
                .equals("org.sonatype.plexus.build.incremental.DefaultBuildContext");
    return new IdeMarkers(context, ide);
  }

  boolean inIde() {
    return inIde;
  }

  /** Replaces the markers of every scanned file by the current findings. */
  void publish(Path baseDir, List<String> files, List<Finding> findings) {
    if (!inIde) {
      return;
    }
    for (String file : files) {
      context.removeMessages(baseDir.resolve(file).toFile());
    }
    for (Finding f : findings) {
      File file = baseDir.resolve(f.file()).toFile();
      int severity =
          switch (f.severity()) {
            case ERROR -> BuildContext.SEVERITY_ERROR;
            case WARNING -> BuildContext.SEVERITY_WARNING;
            case INFO -> 0; // build-api has no info level; 0 is below warning
          };
      context.addMessage(
          file, f.line(), f.column(), "(" + f.rule() + ") " + f.message(), severity, null);
    }
  }
}
