package dev.portcheck.core.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.model.ImageName;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModuleImagesTest {
  @Test
  void moduleImagesLeaveUnknownNamesOut() {
    ModuleImages images = ModuleImages.of(List.of("${jib.to.image}", "shop/app", "shop/app:2"));
    assertThat(images.names()).containsExactly(new ImageName("shop/app"));
    assertThat(images.runs("docker.io/shop/app:9")).isTrue();
    assertThat(images.runs("shop/web")).isFalse();
    assertThat(images.runs("${X}")).isFalse();
    assertThat(ModuleImages.NONE.runs("shop/app")).isFalse();
  }
}
