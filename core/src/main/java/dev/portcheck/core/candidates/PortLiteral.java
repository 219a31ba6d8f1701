package dev.portcheck.core.candidates;

import java.util.Objects;

/**
 * One port number as written inside a value, located at its own first character.
 *
 * @param text the digits (or whatever stood where a port belongs) as written
 * @param value the number when {@code text} is an integer that fits a long, otherwise null
 * @param origin whether it was written, a placeholder default, a resolved reference, or implied
 * @param side for mappings, the host or container side; {@link Side#SELF} otherwise
 * @param definedAt for a {@link Origin#VARIABLE} number, where the variable is defined; else null
 */
public record PortLiteral(
    String text, int line, int column, Long value, Origin origin, Side side, Definition definedAt) {

  /**
   * Where a compose variable that gives a port its number is defined: the {@code .env} line. The
   * number stays located where compose uses it; reports link this place.
   *
   * @param file path relative to the module base directory, '/' separated
   */
  public record Definition(String variable, String file, int line, int column) {
    public Definition {
      Objects.requireNonNull(variable, "variable");
      Objects.requireNonNull(file, "file");
    }
  }

  public PortLiteral(String text, int line, int column, Long value, Origin origin, Side side) {
    this(text, line, column, value, origin, side, null);
  }

  /** How the number came to be in the configuration. */
  public enum Origin {
    LITERAL,
    PLACEHOLDER_DEFAULT,
    /** Taken from another key the value refers to ({@code ${app.port}}). */
    REFERENCE,
    /** Not written at all: the default port of a URL's scheme. */
    IMPLIED,
    /**
     * A compose variable's value from the project's {@code .env}: bound where it is used, since the
     * {@code .env} line that defines it binds nothing by itself.
     */
    VARIABLE
  }

  /** Which end of a publish the port is on. */
  public enum Side {
    SELF,
    HOST,
    CONTAINER
  }

  public PortLiteral {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(side, "side");
    text = text.intern(); // kept as long as its candidate: see PortCandidate
  }

  /**
   * A literal parsed from {@code text}: value set when it is a plain (optionally signed) integer.
   */
  /** This number as a compose variable's value, defined at {@code definition} (may be null). */
  public PortLiteral asVariable(Definition definition) {
    return new PortLiteral(text, line, column, value, Origin.VARIABLE, side, definition);
  }

  public static PortLiteral parse(String text, int line, int column, Origin origin, Side side) {
    return new PortLiteral(text, line, column, PortNumbers.parseInteger(text), origin, side);
  }

  public boolean isInteger() {
    return value != null;
  }

  /** True when the value is a valid port, 0..65535. */
  public boolean isValidPort() {
    return value != null && value >= 0 && value <= 65535;
  }

  /** The port as an int; only for {@link #isValidPort()} literals. */
  public int port() {
    if (!isValidPort()) {
      throw new IllegalStateException("not a valid port: " + text);
    }
    return value.intValue();
  }

  public PortLiteral withSide(Side newSide) {
    return new PortLiteral(text, line, column, value, origin, newSide, definedAt);
  }
}
