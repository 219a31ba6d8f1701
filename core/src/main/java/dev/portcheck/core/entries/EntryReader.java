package dev.portcheck.core.entries;

/** Turns the decoded text of one config file into located entries. Implementations never throw. */
public interface EntryReader {
  ReadResult read(String text);
}
