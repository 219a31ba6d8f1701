package dev.portcheck.core.entries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class YamlEntryReaderTest {
  private static ReadResult read(String text) {
    return new YamlEntryReader().read(text);
  }

  @Test
  void aTabInALinesTrailingBlanksIsBlankSpaceAsKubectlReadsIt() {
    ReadResult r = read("spec:\n  selector:\t\n    matchLabels: \t\n      run: mq\n  port: 5672\t");
    assertThat(r.problems()).isEmpty();
    assertThat(r.entries())
        .extracting(LocatedEntry::key, LocatedEntry::line)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("spec.selector.matchLabels.run", 4),
            org.assertj.core.groups.Tuple.tuple("spec.port", 5));
    assertThat(r.entries().get(1).value()).isEqualTo("5672");
    // Only trailing tabs change, each to one space at its place; others are the text's own.
    assertThat(YamlEntryReader.trailingTabsAsSpaces("a:\tb\t \r\nc: \"\td\"\t"))
        .isEqualTo("a:\tb  \r\nc: \"\td\" ");
    String clean = "a: b\n";
    assertThat(YamlEntryReader.trailingTabsAsSpaces(clean)).isSameAs(clean);
  }

  @Test
  void pathsListsAndDottedKeys() {
    List<LocatedEntry> e =
        read(String.join(
                "\n",
                "spec:",
                "  ports:",
                "    - port: 80",
                "      name: http",
                "metadata:",
                "  annotations:",
                "    prometheus.io/port: \"9090\"",
                ""))
            .entries();
    assertThat(e)
        .extracting(LocatedEntry::key)
        .containsExactly(
            "spec.ports[0].port",
            "spec.ports[0].name",
            "metadata.annotations[\"prometheus.io/port\"]");
    assertThat(e.get(0).line()).isEqualTo(3);
    assertThat(e.get(0).column()).isEqualTo(13);
    assertThat(e.get(2).raw()).isEqualTo("\"9090\"");
    assertThat(e.get(2).positionOf(0).column()).isEqualTo(26);
  }

  @Test
  void aFileInAnotherSyntaxUnderAYamlNameIsSkippedNotAnError() {
    ReadResult alloy =
        read(
            "loki.write \"default\" {\n\tendpoint {\n"
                + "\t\turl = \"http://gateway:3100/loki/api/v1/push\"\n\t}\n}\n");
    assertThat(alloy.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.kind()).isEqualTo(ReadProblem.Kind.SKIPPED));
    ReadResult broken = read("server:\n  port: 8080\n\tbad: tab\n");
    assertThat(broken.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.kind()).isEqualTo(ReadProblem.Kind.SYNTAX));
  }

  @Test
  void rawTextIsKeptSoBase60NeverApplies() {
    LocatedEntry e = read("ports:\n  - 22:22\n").entries().get(0);
    assertThat(e.value()).isEqualTo("22:22");
  }

  @Test
  void everyDocumentIsReadWithItsIndex() {
    List<LocatedEntry> e = read("a: 1\n---\nb: 2\n---\nc: 3\n").entries();
    assertThat(e).extracting(LocatedEntry::document).containsExactly(0, 1, 2);
    assertThat(e.get(2).line()).isEqualTo(5);
  }

  @Test
  void aliasesReplayAtTheAliasAndMergeKeysMerge() {
    List<LocatedEntry> e =
        read(String.join(
                "\n", "base: &base", "  port: 8080", "web:", "  <<: *base", "copy: *base", ""))
            .entries();
    assertThat(e)
        .extracting(LocatedEntry::key)
        .containsExactly("base.port", "web.port", "copy.port");
    assertThat(e.get(1).line()).isEqualTo(4);
    assertThat(e.get(2).line()).isEqualTo(5);
  }

  @Test
  void aKeyTheMappingWritesItselfWinsOverTheMergedOne() {
    List<LocatedEntry> e =
        read(String.join(
                "\n",
                "services:",
                "  django: &django",
                "    image: app",
                "    ports: ['8000:8000']",
                "    environment: {A.B: x}",
                "  worker:",
                "    <<: *django",
                "    ports: []",
                "  flower:",
                "    ports: ['5555:5555']",
                "    <<: *django",
                "    environment: {C: y}",
                ""))
            .entries();
    assertThat(e)
        .extracting(LocatedEntry::key, LocatedEntry::value)
        .containsExactly(
            tuple("services.django.image", "app"),
            tuple("services.django.ports[0]", "8000:8000"),
            tuple("services.django.environment[\"A.B\"]", "x"),
            tuple("services.worker.image", "app"),
            tuple("services.worker.environment[\"A.B\"]", "x"),
            tuple("services.flower.ports[0]", "5555:5555"),
            tuple("services.flower.image", "app"),
            tuple("services.flower.environment.C", "y"));
  }

  @Test
  void syntaxErrorsAreLocatedProblems() {
    ReadResult r = read("a:\n  b: [1, 2\nc: 3\n");
    assertThat(r.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(ReadProblem.Kind.SYNTAX);
              assertThat(p.line()).isEqualTo(3);
              assertThat(p.message()).startsWith("invalid YAML");
            });
  }

  @Test
  void duplicateKeysAreReportedAtTheSecond() {
    ReadResult r = read("server:\n  port: 1\n  port: 2\n");
    assertThat(r.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(ReadProblem.Kind.DUPLICATE_KEY);
              assertThat(p.line()).isEqualTo(3);
              assertThat(p.message()).contains("first on line 2");
            });
    assertThat(r.entries()).hasSize(2);
  }

  @Test
  void duplicateKeysAreFoundInLargeMappingsToo() {
    StringBuilder yaml = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      yaml.append("k").append(i).append(": ").append(i).append('\n');
    }
    yaml.append("k3: again\nk17: again\n");
    ReadResult r = read(yaml.toString());
    assertThat(r.problems())
        .extracting(p -> p.line() + " " + p.message())
        .containsExactly(
            "21 duplicate key 'k3' (first on line 4); the later value wins",
            "22 duplicate key 'k17' (first on line 18); the later value wins");
  }

  @Test
  void globalTagsAreNeverConstructed() {
    ReadResult r =
        read(
            "x: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader "
                + "[[!!java.net.URL [\"http://localhost/\"]]]]\nserver:\n  port: 8080\n");
    assertThat(r.problems()).isEmpty();
    assertThat(r.entries()).extracting(LocatedEntry::key).contains("server.port");
  }

  @Test
  void aliasBombsStopWithAProblem() {
    StringBuilder y =
        new StringBuilder("a: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\n");
    char prev = 'a';
    for (char c = 'b'; c <= 'i'; c++) {
      y.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) {
        y.append(i == 0 ? "" : ",").append('*').append(prev);
      }
      y.append("]\n");
      prev = c;
    }
    ReadResult r = read(y.toString());
    assertThat(r.problems()).anyMatch(p -> p.message().contains("aliases expand"));
    assertThat(r.entries().size()).isLessThanOrEqualTo(YamlLimits.DEFAULTS.maxAliasEntries() + 100);
  }

  @Test
  void deepNestingIsCutWithAProblem() {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    ReadResult r = read("a: " + deep + "\n");
    assertThat(r.problems()).isNotEmpty();
  }

  @Test
  void emptyAndCommentOnlyFilesHaveNoEntries() {
    assertThat(read("").entries()).isEmpty();
    assertThat(read("# nothing here\n").entries()).isEmpty();
    assertThat(read("").problems()).isEmpty();
  }
}
