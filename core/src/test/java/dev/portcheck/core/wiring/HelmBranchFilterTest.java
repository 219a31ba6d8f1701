package dev.portcheck.core.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.portcheck.core.entries.LocatedEntry;
import dev.portcheck.core.entries.TemplateBranches;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HelmBranchFilterTest {
  private static final List<LocatedEntry> ENTRIES =
      List.of(
          LocatedEntry.simple("spec.ports[0].port", "80", 3, 13, 0),
          LocatedEntry.simple("spec.ports[1].port", "9090", 6, 13, 0),
          LocatedEntry.simple("spec.ports[1].targetPort", "metrics", 7, 19, 0),
          LocatedEntry.simple("spec.ports[2].port", "9091", 10, 13, 0));

  private static final List<TemplateBranches.Branch> BRANCHES =
      List.of(
          new TemplateBranches.Branch(
              5, 7, List.of(new TemplateBranches.Condition(".Values.metrics", false)), List.of()),
          new TemplateBranches.Branch(
              9, 10, List.of(new TemplateBranches.Condition("eq $x 1", false)), List.of()));

  @Test
  void aBranchNotRenderedGoesAndAnUndecidedServicePortLosesItsTarget() {
    List<LocatedEntry> out =
        HelmBranchFilter.apply(
            ENTRIES, BRANCHES, b -> b.from() == 5 ? Optional.of(false) : Optional.<Boolean>empty());
    assertThat(out)
        .extracting(LocatedEntry::key, LocatedEntry::value)
        .containsExactly(
            tuple("spec.ports[0].port", "80"),
            tuple("spec.ports[2].port", "9091"),
            tuple("spec.ports[2].targetPort", "{{ undecided }}"));
  }

  @Test
  void aWholeObjectTheValuesTurnOffStaysAsTheInventoryListsIt() {
    List<LocatedEntry> zipkin =
        List.of(
            LocatedEntry.simple("kind", "Deployment", 3, 7, 0),
            LocatedEntry.simple(
                "spec.template.spec.containers[0].ports[0].containerPort", "9411", 9, 29, 0));
    List<TemplateBranches.Branch> off =
        List.of(
            new TemplateBranches.Branch(
                2,
                10,
                List.of(new TemplateBranches.Condition(".Values.zipkin.enabled", false)),
                List.of()));
    assertThat(HelmBranchFilter.apply(zipkin, off, b -> Optional.of(false))).isSameAs(zipkin);
  }

  @Test
  void anUndecidedBranchAroundTheWholeServiceKeepsItsTargets() {
    List<LocatedEntry> service =
        List.of(
            LocatedEntry.simple("kind", "Service", 3, 7, 0),
            LocatedEntry.simple("spec.ports[0].port", "80", 11, 13, 0),
            LocatedEntry.simple("spec.ports[0].targetPort", "8080", 12, 19, 0));
    List<TemplateBranches.Branch> undecided =
        List.of(
            new TemplateBranches.Branch(
                2,
                30,
                List.of(new TemplateBranches.Condition(".Values.enabled", false)),
                List.of()));
    assertThat(HelmBranchFilter.apply(service, undecided, b -> Optional.empty())).isSameAs(service);
    // The same branch inside the object leaves the port's target unknown.
    List<TemplateBranches.Branch> inside =
        List.of(
            new TemplateBranches.Branch(
                10,
                12,
                List.of(new TemplateBranches.Condition(".Values.enabled", false)),
                List.of()));
    assertThat(HelmBranchFilter.apply(service, inside, b -> Optional.empty()))
        .extracting(LocatedEntry::value)
        .contains("{{ undecided }}");
  }

  @Test
  void renderedBranchesAndNoBranchesLeaveTheEntriesAsTheyAre() {
    assertThat(HelmBranchFilter.apply(ENTRIES, List.of(), b -> Optional.empty())).isSameAs(ENTRIES);
    assertThat(HelmBranchFilter.apply(ENTRIES, BRANCHES, b -> Optional.of(true))).isSameAs(ENTRIES);
  }
}
