package dev.portcheck.core.wiring;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads an nginx configuration ({@code nginx.conf}, a {@code conf.d/*.conf}, a {@code *.template}
 * the official image renders with the container's environment) into an {@link NginxConfig}. nginx's
 * syntax is directives of words ending in {@code ;}, blocks in braces, {@code #} comments and
 * quoted words; a file of another program under a {@code .conf} name ({@code redis.conf}) has no
 * {@code server} block or proxy directive, so it reads as empty. Never fails: text it does not
 * understand adds nothing.
 */
public final class NginxConfigReader {
  /** The directives that send a request on to another server. */
  private static final Set<String> PROXIES =
      Set.of("proxy_pass", "grpc_pass", "fastcgi_pass", "uwsgi_pass", "scgi_pass");

  private NginxConfigReader() {}

  /** A word as written, at its 1-based line and column. */
  record Word(String text, int line, int column) {}

  public static NginxConfig read(String file, String text) {
    List<Setting> listens = new ArrayList<>();
    List<Word[]> passes = new ArrayList<>(); // directive name, then its address
    Map<String, List<Setting>> upstreams = new LinkedHashMap<>();
    List<String> includes = new ArrayList<>();
    boolean unlistened = false;
    Deque<String> blocks = new ArrayDeque<>();
    Deque<Boolean> serverListens = new ArrayDeque<>();
    String upstream = null;
    List<Word> words = new ArrayList<>();
    Lexer lexer = new Lexer(text);
    for (Lexer.Token t = lexer.next(); t != null; t = lexer.next()) {
      if (t.kind() == Lexer.Kind.WORD) {
        words.add(t.word());
        continue;
      }
      String name = words.isEmpty() ? "" : words.get(0).text().toLowerCase(Locale.ROOT);
      if (t.kind() == Lexer.Kind.OPEN) {
        blocks.push(name);
        if (name.equals("server") && !"upstream".equals(parent(blocks))) {
          serverListens.push(false);
        }
        if (name.equals("upstream") && words.size() > 1) {
          upstream = words.get(1).text();
          upstreams.put(upstream, new ArrayList<>());
        }
      } else if (t.kind() == Lexer.Kind.CLOSE) {
        String closed = blocks.isEmpty() ? "" : blocks.pop();
        if (closed.equals("server") && !"upstream".equals(blocks.peek())) {
          unlistened |= !serverListens.isEmpty() && !serverListens.pop();
        }
        if (closed.equals("upstream")) {
          upstream = null;
        }
      } else if (words.size() > 1) {
        Word arg = words.get(1);
        String in = blocks.isEmpty() ? "" : blocks.peek();
        if (name.equals("listen") && in.equals("server") && !serverListens.isEmpty()) {
          serverListens.pop();
          serverListens.push(true);
          if (!arg.text().startsWith("unix:")) {
            boolean datagram =
                words.stream()
                    .skip(2)
                    .anyMatch(w -> w.text().equals("udp") || w.text().equals("quic"));
            listens.add(setting(datagram ? "listen udp" : "listen", arg, file));
          }
        } else if (name.equals("server") && in.equals("upstream") && upstream != null) {
          upstreams.get(upstream).add(setting("server", arg, file));
        } else if (PROXIES.contains(name)) {
          passes.add(new Word[] {words.get(0), arg});
        } else if (name.equals("include")) {
          includes.add(arg.text());
        }
      }
      words.clear();
    }
    List<Setting> dials = new ArrayList<>();
    for (Word[] pass : passes) {
      dials.addAll(dials(pass[0].text(), pass[1], upstreams, file));
    }
    return new NginxConfig(file, listens, dials, upstreams, includes, unlistened);
  }

  private static String parent(Deque<String> blocks) {
    var it = blocks.iterator();
    it.next();
    return it.hasNext() ? it.next() : "";
  }

  /**
   * The addresses one proxy directive reaches: those of the {@code upstream} block its host names,
   * or its own address. A value with an nginx variable ({@code http://$backend}) is decided per
   * request: none.
   */
  static List<Setting> dials(
      String directive, Word address, Map<String, List<Setting>> upstreams, String file) {
    String value = address.text();
    if (hasRuntimeVariable(value) || value.startsWith("unix:")) {
      return List.of();
    }
    List<Setting> upstream = upstreams.get(host(value));
    if (upstream != null) {
      List<Setting> out = new ArrayList<>();
      for (Setting server : upstream) {
        out.add(new Setting(directive, server.value(), server.loc()));
      }
      return out;
    }
    return List.of(setting(directive, address, file));
  }

  /**
   * The host a proxy address names: {@code api} of {@code http://api:8080/x} or {@code api:9000}.
   */
  static String host(String address) {
    int scheme = address.indexOf("://");
    String rest = scheme < 0 ? address : address.substring(scheme + 3);
    int end = 0;
    while (end < rest.length() && ":/?".indexOf(rest.charAt(end)) < 0) {
      end++;
    }
    return rest.substring(0, end);
  }

  /**
   * True for an nginx variable ({@code $host}, {@code $backend}): what the template's environment
   * fills ({@code ${API_HOST}}) is not one.
   */
  static boolean hasRuntimeVariable(String value) {
    for (int i = value.indexOf('$'); i >= 0; i = value.indexOf('$', i + 1)) {
      if (i + 1 >= value.length() || value.charAt(i + 1) != '{') {
        return true;
      }
    }
    return false;
  }

  private static Setting setting(String name, Word w, String file) {
    return new Setting(name, w.text(), new Loc(file, w.line(), w.column()));
  }

  /** nginx's tokens: words (quotes removed), {@code ;}, <code>{</code> and <code>}</code>. */
  static final class Lexer {
    enum Kind {
      WORD,
      END,
      OPEN,
      CLOSE
    }

    record Token(Kind kind, Word word) {}

    private final String text;
    private int at;
    private int line = 1;
    private int lineStart;

    Lexer(String text) {
      this.text = text;
    }

    Token next() {
      skipBlanksAndComments();
      if (at >= text.length()) {
        return null;
      }
      char c = text.charAt(at);
      int column = at - lineStart + 1;
      if (c == ';' || c == '{' || c == '}') {
        at++;
        Kind kind = c == ';' ? Kind.END : c == '{' ? Kind.OPEN : Kind.CLOSE;
        return new Token(kind, new Word(String.valueOf(c), line, column));
      }
      int startLine = line;
      StringBuilder word = new StringBuilder();
      if (c == '"' || c == '\'') {
        at++;
        column++;
        while (at < text.length() && text.charAt(at) != c) {
          char d = text.charAt(at);
          if (d == '\\' && at + 1 < text.length()) {
            at++;
            d = text.charAt(at);
          }
          newline(d);
          word.append(d);
          at++;
        }
        at++; // the closing quote
        return new Token(Kind.WORD, new Word(word.toString(), startLine, column));
      }
      while (at < text.length()) {
        char d = text.charAt(at);
        if (Character.isWhitespace(d) || d == ';' || d == '}' || d == '{' && !variableBrace()) {
          break;
        }
        if (d == '{') {
          // ${NAME}: a variable, the braces its own.
          int close = text.indexOf('}', at);
          close = close < 0 ? text.length() - 1 : close;
          word.append(text, at, close + 1);
          at = close + 1;
          continue;
        }
        word.append(d);
        at++;
      }
      return new Token(Kind.WORD, new Word(word.toString(), startLine, column));
    }

    private boolean variableBrace() {
      return at > 0 && text.charAt(at - 1) == '$';
    }

    private void skipBlanksAndComments() {
      while (at < text.length()) {
        char c = text.charAt(at);
        if (c == '#') {
          while (at < text.length() && text.charAt(at) != '\n') {
            at++;
          }
        } else if (Character.isWhitespace(c)) {
          newline(c);
          at++;
        } else {
          return;
        }
      }
    }

    private void newline(char c) {
      if (c == '\n') {
        line++;
        lineStart = at + 1;
      }
    }
  }
}
