package dev.portcheck.core.entries;

import java.util.List;

/** What a reader made of one file: its entries in file order and the problems it met. */
public record ReadResult(List<LocatedEntry> entries, List<ReadProblem> problems) {

  public ReadResult {
    entries = List.copyOf(entries);
    problems = List.copyOf(problems);
  }

  public static ReadResult of(List<LocatedEntry> entries) {
    return new ReadResult(entries, List.of());
  }
}
