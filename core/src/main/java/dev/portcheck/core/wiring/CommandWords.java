package dev.portcheck.core.wiring;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A command line's words as its process gets them, from a compose {@code command}, a Kubernetes
 * container's {@code command}/{@code args} or a Dockerfile's {@code CMD}: {@link ListenFlags} reads
 * the listeners they bind, {@link CommandAddresses} the addresses they dial.
 */
final class CommandWords {
  private CommandWords() {}

  /**
   * A shell's {@code -c} flag, alone or among a few others ({@code -ec}, {@code -euc}): the script
   * to run follows it. Short, so a program's own {@code -config} or {@code -cert} is none.
   */
  static final Pattern SHELL_SCRIPT_FLAG = Pattern.compile("-[a-z]{0,3}c[a-z]{0,2}");

  /** Compiled once: {@code String.split} compiles a pattern of this kind on every call. */
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /**
   * The words as the process gets them: each split at blanks (a shell-form or one-string command)
   * and without the quotes, brackets and commas of a JSON-form list.
   */
  static List<ListenFlags.Word> split(List<ListenFlags.Word> words) {
    List<ListenFlags.Word> split = new ArrayList<>();
    for (ListenFlags.Word w : words) {
      for (String part : SPACES.split(w.text().trim())) {
        String t = strip(part);
        if (!t.isEmpty()) {
          split.add(new ListenFlags.Word(t, w.loc()));
        }
      }
    }
    return split;
  }

  /** A word without the quotes, brackets and commas of a JSON-form or shell command. */
  private static String strip(String word) {
    int start = 0;
    int end = word.length();
    while (start < end && "\"'[,".indexOf(word.charAt(start)) >= 0) {
      start++;
    }
    while (end > start && "\"'],;".indexOf(word.charAt(end - 1)) >= 0) {
      end--;
    }
    return word.substring(start, end);
  }
}
