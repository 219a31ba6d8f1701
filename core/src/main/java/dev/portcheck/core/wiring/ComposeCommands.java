package dev.portcheck.core.wiring;

import dev.portcheck.core.entries.LocatedEntry;
import dev.portcheck.core.model.ImageName;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a compose service runs, as its {@code command}, {@code entrypoint} and healthcheck {@code
 * test} say: their words (where listen flags and addresses are), whether the command still runs the
 * image's own server, and the calls the healthcheck makes.
 */
final class ComposeCommands {
  private ComposeCommands() {}

  /**
   * A healthcheck's {@code test} (a string or a list): its words that hold an address, then the
   * calls its words make ({@link HealthcheckCalls}).
   */
  static List<Setting> healthcheck(String file, KeyTree test) {
    List<Setting> out = new ArrayList<>();
    List<ListenFlags.Word> words = new ArrayList<>();
    if (test.entry() != null) {
      out.add(ComposeFacts.setting(file, "test", test.entry()));
      words.add(new ListenFlags.Word(test.entry().value(), ComposeFacts.loc(file, test.entry())));
    }
    for (KeyTree t : test.items()) {
      LocatedEntry e = t.entry();
      if (e != null) {
        if (e.value().indexOf(':') >= 0) {
          out.add(ComposeFacts.setting(file, "test", e));
        }
        words.add(new ListenFlags.Word(e.value(), ComposeFacts.loc(file, e)));
      }
    }
    out.addAll(HealthcheckCalls.of(words));
    return out;
  }

  /**
   * Servers of official images whose entrypoint runs them with the command's words, and which a
   * command may name before its flags ({@code mysqld --lower-case-table-names=1}).
   */
  private static final Set<String> SERVERS =
      Set.of(
          "mysqld",
          "mariadbd",
          "mongod",
          "redis-server",
          "valkey-server",
          "postgres",
          "memcached",
          "rabbitmq-server");

  /**
   * True when a {@code command} starts with a flag, which an official image's entrypoint hands to
   * its server, or names that server itself, or the program the image is named after ({@code
   * postgrest} in {@code postgrest/postgrest}): the image still runs what it documents.
   */
  static boolean keepsServer(KeyTree command, String image) {
    List<LocatedEntry> written = new ArrayList<>();
    command.collect(written);
    if (written.isEmpty()) {
      return false;
    }
    String text = written.get(0).value().strip();
    String first = firstWord(text);
    if (SHELLS.contains(programOf(first))) {
      // sh -c "exec memcached -S": the shell runs the script, and the script the server.
      String script = script(written, text);
      if (script != null) {
        first = firstWord(script.startsWith("exec ") ? script.substring(5).strip() : script);
      }
    }
    String program = programOf(first);
    String software = image == null ? "" : ImageName.software(image);
    boolean server =
        first.startsWith("-")
            || SERVERS.contains(program)
            || !program.isEmpty() && program.equals(software)
            || SERVER_COMMANDS.getOrDefault(software, Set.of()).contains(program);
    // -Djboss.socket.binding.port-offset=1000 moves every port of the server, by a rule of its own.
    List<ListenFlags.Word> words = new ArrayList<>();
    written.forEach(e -> words.add(new ListenFlags.Word(e.value(), null)));
    return server && !ListenFlags.hasUnreadPortFlag(words);
  }

  /**
   * Images whose entrypoint is their server, with the commands that start it: Keycloak's {@code
   * kc.sh start-dev} (its other commands, {@code export} or {@code import}, serve nothing), MinIO's
   * {@code minio server /data}.
   */
  private static final java.util.Map<String, Set<String>> SERVER_COMMANDS =
      java.util.Map.of("keycloak", Set.of("start", "start-dev"), "minio", Set.of("server"));

  private static final java.util.Set<String> SHELLS = java.util.Set.of("sh", "bash", "ash", "dash");

  /**
   * The script a shell command runs: the word after its {@code -c} flag in the list form, or what
   * follows the flag in the string form, without its quotes; null when there is none.
   */
  private static String script(List<LocatedEntry> written, String text) {
    if (written.size() > 1) {
      for (int i = 1; i + 1 < written.size(); i++) {
        if (CommandWords.SHELL_SCRIPT_FLAG.matcher(written.get(i).value().strip()).matches()) {
          return written.get(i + 1).value().strip();
        }
      }
      return null;
    }
    String[] words = text.split("\\s+", 3);
    if (words.length < 3 || !CommandWords.SHELL_SCRIPT_FLAG.matcher(words[1]).matches()) {
      return null;
    }
    String rest = words[2].strip();
    boolean quoted =
        rest.length() > 1
            && (rest.charAt(0) == '"' || rest.charAt(0) == '\'')
            && rest.charAt(rest.length() - 1) == rest.charAt(0);
    return quoted ? rest.substring(1, rest.length() - 1).strip() : rest;
  }

  private static String firstWord(String text) {
    int space = -1;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isWhitespace(text.charAt(i))) {
        space = i;
        break;
      }
    }
    return space < 0 ? text : text.substring(0, space);
  }

  private static String programOf(String word) {
    return word.substring(word.lastIndexOf('/') + 1);
  }

  /**
   * The addresses the service's {@code entrypoint} and {@code command} words hold; a string form is
   * one word, so each address keeps its own column within it.
   */
  static List<Setting> dials(String file, KeyTree svc) {
    List<Setting> out = new ArrayList<>();
    String previous = null;
    for (ListenFlags.Word w : words(file, svc)) {
      CommandAddresses.of("command", previous, w.text(), w.loc()).ifPresent(out::add);
      previous = w.text();
    }
    return out;
  }

  /** The words of {@code entrypoint} then {@code command}, in either form (a string or a list). */
  static List<ListenFlags.Word> words(String file, KeyTree svc) {
    List<ListenFlags.Word> words = new ArrayList<>();
    for (String field : List.of("entrypoint", "command")) {
      List<LocatedEntry> written = new ArrayList<>();
      svc.at(field).collect(written);
      for (LocatedEntry e : written) {
        words.add(new ListenFlags.Word(e.value(), ComposeFacts.loc(file, e)));
      }
    }
    return words;
  }
}
