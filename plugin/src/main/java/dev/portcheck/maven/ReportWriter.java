package dev.portcheck.maven;

import dev.portcheck.core.engine.AnalysisResult;
import dev.portcheck.core.report.ReportContext;
import dev.portcheck.core.report.ReportFormat;
import dev.portcheck.core.report.ReportKey;
import dev.portcheck.core.report.ReportStamps;
import dev.portcheck.core.report.Reporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * Writes a module's reports on a thread of their own, so the build logs the findings meanwhile;
 * {@link #await} hands back the files written, or the failure, on the calling thread.
 */
final class ReportWriter {
  private final CompletableFuture<List<Path>> written;
  private final Path directory;
  private final boolean current;

  private ReportWriter(CompletableFuture<List<Path>> written, Path directory, boolean current) {
    this.written = written;
    this.directory = directory;
    this.current = current;
  }

  /**
   * Starts writing the reports the request asks for; none asked, nothing is started. With the
   * incremental index's {@code contentDigest} (null without one), reports that the stamps in the
   * output folder show to be the ones an equal run wrote are left as they are. {@code findingsKey}
   * is the digest when the result's findings follow from it alone (they are then not hashed), null
   * when they must be (filtered by a baseline, reactor findings added, shaped by the heap).
   */
  static ReportWriter start(
      VerifyRequest request,
      AnalysisResult result,
      ReportContext context,
      String contentDigest,
      String findingsKey) {
    CompletableFuture<List<Path>> future = new CompletableFuture<>();
    Path folder = request.outputDirectory();
    if (request.formats().isEmpty()) {
      future.complete(List.of());
      return new ReportWriter(future, folder, false);
    }
    List<String> names = new ArrayList<>();
    for (ReportFormat format : request.formats()) {
      names.add(format.reporter().fileName());
    }
    List<String> formats = request.formats().stream().map(Enum::name).toList();
    String key =
        contentDigest == null
            ? null
            : contentDigest.equals(findingsKey)
                ? ReportKey.ofAnalysed(contentDigest, formats, context)
                : ReportKey.of(contentDigest, formats, context, result.findings());
    if (key != null
        && ReportStamps.read(folder).filter(s -> s.current(key, folder, names)).isPresent()) {
      future.complete(names.stream().map(folder::resolve).toList());
      return new ReportWriter(future, folder, true);
    }
    Thread thread =
        new Thread(
            () -> {
              try {
                ReportStamps.forget(folder);
                List<Path> files = write(request, result, context);
                if (key != null) {
                  ReportStamps.write(folder, key, files);
                }
                future.complete(files);
              } catch (IOException | RuntimeException | Error e) {
                future.completeExceptionally(e);
              }
            },
            "portcheck-reports");
    thread.setDaemon(true);
    thread.start();
    return new ReportWriter(future, folder, false);
  }

  /** True when the reports on disk were found current and none was written. */
  boolean current() {
    return current;
  }

  /** The report files, in the order of the requested formats, once all are written. */
  List<Path> await() throws MojoExecutionException {
    try {
      return written.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MojoExecutionException("portcheck: interrupted while writing reports", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw new MojoExecutionException(
            "portcheck: cannot write reports to " + directory + ": " + io.getMessage(), io);
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw (RuntimeException) cause;
    }
  }

  private static List<Path> write(
      VerifyRequest request, AnalysisResult result, ReportContext context) throws IOException {
    List<Path> written = new ArrayList<>();
    Files.createDirectories(request.outputDirectory());
    for (ReportFormat format : request.formats()) {
      Reporter reporter = format.reporter(request.analysis().threads());
      Path file = request.outputDirectory().resolve(reporter.fileName());
      reporter.write(result, context, file);
      written.add(file);
    }
    return written;
  }
}
