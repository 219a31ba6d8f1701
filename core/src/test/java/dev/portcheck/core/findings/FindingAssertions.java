package dev.portcheck.core.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;

/**
 * The assertion most rule tests end with: a check found exactly one finding, where (or of which
 * rule) it should be, and its message names what a user needs to act on it.
 */
public final class FindingAssertions {
  private FindingAssertions() {}

  /** One finding, reported on {@code file}, whose message says each of {@code said} (if any). */
  public static void assertOnlyFindingIn(String file, List<Finding> found, String... said) {
    assertOnly(Finding::file, file, found, said);
  }

  /** One finding, of {@code rule}, whose message says each of {@code said}. */
  public static void assertOnlyFindingOf(String rule, List<Finding> found, String... said) {
    assertOnly(Finding::rule, rule, found, said);
  }

  private static void assertOnly(
      Function<Finding, String> field, String expected, List<Finding> found, String... said) {
    assertThat(found)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(field.apply(f)).isEqualTo(expected);
              for (String phrase : said) {
                assertThat(f.message()).contains(phrase);
              }
            });
  }
}
