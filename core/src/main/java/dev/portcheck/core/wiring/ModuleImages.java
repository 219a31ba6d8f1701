package dev.portcheck.core.wiring;

import dev.portcheck.core.model.ImageName;
import java.util.ArrayList;
import java.util.List;

/**
 * The images a module's build names explicitly (jib {@code <to><image>}, spring-boot {@code
 * build-image}'s image name): a container running one of them runs this module's application. Names
 * that could not be read (an unresolved placeholder) are left out, never guessed.
 */
public record ModuleImages(List<ImageName> names) {
  public static final ModuleImages NONE = new ModuleImages(List.of());

  public ModuleImages {
    names = List.copyOf(names);
  }

  /** The images of these references; unreadable ones are left out. */
  public static ModuleImages of(List<String> references) {
    List<ImageName> out = new ArrayList<>();
    for (String r : references) {
      ImageName.parse(r).filter(n -> !out.contains(n)).ifPresent(out::add);
    }
    return new ModuleImages(out);
  }

  /** True when {@code image} is one of this module's images, in any version (tag or digest). */
  public boolean runs(String image) {
    if (names.isEmpty()) {
      return false;
    }
    return ImageName.parse(image).map(names::contains).orElse(false);
  }

  public boolean isEmpty() {
    return names.isEmpty();
  }
}
