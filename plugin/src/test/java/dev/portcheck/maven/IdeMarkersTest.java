package dev.portcheck.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.Severity;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.codehaus.plexus.build.BuildContext;
import org.junit.jupiter.api.Test;

class IdeMarkersTest {
  private final Path base = Path.of("/work/module");
  private final List<String> calls = new ArrayList<>();

  /** A BuildContext that records removeMessages and addMessage calls in order. */
  private BuildContext recording() {
    return (BuildContext)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {BuildContext.class},
            (proxy, method, args) -> {
              switch (method.getName()) {
                case "removeMessages" -> calls.add("remove " + args[0]);
                case "addMessage" ->
                    calls.add(
                        "add "
                            + args[0]
                            + " "
                            + args[1]
                            + ":"
                            + args[2]
                            + " "
                            + args[3]
                            + " severity="
                            + args[4]);
                default -> {}
              }
              return method.getReturnType() == boolean.class ? false : null;
            });
  }

  /** Stands in for m2e's context: any class but the default one. */
  private static final class EclipseContext {}

  private static Finding finding(Severity severity, String file, int line) {
    return new Finding("port-range", severity, file, line, 13, "server.port", -1, "bad port");
  }

  @Test
  void inTheIdeOldMarkersOfEveryScannedFileAreClearedBeforeTheNewOnesAreAdded() {
    IdeMarkers markers = IdeMarkers.of(recording(), new EclipseContext());
    assertThat(markers.inIde()).isTrue();

    markers.publish(
        base,
        List.of("a.properties", "b.yml"),
        List.of(finding(Severity.ERROR, "a.properties", 3), finding(Severity.WARNING, "b.yml", 7)));

    assertThat(calls)
        .containsExactly(
            "remove " + base.resolve("a.properties").toFile(),
            "remove " + base.resolve("b.yml").toFile(),
            "add "
                + base.resolve("a.properties").toFile()
                + " 3:13 (port-range) bad port severity="
                + BuildContext.SEVERITY_ERROR,
            "add "
                + base.resolve("b.yml").toFile()
                + " 7:13 (port-range) bad port severity="
                + BuildContext.SEVERITY_WARNING);
  }

  @Test
  void aFileWhoseFindingsWereFixedOnlyLosesItsMarkers() {
    IdeMarkers.of(recording(), new EclipseContext())
        .publish(base, List.of("a.properties"), List.of());
    assertThat(calls).containsExactly("remove " + base.resolve("a.properties").toFile());
  }

  @Test
  void outsideTheIdeNothingIsPublishedSoFindingsAreNotLoggedTwice() throws Exception {
    Object defaultContext =
        Class.forName("org.sonatype.plexus.build.incremental.DefaultBuildContext")
            .getConstructor()
            .newInstance();
    IdeMarkers markers = IdeMarkers.of(recording(), defaultContext);
    assertThat(markers.inIde()).isFalse();
    markers.publish(
        base, List.of("a.properties"), List.of(finding(Severity.ERROR, "a.properties", 1)));
    assertThat(calls).isEmpty();
    assertThat(IdeMarkers.of(null, null).inIde()).isFalse();
  }
}
