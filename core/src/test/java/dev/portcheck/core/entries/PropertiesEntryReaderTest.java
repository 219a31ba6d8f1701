package dev.portcheck.core.entries;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PropertiesEntryReaderTest {
  private static List<LocatedEntry> read(String text) {
    ReadResult r = new PropertiesEntryReader().read(text);
    assertThat(r.problems()).isEmpty();
    return r.entries();
  }

  private static String at(LocatedEntry e, int offset) {
    Position p = e.positionOf(offset);
    return p.line() + ":" + p.column();
  }

  @Test
  void separatorsAndComments() {
    List<LocatedEntry> e = read("# comment\n! also\na=1\nb : 2\nc 3\n  d=4\n");
    assertThat(e).extracting(LocatedEntry::key).containsExactly("a", "b", "c", "d");
    assertThat(e).extracting(LocatedEntry::value).containsExactly("1", "2", "3", "4");
    assertThat(e)
        .extracting(x -> x.line() + ":" + x.column())
        .containsExactly("3:3", "4:5", "5:3", "6:5");
  }

  @Test
  void continuationLinesKeepEachCharacterWhereItWasWritten() {
    LocatedEntry e = read("bootstrap.servers=a:9092,\\\n    b:9093\n").get(0);
    assertThat(e.value()).isEqualTo("a:9092,b:9093");
    assertThat(at(e, e.value().indexOf("9093"))).isEqualTo("2:7");
    assertThat(at(e, 2)).isEqualTo("1:21");
  }

  @Test
  void unicodeEscapesAreOneCharacterAtTheBackslash() {
    LocatedEntry e = read("server.port=\\u0038080\n").get(0);
    assertThat(e.value()).isEqualTo("8080");
    assertThat(at(e, 0)).isEqualTo("1:13");
    assertThat(at(e, 1)).isEqualTo("1:19");
  }

  @Test
  void escapedSeparatorsBelongToTheKey() {
    LocatedEntry e = read("my\\=key\\:x=5\n").get(0);
    assertThat(e.key()).isEqualTo("my=key:x");
    assertThat(e.value()).isEqualTo("5");
    assertThat(e.column()).isEqualTo(12);
  }

  @Test
  void crlfAndEmptyValues() {
    List<LocatedEntry> e = read("a=1\r\nempty=\r\nb=2\r\n");
    assertThat(e).extracting(LocatedEntry::value).containsExactly("1", "", "2");
    assertThat(e.get(2).line()).isEqualTo(3);
  }

  @Test
  void malformedUnicodeEscapeIsReportedAtItsBackslashAndOnlyThatPropertyIsLeftOut() {
    ReadResult r = new PropertiesEntryReader().read("a=1\nbad=x\\u00zz\nserver.port=8080\n");
    assertThat(r.entries()).extracting(LocatedEntry::key).containsExactly("a", "server.port");
    assertThat(r.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(2);
              assertThat(p.column()).isEqualTo(6);
              assertThat(p.message()).contains("\\uXXXX");
            });
  }

  @Test
  void commentMarkersCountOnlyWhereNothingIsBuffered() {
    List<LocatedEntry> e = read("a=x\\\n  #not-a-comment\n#comment\\\nb=2\n");
    assertThat(e).extracting(LocatedEntry::key).containsExactly("a", "b");
    assertThat(e.get(0).value()).isEqualTo("x#not-a-comment");
    assertThat(e.get(0).raw()).isEqualTo("x\\\n#not-a-comment");
  }
}
