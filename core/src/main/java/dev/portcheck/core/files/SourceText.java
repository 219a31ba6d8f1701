package dev.portcheck.core.files;

import dev.portcheck.core.entries.ReadProblem;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads a file's text for analysis, opened read-only. Binary files (NUL bytes) and files above the
 * size limit are not decoded; bytes that are not valid in the charset are reported at their line
 * and replaced so the rest of the file is still analysed.
 *
 * @param text the decoded text, without a leading byte order mark; empty when skipped
 * @param problem why the file was skipped or where it failed to decode, if it did
 * @param skipped true when {@code text} must not be analysed
 */
public record SourceText(String text, Optional<ReadProblem> problem, boolean skipped) {

  public static SourceText read(ConfigFile file, Charset charset, long maxBytes) {
    FileBytes read = FileBytes.read(file, maxBytes);
    return read.problem().map(SourceText::skip).orElseGet(() -> fromBytes(read.bytes(), charset));
  }

  /** Decodes bytes already read; binary content (a NUL byte) is skipped. */
  public static SourceText fromBytes(byte[] bytes, Charset charset) {
    boolean ascii = true;
    for (int i = 0; i < bytes.length; i++) {
      ascii &= bytes[i] > 0;
      if (bytes[i] == 0) {
        int line = lineAt(bytes, i);
        return skip(
            new ReadProblem(
                ReadProblem.Kind.SKIPPED,
                line,
                1,
                "binary content (NUL byte on line " + line + "); not analysed"));
      }
    }
    if (ascii && asciiCompatible(charset)) {
      // Most config files are ASCII, which these charsets decode byte for byte: one copy, no
      // decoder (and no byte order mark, which is not ASCII).
      return new SourceText(
          new String(bytes, StandardCharsets.ISO_8859_1), Optional.empty(), false);
    }
    return decode(bytes, charset);
  }

  private static boolean asciiCompatible(Charset charset) {
    return charset.equals(StandardCharsets.UTF_8)
        || charset.equals(StandardCharsets.US_ASCII)
        || charset.equals(StandardCharsets.ISO_8859_1);
  }

  static SourceText decode(byte[] bytes, Charset charset) {
    CharsetDecoder strict =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out =
        CharBuffer.allocate((int) (bytes.length * (double) strict.maxCharsPerByte()) + 1);
    CoderResult result = strict.decode(in, out, true);
    if (result.isError()) {
      int bad = in.position();
      int line = lineAt(bytes, bad);
      int column = bad - lineStart(bytes, bad) + 1;
      String text = lenient(bytes, charset);
      return new SourceText(
          stripBom(text),
          Optional.of(
              new ReadProblem(
                  ReadProblem.Kind.SYNTAX,
                  line,
                  column,
                  "byte 0x"
                      + String.format("%02X", bytes[bad] & 0xff)
                      + " is not valid "
                      + charset.name()
                      + " (portcheck.encoding); it was read as U+FFFD")),
          false);
    }
    strict.flush(out);
    out.flip();
    return new SourceText(stripBom(out.toString()), Optional.empty(), false);
  }

  private static String lenient(byte[] bytes, Charset charset) {
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, charset);
    }
  }

  private static SourceText skip(ReadProblem problem) {
    return new SourceText("", Optional.of(problem), true);
  }

  private static String stripBom(String s) {
    return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
  }

  private static int lineAt(byte[] bytes, int index) {
    int line = 1;
    for (int i = 0; i < index && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  private static int lineStart(byte[] bytes, int index) {
    int i = Math.min(index, bytes.length) - 1;
    while (i >= 0 && bytes[i] != '\n') {
      i--;
    }
    return i + 1;
  }
}
