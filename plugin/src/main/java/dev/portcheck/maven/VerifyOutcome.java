package dev.portcheck.maven;

import java.util.List;

/**
 * How a verify run ended.
 *
 * @param failingFindings findings at or above the failure threshold
 * @param failureMessage what the build failure says when there are any
 * @param scannedFiles the files checked, relative to the module's base directory
 */
record VerifyOutcome(long failingFindings, String failureMessage, List<String> scannedFiles) {}
