package dev.portcheck.core.wiring;

/**
 * A container port name a chart template declares only in a branch the chart's values leave out
 * ({@code {{ if .Values.metrics.enabled }}}): where it is written and that branch's condition, for
 * a message about a Service or probe that names it.
 *
 * @param file the template
 * @param condition the branch's pipeline as written, or {@code else}
 */
public record UnrenderedPort(String file, String name, Loc loc, String condition) {}
