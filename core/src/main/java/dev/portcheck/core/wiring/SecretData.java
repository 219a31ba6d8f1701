package dev.portcheck.core.wiring;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * A Secret's {@code data} value as the container sees it: Kubernetes stores it base64-encoded. Only
 * text is of use here (an address, a URL): a value that is no base64 or decodes to bytes that are
 * not UTF-8 text (a key, a keystore) gives nothing.
 */
final class SecretData {
  private SecretData() {}

  static Optional<String> decode(String value) {
    String v = value.trim();
    if (v.isEmpty() || v.length() > 16_384) {
      return Optional.empty();
    }
    byte[] bytes;
    try {
      bytes = Base64.getMimeDecoder().decode(v);
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return text.chars().allMatch(c -> c >= 0x20 || c == '\n' || c == '\r' || c == '\t')
          ? Optional.of(text)
          : Optional.empty();
    } catch (CharacterCodingException binary) {
      return Optional.empty();
    }
  }
}
