package dev.portcheck.core.rules;

import dev.portcheck.core.candidates.Placeholders;
import dev.portcheck.core.wiring.ComposeModel;
import dev.portcheck.core.wiring.ComposeService;
import dev.portcheck.core.wiring.Framework;
import dev.portcheck.core.wiring.Setting;

/**
 * An application setting as the compose service running it reads it: each {@code ${NAME}} or {@code
 * ${NAME:default}} takes the service's environment variable (by Spring's relaxed binding, {@code
 * MYSQL_HOST} for {@code ${mysql.host}} too), else its default ({@link Placeholders}, the expansion
 * the candidates use). So {@code jdbc:mysql://${MYSQL_HOST:db}:3306/app} dials {@code db} where
 * nothing sets {@code MYSQL_HOST}.
 */
final class SpringPlaceholders {
  private SpringPlaceholders() {}

  /**
   * The setting with its placeholders resolved for {@code client}, at its value's start when any
   * was (the text no longer matches the file's columns); null when one has neither a value nor a
   * default.
   */
  static Setting resolve(Setting s, ComposeModel.ServiceRef client) {
    if (s.value().indexOf("${") < 0) {
      return s;
    }
    Placeholders.Expanded read =
        Placeholders.expand(s.value(), Placeholders.Syntax.SPRING, name -> variable(name, client));
    return read.unresolved() ? null : new Setting(s.name(), read.text(), s.loc());
  }

  /** The service's value of {@code name}, or null when it sets none. */
  private static String variable(String name, ComposeModel.ServiceRef client) {
    String relaxed = Framework.variableOf(name);
    for (ComposeService part : client.project().services().get(client.service())) {
      for (Setting e : part.environment()) {
        if (e.name().equals(name.trim()) || e.name().equals(relaxed)) {
          return client.project().interpolate(e.value()).orElse(null);
        }
      }
    }
    return null;
  }
}
