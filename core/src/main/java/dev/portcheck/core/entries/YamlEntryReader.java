package dev.portcheck.core.entries;

import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.ParserImpl;

/**
 * Reads every document of a YAML stream through SnakeYAML's event parser. Nothing is ever
 * constructed from the YAML (no objects, no tags resolved to classes, no node trees kept): each
 * scalar leaf becomes a {@link LocatedEntry} carrying the scalar's text exactly as written, so
 * {@code 22:22} stays {@code "22:22"} instead of YAML 1.1's base-60 integer 1342.
 */
public final class YamlEntryReader implements EntryReader {
  private final YamlLimits limits;

  public YamlEntryReader() {
    this(YamlLimits.DEFAULTS);
  }

  public YamlEntryReader(YamlLimits limits) {
    this.limits = limits;
  }

  /**
   * {@code text} with the tabs of each line's trailing blanks turned into spaces, each at its
   * place. YAML reads a tab there as blank space (kubectl's parser does: {@code selector:<tab>}),
   * while SnakeYAML's scanner refuses a tab after a key's colon at the end of a line.
   */
  static String trailingTabsAsSpaces(String text) {
    int tab = text.indexOf('\t');
    if (tab < 0) {
      return text;
    }
    char[] chars = null;
    for (; tab >= 0; tab = text.indexOf('\t', tab + 1)) {
      int end = tab;
      while (end < text.length() && (text.charAt(end) == '\t' || text.charAt(end) == ' ')) {
        end++;
      }
      if (end == text.length() || text.charAt(end) == '\n' || text.charAt(end) == '\r') {
        if (chars == null) {
          chars = text.toCharArray();
        }
        for (int i = tab; i < end; i++) {
          chars[i] = ' ';
        }
      }
      tab = end - 1;
    }
    return chars == null ? text : new String(chars);
  }

  @Override
  public ReadResult read(String text) {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(Math.max(limits.maxCodePoints(), 1));
    List<ReadProblem> problems = new ArrayList<>();
    if (text.length() > limits.maxCodePoints()
        && text.codePointCount(0, text.length()) > limits.maxCodePoints()) {
      // Refused before parsing: SnakeYAML would only notice after scanning that far.
      problems.add(
          ReadProblem.syntax(
              1,
              1,
              "YAML document of "
                  + text.codePointCount(0, text.length())
                  + " code points is above the limit of "
                  + limits.maxCodePoints()
                  + "; not parsed"));
      return new ReadResult(List.of(), problems);
    }
    YamlTreeWalker walker = new YamlTreeWalker(limits, problems);
    try {
      // SnakeYAML's scanner enforces the code point limit as it reads, whichever reader it reads.
      ParserImpl parser = new ParserImpl(TextStreamReader.of(trailingTabsAsSpaces(text)), options);
      while (parser.peekEvent() != null) {
        Event event = parser.getEvent();
        if (event.is(Event.ID.StreamEnd)) {
          break;
        }
        dispatch(walker, event);
        if (walker.isAborted()) {
          break;
        }
      }
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      int line = mark == null ? 1 : mark.getLine() + 1;
      int column = mark == null ? 1 : mark.getColumn() + 1;
      String what = e.getProblem() != null ? e.getProblem() : e.getContext();
      String context =
          e.getContext() != null && e.getProblem() != null ? e.getContext() + ": " : "";
      if (!hasYamlLine(text)) {
        // A file in another program's syntax under a YAML name (an Alloy or HCL config mounted as
        // config.alloy): no key or item in it, so nothing for portcheck and nothing broken.
        problems.add(
            new ReadProblem(
                ReadProblem.Kind.SKIPPED,
                line,
                column,
                "not YAML: no line is a YAML key or list item (another program's syntax?), so no"
                    + " port in it is checked"));
        return new ReadResult(List.of(), problems);
      }
      problems.add(ReadProblem.syntax(line, column, "invalid YAML: " + context + oneLine(what)));
    } catch (YAMLException e) {
      problems.add(ReadProblem.syntax(1, 1, "invalid YAML: " + oneLine(e.getMessage())));
    }
    return new ReadResult(walker.entries(), problems);
  }

  private static void dispatch(YamlTreeWalker walker, Event event) {
    switch (event.getEventId()) {
      case DocumentStart -> walker.startDocument();
      case DocumentEnd -> walker.endDocument();
      case Scalar -> walker.scalar((ScalarEvent) event);
      case MappingStart -> walker.startCollection((CollectionStartEvent) event, true);
      case SequenceStart -> walker.startCollection((CollectionStartEvent) event, false);
      case MappingEnd, SequenceEnd -> walker.endCollection();
      case Alias -> walker.alias((AliasEvent) event);
      default -> {
        // stream start and comments carry no entries
      }
    }
  }

  /** A YAML structure line: {@code key:} or {@code key: value}, or a {@code -} list item. */
  private static final java.util.regex.Pattern YAML_LINE =
      java.util.regex.Pattern.compile(
          "^[ \\t]*(?:-(?:[ \\t]|$)|[^\\s#=\\[{][^=\\n]*?:(?:[ \\t]|$))",
          java.util.regex.Pattern.MULTILINE);

  private static boolean hasYamlLine(String text) {
    return YAML_LINE.matcher(text).find();
  }

  private static String oneLine(String s) {
    return s == null ? "unknown problem" : s.replaceAll("\\s+", " ").trim();
  }
}
