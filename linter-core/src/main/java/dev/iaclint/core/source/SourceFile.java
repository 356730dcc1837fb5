package dev.iaclint.core.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * One input file: its path, the path reports show, and its decoded text.
 *
 * <p>The text is strict UTF-8 with any byte-order mark removed, so that line and column
 * numbers match what an editor shows. Lines end at LF, CRLF or a lone CR.
 */
public final class SourceFile {
  private final Path path;
  private final String displayPath;
  private final String text;
  /** UTF-16 index of the first char of every line; computed on first use. */
  private volatile int[] lineStarts;

  private SourceFile(Path path, String displayPath, String text) {
    this.path = path;
    this.displayPath = Objects.requireNonNull(displayPath, "displayPath");
    this.text = Objects.requireNonNull(text, "text");
  }

  /**
   * Reads {@code file} as UTF-8.
   *
   * @param root the scan root the display path is relative to; {@code null} shows the path as given
   * @throws MalformedInputException when the bytes are not valid UTF-8
   */
  public static SourceFile read(Path file, Path root) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    return new SourceFile(file.toAbsolutePath().normalize(), displayPath(file, root), decode(bytes, file));
  }

  /** A file whose text is already in memory (tests, stdin, generated inputs). */
  public static SourceFile of(String displayPath, String text) {
    return new SourceFile(null, displayPath, stripBom(text));
  }

  /** A file that exists on disk but whose text was obtained elsewhere (for example, decoded already). */
  public static SourceFile of(Path file, String displayPath, String text) {
    return new SourceFile(file == null ? null : file.toAbsolutePath().normalize(), displayPath, stripBom(text));
  }

  /**
   * A pseudo-file for values that were not written in any file, such as {@code --var} on the
   * command line or a {@code TF_VAR_} environment variable. Its name is shown in angle brackets.
   */
  public static SourceFile synthetic(String description) {
    return new SourceFile(null, "<" + description + ">", "");
  }

  static String displayPath(Path file, Path root) {
    Path shown = file;
    if (root != null) {
      Path absRoot = root.toAbsolutePath().normalize();
      Path absFile = file.toAbsolutePath().normalize();
      if (absFile.startsWith(absRoot) && !absFile.equals(absRoot)) {
        shown = absRoot.relativize(absFile);
      } else if (absFile.equals(absRoot)) {
        shown = absFile.getFileName() == null ? absFile : absFile.getFileName();
      }
    }
    return shown.toString().replace('\\', '/');
  }

  private static String decode(byte[] bytes, Path file) throws CharacterCodingException {
    try {
      String s = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
      return stripBom(s);
    } catch (CharacterCodingException e) {
      throw new MalformedInputException(file, firstInvalidByte(bytes));
    }
  }

  private static int firstInvalidByte(byte[] bytes) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    var out = java.nio.CharBuffer.allocate(bytes.length + 1);
    var result = StandardCharsets.UTF_8.newDecoder().decode(in, out, true);
    // On a malformed sequence the decoder stops with the input positioned at its first byte.
    return result.isError() ? in.position() : bytes.length;
  }

  private static String stripBom(String s) {
    return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
  }

  /** The absolute file path, or {@code null} for in-memory and synthetic files. */
  public Path path() {
    return path;
  }

  /** The path shown in reports: relative to the scan root, with {@code /} separators. */
  public String displayPath() {
    return displayPath;
  }

  public String text() {
    return text;
  }

  public boolean isSynthetic() {
    return displayPath.startsWith("<");
  }

  /** Number of lines; a trailing line terminator does not start a new line. */
  public int lineCount() {
    int[] starts = lineStarts();
    int n = starts.length;
    if (n > 1 && starts[n - 1] == text.length()) {
      return n - 1;
    }
    return n;
  }

  /** The text of 1-based line {@code line}, without its terminator; empty when out of range. */
  public String line(int line) {
    int[] starts = lineStarts();
    if (line < 1 || line > starts.length) {
      return "";
    }
    int start = starts[line - 1];
    int end = line < starts.length ? starts[line] : text.length();
    while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
      end--;
    }
    return text.substring(start, end);
  }

  /** The UTF-16 index in {@link #text()} where 1-based {@code line} starts. */
  public int lineStartIndex(int line) {
    int[] starts = lineStarts();
    if (line < 1) {
      return 0;
    }
    return line > starts.length ? text.length() : starts[line - 1];
  }

  /**
   * The 1-based line holding UTF-16 index {@code index}; an index past the end belongs to the last
   * line.
   */
  public int lineOf(int index) {
    int[] starts = lineStarts();
    int i = Arrays.binarySearch(starts, index);
    return i >= 0 ? i + 1 : -i - 1;
  }

  /** The range of the UTF-16 span {@code [begin, end)} of {@link #text()}. */
  public SourceRange rangeOfChars(int begin, int end) {
    int startLine = lineOf(begin);
    int endLine = lineOf(end);
    int startLineIdx = lineStartIndex(startLine);
    int endLineIdx = lineStartIndex(endLine);
    int startCol = text.codePointCount(startLineIdx, begin) + 1;
    int endCol = text.codePointCount(endLineIdx, end) + 1;
    int startOffset = text.codePointCount(0, begin);
    int endOffset = startOffset + text.codePointCount(begin, end);
    return new SourceRange(this, startLine, startCol, endLine, endCol, startOffset, endOffset);
  }

  private int[] lineStarts() {
    int[] starts = lineStarts;
    if (starts == null) {
      starts = computeLineStarts(text);
      lineStarts = starts;
    }
    return starts;
  }

  private static int[] computeLineStarts(String text) {
    int[] starts = new int[16];
    int n = 0;
    starts[n++] = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    return Arrays.copyOf(starts, n);
  }

  @Override
  public String toString() {
    return displayPath;
  }
}
