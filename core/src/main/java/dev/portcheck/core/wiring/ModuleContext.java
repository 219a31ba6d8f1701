package dev.portcheck.core.wiring;

import dev.portcheck.core.model.ImageName;
import java.util.List;
import java.util.Optional;

/**
 * What the wiring model may ask about the module beyond its scanned files: the Dockerfile of a
 * compose build context that belongs to another module, and whether a folder is the module itself
 * (a compose service whose build context it is runs this module's application), and whether an
 * image is the one the module's build makes.
 */
public interface ModuleContext {
  ModuleContext NONE =
      new ModuleContext() {
        @Override
        public Optional<DockerImage> dockerfile(String path) {
          return Optional.empty();
        }

        @Override
        public boolean isModule(String folder) {
          return folder.isEmpty() || folder.equals(".");
        }
      };

  /** The image facts of the Dockerfile at {@code path} (relative to the module), if it exists. */
  Optional<DockerImage> dockerfile(String path);

  /** True when {@code folder} (relative to the module, maybe through {@code ..}) is the module. */
  boolean isModule(String folder);

  /**
   * True when {@code image} is one of the images the module's build names (jib, spring-boot
   * build-image), in any version; see {@link ImageName} for what counts as the same image.
   */
  default boolean runsModule(String image) {
    return false;
  }

  /**
   * The variables of the env file at {@code path} (relative to the module) that a compose service
   * loads but the scan left out (a hidden folder's {@code .envs/.local/.django}, a name that is no
   * env file's), each where it is written; empty when it is not there or cannot be read.
   */
  default Optional<List<Setting>> envFile(String path) {
    return Optional.empty();
  }
}
