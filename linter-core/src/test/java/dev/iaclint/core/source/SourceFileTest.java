package dev.iaclint.core.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFileTest {

  @Test
  void splitsLinesOnLfCrlfAndLoneCr() {
    SourceFile f = SourceFile.of("a.tf", "one\r\ntwo\nthree\rfour");
    assertThat(f.lineCount()).isEqualTo(4);
    assertThat(f.line(1)).isEqualTo("one");
    assertThat(f.line(2)).isEqualTo("two");
    assertThat(f.line(3)).isEqualTo("three");
    assertThat(f.line(4)).isEqualTo("four");
    assertThat(f.line(5)).isEmpty();
  }

  @Test
  void trailingNewlineDoesNotCountAsALine() {
    assertThat(SourceFile.of("a", "x\ny\n").lineCount()).isEqualTo(2);
  }

  @Test
  void stripsByteOrderMark() {
    SourceFile f = SourceFile.of("a", "\uFEFFx = 1");
    assertThat(f.text()).isEqualTo("x = 1");
  }

  @Test
  void rangeColumnsCountCodePointsNotUtf16Units() {
    // U+1F600 is two UTF-16 chars but one column.
    String text = "a = \"\uD83D\uDE00\" # é\nb";
    SourceFile f = SourceFile.of("a", text);
    int b = text.indexOf('b');
    SourceRange r = f.rangeOfChars(b, b + 1);
    assertThat(r.startLine()).isEqualTo(2);
    assertThat(r.startColumn()).isEqualTo(1);
    assertThat(r.endColumn()).isEqualTo(2);
    int hash = text.indexOf('#');
    SourceRange h = f.rangeOfChars(hash, hash + 1);
    assertThat(h.startColumn()).isEqualTo(9);
    assertThat(h.startOffset()).isEqualTo(8);
  }

  @Test
  void displayPathIsRelativeToRootWithForwardSlashes(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("mod/main.tf");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "x = 1");
    assertThat(SourceFile.read(file, dir).displayPath()).isEqualTo("mod/main.tf");
  }

  @Test
  void rejectsInvalidUtf8WithTheOffsetOfTheBadByte(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.tf");
    byte[] ok = "x = \"".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[ok.length + 2];
    System.arraycopy(ok, 0, bytes, 0, ok.length);
    bytes[ok.length] = (byte) 0xFF;
    bytes[ok.length + 1] = '"';
    Files.write(file, bytes);
    assertThatThrownBy(() -> SourceFile.read(file, dir))
        .isInstanceOf(MalformedInputException.class)
        .hasMessageContaining("offset 5");
  }
}
