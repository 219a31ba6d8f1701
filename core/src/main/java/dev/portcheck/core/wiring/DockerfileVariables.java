package dev.portcheck.core.wiring;

import dev.portcheck.core.entries.Quotes;
import dev.portcheck.core.wiring.DockerfileLexer.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The variables of a Dockerfile's stage as {@link DockerfileReader} sees them: the {@code ENV}
 * values it records, and the substitution of {@code $X}, {@code ${X}} and {@code ${X:-d}} in the
 * words of other instructions. Kept apart so the reader holds only the walk over the instructions.
 */
final class DockerfileVariables {
  private DockerfileVariables() {}

  private static final Pattern VARIABLE =
      Pattern.compile(
          "\\$(?:\\{([A-Za-z_][A-Za-z0-9_]*)(?::?[-+]([^}]*))?}|([A-Za-z_][A-Za-z0-9_]*))");

  /** The names of the variables {@code text} refers to, in order, once per reference. */
  static List<String> referenced(String text) {
    Matcher m = VARIABLE.matcher(text);
    List<String> names = new ArrayList<>();
    while (m.find()) {
      names.add(m.group(1) != null ? m.group(1) : m.group(3));
    }
    return names;
  }

  /**
   * True when {@code text} is made of variables the stage neither declares ({@code ARG}) nor sets
   * ({@code ENV}), with no default: the builder expands each to nothing.
   */
  static boolean undeclaredOnly(String text, Map<String, String> vars) {
    Matcher m = VARIABLE.matcher(text);
    int end = 0;
    while (m.find()) {
      String name = m.group(1) != null ? m.group(1) : m.group(3);
      if (m.start() != end || vars.containsKey(name) || m.group(2) != null) {
        return false;
      }
      end = m.end();
    }
    return end > 0 && end == text.length();
  }

  /** Records the variables one {@code ENV} instruction sets, in either of its forms. */
  static void env(List<Word> args, Map<String, String> vars) {
    if (args.isEmpty()) {
      return;
    }
    if (args.get(0).text().indexOf('=') < 0) {
      // legacy form: ENV KEY value words
      StringBuilder v = new StringBuilder();
      for (Word w : args.subList(1, args.size())) {
        v.append(v.length() == 0 ? "" : " ").append(w.text());
      }
      vars.put(args.get(0).text(), Quotes.strip(v.toString()));
      return;
    }
    for (Word w : args) {
      int eq = w.text().indexOf('=');
      if (eq > 0) {
        String value = substitute(Quotes.strip(w.text().substring(eq + 1)), vars);
        vars.put(w.text().substring(0, eq), value);
      }
    }
  }

  /** {@code text} with variables replaced; null when one has no value. */
  static String substitute(String text, Map<String, String> vars) {
    if (text == null) {
      return null;
    }
    Matcher m = VARIABLE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1) != null ? m.group(1) : m.group(3);
      String value = vars.get(name);
      if ((value == null || value.isEmpty()) && m.group(2) != null) {
        value = m.group(2);
      }
      if (value == null) {
        return null;
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }
}
