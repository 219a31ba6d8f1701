package dev.portcheck.maven;

/**
 * How a verify run ended.
 *
 * @param failingFindings findings at or above the failure threshold
 * @param failureMessage what the build failure says when there are any
 */
record VerifyOutcome(long failingFindings, String failureMessage) {}
