package dev.portcheck.core.report;

import dev.portcheck.core.engine.AnalysisResult;
import java.io.IOException;
import java.nio.file.Path;

/** Writes one report file from an analysis result. Implementations are stateless. */
public interface Reporter {
  /** The file name the report is written to, inside the output directory. */
  String fileName();

  void write(AnalysisResult result, ReportContext context, Path file) throws IOException;
}
