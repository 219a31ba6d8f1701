package dev.portcheck.core.wiring;

import dev.portcheck.core.entries.LocatedEntry;
import dev.portcheck.core.entries.Position;
import dev.portcheck.core.entries.TemplateBranches;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A template's entries as far as its control blocks are known: a branch inside an object that Helm
 * does not render with the chart's values is left out; a Service port in a branch inside the object
 * that cannot be decided keeps its port but not its target, since whether it exists at all is
 * unknown (a finding on it would be about a port {@code helm template} may never write). A branch
 * around a whole object only decides whether the object exists: its ports are as written.
 */
final class HelmBranchFilter {
  private HelmBranchFilter() {}

  private static final Pattern SERVICE_PORT =
      Pattern.compile("(^|.*\\.)spec\\.ports\\[\\d+]\\.(port|targetPort)$");

  /** A target no renderer knows: {@link PortRef#parse} reads it as unknown. */
  private static final String UNDECIDED = "{{ undecided }}";

  /**
   * The branches whose lines {@link #apply} leaves out: those {@code renders} says Helm does not
   * render, unless they hold a whole object. A whole object a branch turns off stays, read as
   * written, since the chart can deploy it: only parts of an object are left out.
   */
  static List<TemplateBranches.Branch> dropped(
      List<LocatedEntry> entries,
      List<TemplateBranches.Branch> branches,
      Function<TemplateBranches.Branch, Optional<Boolean>> renders) {
    List<Integer> kindLines = new ArrayList<>();
    for (LocatedEntry e : entries) {
      if (e.key().equals("kind")) {
        kindLines.add(e.line());
      }
    }
    List<TemplateBranches.Branch> out = new ArrayList<>();
    for (TemplateBranches.Branch b : branches) {
      if (renders.apply(b).equals(Optional.of(false)) && kindLines.stream().noneMatch(b::spans)) {
        out.add(b);
      }
    }
    return out;
  }

  /**
   * {@code entries} without those of branches {@code renders} says are not rendered, and with the
   * Service targets of undecided branches unknown; {@code entries} itself when nothing changes.
   */
  static List<LocatedEntry> apply(
      List<LocatedEntry> entries,
      List<TemplateBranches.Branch> branches,
      Function<TemplateBranches.Branch, Optional<Boolean>> renders) {
    if (branches.isEmpty()) {
      return entries;
    }
    Set<String> keys = new HashSet<>();
    java.util.Map<Integer, Integer> kindLine = new java.util.HashMap<>();
    for (LocatedEntry e : entries) {
      keys.add(e.document() + "#" + e.key());
      if (e.key().equals("kind")) {
        kindLine.putIfAbsent(e.document(), e.line());
      }
    }
    List<TemplateBranches.Branch> off = dropped(entries, branches, renders);
    List<LocatedEntry> out = new ArrayList<>(entries.size());
    boolean changed = false;
    for (LocatedEntry e : entries) {
      boolean undecided = false;
      boolean dropped = off.stream().anyMatch(b -> b.spans(e.line()));
      int kind = kindLine.getOrDefault(e.document(), -1);
      for (TemplateBranches.Branch b : branches) {
        // A branch around the whole object decides whether it exists, not what it holds: if it
        // renders, its ports are as written.
        if (!dropped && b.spans(e.line()) && !b.spans(kind)) {
          undecided |= renders.apply(b).isEmpty();
        }
      }
      Matcher m = SERVICE_PORT.matcher(e.key());
      if (dropped) {
        changed = true;
      } else if (undecided && m.matches()) {
        changed = true;
        Position at = e.positionOf(0);
        if (m.group(2).equals("targetPort")) {
          out.add(LocatedEntry.simple(e.key(), UNDECIDED, at.line(), at.column(), e.document()));
        } else {
          out.add(e);
          String target = e.key().substring(0, e.key().length() - "port".length()) + "targetPort";
          if (!keys.contains(e.document() + "#" + target)) {
            out.add(LocatedEntry.simple(target, UNDECIDED, at.line(), at.column(), e.document()));
          }
        }
      } else {
        out.add(e);
      }
    }
    return changed ? out : entries;
  }
}
