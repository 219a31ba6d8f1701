package dev.portcheck.core.rules;

/** A check with a stable id and a default severity. */
public sealed interface Rule permits CandidateRule, FileRule, ProjectRule, WiringRule {
  RuleInfo info();
}
