package dev.portcheck.core.rules;

import dev.portcheck.core.findings.Severity;

/**
 * What a rule is, for reports and configuration.
 *
 * @param id stable id used in logs, reports, suppressions and configuration
 * @param title one line saying what the rule finds
 * @param description why it matters and what is allowed
 */
public record RuleInfo(String id, Severity defaultSeverity, String title, String description) {}
