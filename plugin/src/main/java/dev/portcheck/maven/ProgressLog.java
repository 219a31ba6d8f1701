package dev.portcheck.maven;

import dev.portcheck.core.engine.ScanProgress;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.maven.plugin.logging.Log;

/** Logs {@code portcheck: 1200/20000 files scanned} at most every few seconds on long scans. */
final class ProgressLog implements ScanProgress {
  private static final long EVERY_NANOS = 5_000_000_000L;
  private final Log log;
  private final long everyNanos;
  private final AtomicLong next;

  ProgressLog(Log log) {
    this(log, EVERY_NANOS);
  }

  ProgressLog(Log log, long everyNanos) {
    this.log = log;
    this.everyNanos = everyNanos;
    this.next = new AtomicLong(System.nanoTime() + everyNanos);
  }

  @Override
  public void filesDone(int done, int total) {
    long now = System.nanoTime();
    long due = next.get();
    if (now >= due && done < total && next.compareAndSet(due, now + everyNanos)) {
      log.info("portcheck: " + done + "/" + total + " files scanned");
    }
  }
}
