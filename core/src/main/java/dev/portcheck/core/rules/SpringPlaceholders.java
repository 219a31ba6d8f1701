package dev.portcheck.core.rules;

import dev.portcheck.core.wiring.ComposeModel;
import dev.portcheck.core.wiring.ComposeService;
import dev.portcheck.core.wiring.Setting;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An application setting as the compose service running it reads it: each {@code ${NAME}} or {@code
 * ${NAME:default}} takes the service's environment variable (by Spring's relaxed binding, {@code
 * MYSQL_HOST} for {@code ${mysql.host}} too), else its default. So {@code
 * jdbc:mysql://${MYSQL_HOST:db}:3306/app} dials {@code db} where nothing sets {@code MYSQL_HOST}.
 */
final class SpringPlaceholders {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}:$]+)(?::([^}$]*))?}");

  private SpringPlaceholders() {}

  /**
   * The setting with its placeholders resolved for {@code client}, located at its value's start
   * when any was (the text no longer matches the file's columns); null when one has neither a value
   * nor a default.
   */
  static Setting resolve(Setting s, ComposeModel.ServiceRef client) {
    String value = s.value();
    if (value.indexOf("${") < 0) {
      return s;
    }
    Matcher m = PLACEHOLDER.matcher(value);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      Optional<String> set = variable(m.group(1), client);
      String v = set.orElse(m.group(2));
      if (v == null) {
        return null;
      }
      m.appendReplacement(out, Matcher.quoteReplacement(v));
    }
    m.appendTail(out);
    String text = out.toString();
    return text.contains("${") ? null : new Setting(s.name(), text, s.loc());
  }

  private static Optional<String> variable(String name, ComposeModel.ServiceRef client) {
    String relaxed = name.trim().toUpperCase(Locale.ROOT).replace('.', '_').replace("-", "");
    for (ComposeService part : client.project().services().get(client.service())) {
      for (Setting e : part.environment()) {
        if (e.name().equals(name.trim()) || e.name().equals(relaxed)) {
          return client.project().interpolate(e.value());
        }
      }
    }
    return Optional.empty();
  }
}
