package dev.portcheck.core.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the last run wrote into the output folder: the key of everything its reports were made of
 * and each report's name, size and modification time. A run whose key is the same finds its reports
 * current when each is still on disk as written, and writes none.
 *
 * @param key the report key of the run that wrote them ({@link ReportKey})
 * @param reports the reports as written
 */
public record ReportStamps(String key, List<Stamp> reports) {
  /** The file beside the reports that holds the stamps. */
  public static final String FILE_NAME = "portcheck-reports.stamps";

  private static final String HEADER = "portcheck report stamps 1";

  /** One report file as written. */
  public record Stamp(String name, long size, long modifiedMillis) {
    static Stamp of(String name, Path file) throws IOException {
      return new Stamp(name, Files.size(file), Files.getLastModifiedTime(file).toMillis());
    }
  }

  public ReportStamps {
    reports = List.copyOf(reports);
  }

  /** The stamps kept in {@code folder}; empty when there are none or they do not read. */
  public static Optional<ReportStamps> read(Path folder) {
    Path file = folder.resolve(FILE_NAME);
    try {
      if (!Files.isRegularFile(file)) {
        return Optional.empty();
      }
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      if (lines.size() < 2 || !HEADER.equals(lines.get(0))) {
        return Optional.empty();
      }
      List<Stamp> stamps = new ArrayList<>();
      for (String line : lines.subList(2, lines.size())) {
        String[] f = line.split("\t");
        stamps.add(new Stamp(f[0], Long.parseLong(f[1]), Long.parseLong(f[2])));
      }
      return Optional.of(new ReportStamps(lines.get(1), stamps));
    } catch (IOException | RuntimeException unreadable) {
      return Optional.empty(); // the reports are written again
    }
  }

  /**
   * True when these stamps were recorded under {@code key}, for the report files {@code expected}
   * of {@code folder}, and each is on disk with the size and time it was written with.
   */
  public boolean current(String key, Path folder, List<String> expected) {
    if (!this.key.equals(key) || !reports.stream().map(Stamp::name).toList().equals(expected)) {
      return false;
    }
    for (Stamp s : reports) {
      try {
        if (!Stamp.of(s.name(), folder.resolve(s.name())).equals(s)) {
          return false;
        }
      } catch (IOException gone) {
        return false;
      }
    }
    return true;
  }

  /** Records {@code written} (files of {@code folder}) under {@code key}, replacing the stamps. */
  public static void write(Path folder, String key, List<Path> written) throws IOException {
    StringBuilder s = new StringBuilder(HEADER).append('\n').append(key).append('\n');
    for (Path p : written) {
      Path name = p.getFileName();
      if (name == null) {
        throw new IOException("not a report file: " + p);
      }
      Stamp stamp = Stamp.of(name.toString(), p);
      s.append(stamp.name())
          .append('\t')
          .append(stamp.size())
          .append('\t')
          .append(stamp.modifiedMillis())
          .append('\n');
    }
    Path file = folder.resolve(FILE_NAME);
    Path partial = folder.resolve(FILE_NAME + ".part");
    Files.writeString(partial, s, StandardCharsets.UTF_8);
    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
  }

  /** Removes the stamps, before reports are written over (a failed write leaves none). */
  public static void forget(Path folder) throws IOException {
    Files.deleteIfExists(folder.resolve(FILE_NAME));
  }
}
