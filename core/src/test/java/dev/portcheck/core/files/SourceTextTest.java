package dev.portcheck.core.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SourceTextTest {
  private static SourceText utf8(byte[] bytes) {
    return SourceText.fromBytes(bytes, StandardCharsets.UTF_8);
  }

  @Test
  void asciiTextIsReadAsWritten() {
    SourceText t = utf8("server.port=8080\nname: web\r\n".getBytes(StandardCharsets.US_ASCII));
    assertThat(t.text()).isEqualTo("server.port=8080\nname: web\r\n");
    assertThat(t.problem()).isEmpty();
    assertThat(t.skipped()).isFalse();
  }

  @Test
  void everyCharsetThatTakesTheAsciiPathAgreesWithItsDecoder() {
    StringBuilder all = new StringBuilder();
    for (char c = 1; c < 128; c++) {
      all.append(c);
    }
    byte[] bytes = all.toString().getBytes(StandardCharsets.US_ASCII);
    for (Charset cs :
        new Charset[] {
          StandardCharsets.UTF_8, StandardCharsets.US_ASCII, StandardCharsets.ISO_8859_1
        }) {
      assertThat(SourceText.fromBytes(bytes, cs).text())
          .isEqualTo(SourceText.decode(bytes, cs).text())
          .isEqualTo(all.toString());
    }
  }

  @Test
  void utf8BeyondAsciiAndAByteOrderMarkAreDecoded() {
    byte[] bytes = "\uFEFFcafé: 8080\n".getBytes(StandardCharsets.UTF_8);
    assertThat(utf8(bytes).text()).isEqualTo("café: 8080\n");
  }

  @Test
  void anotherCharsetDecodesItsOwnBytes() {
    byte[] latin1 = "caf\u00e9=1".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(SourceText.fromBytes(latin1, StandardCharsets.ISO_8859_1).text())
        .isEqualTo("caf\u00e9=1");
    byte[] utf16 = "a=1".getBytes(StandardCharsets.UTF_16LE);
    // UTF-16 puts NUL bytes beside ASCII: binary to a file read as UTF-8, text read as UTF-16.
    assertThat(SourceText.fromBytes(utf16, StandardCharsets.UTF_8).skipped()).isTrue();
  }

  @Test
  void anInvalidByteIsReportedWhereItStands() {
    byte[] bytes = {'a', '=', '1', '\n', 'b', '=', (byte) 0xFF, '\n'};
    SourceText t = utf8(bytes);
    assertThat(t.skipped()).isFalse();
    assertThat(t.problem()).isPresent();
    assertThat(t.problem().get().line()).isEqualTo(2);
    assertThat(t.problem().get().column()).isEqualTo(3);
    assertThat(t.text()).isEqualTo("a=1\nb=\uFFFD\n");
  }

  @Test
  void aNulByteMakesTheFileBinary() {
    SourceText t = utf8(new byte[] {'a', '\n', 0, 'b'});
    assertThat(t.skipped()).isTrue();
    assertThat(t.text()).isEmpty();
    assertThat(t.problem().get().message()).contains("NUL byte on line 2");
  }
}
