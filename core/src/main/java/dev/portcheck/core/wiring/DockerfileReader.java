package dev.portcheck.core.wiring;

import dev.portcheck.core.candidates.Protocol;
import dev.portcheck.core.entries.Quotes;
import dev.portcheck.core.wiring.DockerfileLexer.Word;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code EXPOSE}d ports of a Dockerfile's final stage (and of each named stage, for a
 * build that stops there), located word by word, with {@code ARG} defaults and {@code ENV} values
 * substituted ({@code $X}, {@code ${X}}, {@code ${X:-d}}). Follows line continuations and skips
 * comments; nothing else of the Dockerfile is interpreted.
 */
public final class DockerfileReader {
  private DockerfileReader() {}

  private static final Pattern PORT = Pattern.compile("(\\d{1,5})(?:-(\\d{1,5}))?(?:/(\\w+))?");

  /**
   * What a build stage exposes, how it starts and the variables it sets, once it has ended, and the
   * earlier stage it is built {@code FROM} (lower case; null for an image from elsewhere).
   */
  private record Stage(
      List<DockerImage.Exposed> exposed,
      boolean known,
      List<ListenFlags.Word> entrypoint,
      List<ListenFlags.Word> cmd,
      Map<String, String> vars,
      String from,
      List<DockerImage.Exposed> healthchecked,
      List<Setting> copied) {

    /** The command line the stage starts: its ENTRYPOINT's words, then its CMD's. */
    List<ListenFlags.Word> command() {
      if (entrypoint.isEmpty()) {
        return cmd;
      }
      List<ListenFlags.Word> all = new ArrayList<>(entrypoint);
      all.addAll(cmd);
      return all;
    }
  }

  /** One instruction: its words with where each starts. */

  /**
   * The image of the final stage, with each named stage's image beside it ({@link
   * DockerImage#stages}) for a build that stops at one.
   */
  public static DockerImage read(String file, String text) {
    List<DockerImage.Exposed> exposed = new ArrayList<>();
    boolean known = true;
    Map<String, String> globalArgs = new HashMap<>();
    Map<String, String> vars = new HashMap<>();
    boolean inStage = false;
    Map<String, Stage> stages = new HashMap<>();
    String stage = null;
    String from = null;
    // ENTRYPOINT and CMD run as one command line, the ENTRYPOINT's words first; an ENTRYPOINT
    // resets the CMD a base stage set (Docker's rule), not one of its own stage.
    List<ListenFlags.Word> entrypoint = List.of();
    List<ListenFlags.Word> cmd = List.of();
    boolean cmdInherited = false;
    List<DockerImage.Exposed> healthchecked = List.of();
    List<Setting> copied = new ArrayList<>();
    // Where the stage's base image's documented EXPOSEs come in, while nothing copied over its
    // configuration may have moved them; null when they did not or no longer count.
    Loc inherited = null;
    for (List<Word> words : DockerfileLexer.instructions(text)) {
      String op = words.get(0).text().toUpperCase(Locale.ROOT);
      List<Word> args = words.subList(1, words.size());
      switch (op) {
        case "FROM" -> {
          if (stage != null) {
            stages.put(
                stage,
                new Stage(exposed, known, entrypoint, cmd, vars, from, healthchecked, copied));
          }
          // FROM [--platform=...] image [AS name]: the flags say where it is built, not what.
          while (!args.isEmpty() && args.get(0).text().startsWith("--")) {
            args = args.subList(1, args.size());
          }
          // A stage built FROM an earlier one inherits its EXPOSE; any other base starts afresh.
          // Stage names are not case-sensitive.
          Stage base =
              args.isEmpty() ? null : stages.get(args.get(0).text().toLowerCase(Locale.ROOT));
          exposed = base == null ? new ArrayList<>() : new ArrayList<>(base.exposed());
          inherited = null;
          if (base == null && !args.isEmpty()) {
            // An image inherits its base image's EXPOSE: a documented base (FROM postgres:16)
            // listens where its documentation says, located at the FROM.
            Word image = args.get(0);
            Loc at = new Loc(file, image.line(), image.column());
            String name = DockerfileVariables.substitute(image.text(), globalArgs);
            Optional<DockerImage> official =
                name == null ? Optional.empty() : OfficialImages.of(name, at);
            if (official.isPresent()) {
              exposed.addAll(official.get().exposed());
              inherited = OfficialImages.portsSetByFlagsOnly(name) ? null : at;
            }
          }
          known = base == null || base.known();
          entrypoint = base == null ? List.of() : base.entrypoint();
          cmd = base == null ? List.of() : base.cmd();
          cmdInherited = true;
          healthchecked = base == null ? List.of() : base.healthchecked();
          copied = base == null ? new ArrayList<>() : new ArrayList<>(base.copied());
          from = base == null ? null : args.get(0).text().toLowerCase(Locale.ROOT);
          inStage = true;
          vars = new HashMap<>(globalArgs);
          stage =
              args.size() >= 3 && args.get(1).text().equalsIgnoreCase("AS")
                  ? args.get(2).text().toLowerCase(Locale.ROOT)
                  : null;
        }
        case "ARG" -> {
          for (Word w : args) {
            int eq = w.text().indexOf('=');
            String name = eq < 0 ? w.text() : w.text().substring(0, eq);
            String value = eq < 0 ? globalArgs.get(name) : Quotes.strip(w.text().substring(eq + 1));
            (inStage ? vars : globalArgs).put(name, value);
          }
        }
        case "ENV" -> DockerfileVariables.env(args, vars);
        case "CMD", "ENTRYPOINT" -> {
          List<ListenFlags.Word> line = new ArrayList<>();
          for (Word w : args) {
            // A variable the Dockerfile does not set is the container's (JAVA_OPTS): kept as
            // written, so the launch counts as one a variable may change.
            String value = DockerfileVariables.substitute(w.text(), vars);
            String word = value != null ? value : w.text();
            line.add(new ListenFlags.Word(word, new Loc(file, w.line(), w.column())));
          }
          if (op.equals("CMD")) {
            cmd = line;
          } else {
            entrypoint = line;
            cmd = cmdInherited ? List.of() : cmd;
          }
          cmdInherited = false;
        }
        case "EXPOSE" -> known &= expose(file, args, vars, exposed);
        case "HEALTHCHECK" -> healthchecked = healthcheck(file, args, vars);
        case "COPY", "ADD" -> {
          // A file copied over the base image's configuration may move its listeners.
          List<Word> paths = args.stream().filter(w -> !w.text().startsWith("--")).toList();
          // What comes from the build context (not --from another stage) into a config folder.
          if (args.stream().noneMatch(w -> w.text().startsWith("--from"))) {
            copied.addAll(ConfigCopies.of(file, paths));
          }
          if (inherited != null
              && paths.size() >= 2
              && ComposeVolumes.isConfig(paths.get(paths.size() - 1).text())) {
            Loc base = inherited;
            exposed.removeIf(x -> x.loc().equals(base));
            inherited = null;
          }
        }
        default -> {}
      }
    }
    Stage last = new Stage(exposed, known, entrypoint, cmd, vars, from, healthchecked, copied);
    if (stage != null) {
      stages.put(stage, last);
    }
    Set<String> lastLine = lineage(stage, last, stages);
    Map<String, DockerImage> named = new HashMap<>();
    stages.forEach(
        (name, s) -> {
          // A stage that exposes nothing itself, beside a final stage of the same stage line (dev
          // and final both FROM base), runs the same application another way: the final stage's
          // EXPOSE is the one word on its port, unless the stage's own flags bind elsewhere.
          boolean sibling =
              s.exposed().isEmpty()
                  && ListenFlags.of(s.command()).isEmpty()
                  && lineage(name, s, stages).stream().anyMatch(lastLine::contains);
          Stage read =
              sibling
                  ? new Stage(
                      last.exposed(),
                      last.known(),
                      s.entrypoint(),
                      s.cmd(),
                      s.vars(),
                      null,
                      s.healthchecked(),
                      s.copied())
                  : s;
          named.put(name, image(file, read, Map.of()));
        });
    return image(file, last, named);
  }

  /** The stage's own name (when it has one) and those of the stages it is built from. */
  private static Set<String> lineage(String name, Stage stage, Map<String, Stage> stages) {
    Set<String> line = new HashSet<>();
    if (name != null) {
      line.add(name);
    }
    for (Stage s = stage; s != null && s.from() != null && line.add(s.from()); ) {
      s = stages.get(s.from());
    }
    return line;
  }

  private static DockerImage image(String file, Stage s, Map<String, DockerImage> named) {
    boolean open = false;
    for (String name : s.vars().keySet()) {
      String n = name.toUpperCase(Locale.ROOT);
      open |= n.contains("PORT") || n.contains("PROFILE") || n.contains("ENVIRONMENTS");
    }
    java.util.Set<String> variables = new java.util.TreeSet<>();
    for (ListenFlags.Word w : s.command()) {
      String t = w.text().toLowerCase(Locale.ROOT);
      open |= t.contains("port") || t.contains("profile");
      List<String> references = DockerfileVariables.referenced(w.text());
      variables.addAll(references);
      // Each variable starts with one '$'; any other ($@, $(cmd)) hands on what is unknown.
      open |= w.text().chars().filter(c -> c == '$').count() > references.size();
    }
    List<String> launchVariables = open ? List.of() : List.copyOf(variables);
    open |= !variables.isEmpty();
    return new DockerImage(
        file,
        s.exposed(),
        s.known(),
        ListenFlags.of(s.command()),
        open,
        named,
        s.healthchecked(),
        CommandAddresses.dials("CMD", s.command()),
        launchVariables,
        s.copied());
  }

  /**
   * The ports a {@code HEALTHCHECK [options] CMD ...} calls on the container itself ({@link
   * HealthcheckCalls#selfPorts}); none for {@code HEALTHCHECK NONE}.
   */
  private static List<DockerImage.Exposed> healthcheck(
      String file, List<Word> args, Map<String, String> vars) {
    int i = 0;
    while (i < args.size() && args.get(i).text().startsWith("--")) {
      i++;
    }
    if (i >= args.size() || !args.get(i).text().equalsIgnoreCase("CMD")) {
      return List.of();
    }
    List<ListenFlags.Word> words = new ArrayList<>();
    for (Word w : args.subList(i + 1, args.size())) {
      String value = DockerfileVariables.substitute(w.text(), vars);
      if (value != null) {
        words.add(new ListenFlags.Word(value, new Loc(file, w.line(), w.column())));
      }
    }
    return HealthcheckCalls.selfPorts(words);
  }

  /** Adds the ports of one {@code EXPOSE}; false when a word is no port or range of them. */
  private static boolean expose(
      String file, List<Word> args, Map<String, String> vars, List<DockerImage.Exposed> into) {
    boolean known = true;
    for (Word w : args) {
      String value = DockerfileVariables.substitute(w.text(), vars);
      if (value == null && DockerfileVariables.undeclaredOnly(w.text(), vars)) {
        continue; // EXPOSE ${PORT} with no ARG or ENV of it: the word expands to nothing
      }
      Matcher m = value == null ? null : PORT.matcher(value);
      if (m == null || !m.matches() || m.group(1).length() > 5) {
        known = false;
        continue;
      }
      int first = Integer.parseInt(m.group(1));
      int last = m.group(2) == null ? first : Integer.parseInt(m.group(2));
      Protocol protocol = Protocol.declared(m.group(3));
      if (last - first > 1024 || last > 65535) {
        known = false;
        continue;
      }
      for (int p = first; p <= last; p++) {
        into.add(new DockerImage.Exposed(p, protocol, new Loc(file, w.line(), w.column())));
      }
    }
    return known;
  }
}
