package dev.portcheck.core.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretDataTest {
  private static String encoded(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void textIsDecoded() {
    assertThat(SecretData.decode(encoded("postgres://app@db:5432/app")))
        .contains("postgres://app@db:5432/app");
  }

  @Test
  void bytesThatAreNoTextAndValuesThatAreNoBase64GiveNothing() {
    assertThat(
            SecretData.decode(Base64.getEncoder().encodeToString(new byte[] {0, 1, (byte) 0xff})))
        .isEmpty();
    assertThat(SecretData.decode("not base64!")).isEmpty();
    assertThat(SecretData.decode(" ")).isEmpty();
  }
}
