package dev.portcheck.core.entries;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnvEntryReaderTest {
  @Test
  void readsAssignmentsQuotesAndExport() {
    ReadResult r = new EnvEntryReader().read("# c\nPORT=8080\nexport DB_PORT=\"5432\"\nX='a b' \n");
    assertThat(r.entries()).extracting(LocatedEntry::key).containsExactly("PORT", "DB_PORT", "X");
    assertThat(r.entries()).extracting(LocatedEntry::value).containsExactly("8080", "5432", "a b");
    assertThat(r.entries().get(1).positionOf(0).column()).isEqualTo(17);
  }

  @Test
  void linesWithoutAssignmentAreLocatedProblems() {
    ReadResult r = new EnvEntryReader().read("PORT=1\ngarbage\nQ=\"open\n");
    assertThat(r.problems()).extracting(ReadProblem::line).containsExactly(2, 3);
  }
}
