package dev.portcheck.core.engine;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value worked out on first use, once, on any thread; two are equal when their values are. An
 * unchanged re-run takes its wiring from the index and leaves the model unbuilt: what only the
 * reactor's other modules need of it is built from the facts when, and if, they ask.
 */
public final class Lazy<T> implements Supplier<T> {
  private Supplier<T> source;
  private T value;

  private Lazy(Supplier<T> source, T value) {
    this.source = source;
    this.value = value;
  }

  public static <T> Lazy<T> of(T value) {
    return new Lazy<>(null, Objects.requireNonNull(value));
  }

  public static <T> Lazy<T> later(Supplier<T> source) {
    return new Lazy<>(Objects.requireNonNull(source), null);
  }

  @Override
  public synchronized T get() {
    if (source != null) {
      value = Objects.requireNonNull(source.get());
      source = null; // what it held can go
    }
    return value;
  }

  /** True once the value is worked out. */
  public synchronized boolean known() {
    return source == null;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Lazy<?> other && get().equals(other.get());
  }

  @Override
  public int hashCode() {
    return get().hashCode();
  }

  @Override
  public String toString() {
    return String.valueOf(get());
  }
}
