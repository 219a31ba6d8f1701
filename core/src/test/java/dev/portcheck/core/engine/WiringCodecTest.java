package dev.portcheck.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.wiring.FileWiring;
import dev.portcheck.core.wiring.Loc;
import dev.portcheck.core.wiring.Setting;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;

class WiringCodecTest {
  private static FileWiring roundTrip(FileWiring facts) throws IOException {
    ByteBuffer buffer = ByteBuffer.wrap(BlockFiles.encode(w -> WiringCodec.write(w, facts)));
    FileWiring read = WiringCodec.read(new ScanReader(buffer));
    assertThat(buffer.hasRemaining()).isFalse();
    return read;
  }

  @Test
  void anEnvFileThatSetsNothingIsStillKnownAsRead() throws IOException {
    FileWiring empty = FileWiring.ofEnvFile("env/empty.env", List.of());
    assertThat(empty.isEmpty()).isFalse();
    assertThat(roundTrip(empty)).isEqualTo(empty);
  }

  @Test
  void anEnvFilesVariablesComeBackWithTheirPlaces() throws IOException {
    FileWiring vars =
        FileWiring.ofEnvFile(
            ".env", List.of(new Setting("CART_PORT", "7070", new Loc(".env", 3, 11))));
    assertThat(roundTrip(vars)).isEqualTo(vars);
    assertThat(roundTrip(FileWiring.EMPTY)).isEqualTo(FileWiring.EMPTY);
  }
}
