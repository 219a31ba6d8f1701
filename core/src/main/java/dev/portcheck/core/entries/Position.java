package dev.portcheck.core.entries;

/** A 1-based line and column in a scanned file. */
public record Position(int line, int column) {}
