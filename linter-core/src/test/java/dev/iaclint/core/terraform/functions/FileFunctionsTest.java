package dev.iaclint.core.terraform.functions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileFunctionsTest extends FunctionTestSupport {
  @TempDir
  Path tmp;
  Path root;
  Path module;

  @BeforeEach
  void layOutFiles() throws Exception {
    root = tmp.resolve("scan");
    module = root.resolve("infra");
    Files.createDirectories(module.resolve("files/sub"));
    Files.createDirectories(module.resolve("other"));
    Files.writeString(module.resolve("files/hello.txt"), "Hello World");
    Files.writeString(module.resolve("files/world.txt"), "world\n");
    Files.writeString(module.resolve("files/.hidden.txt"), "h");
    Files.writeString(module.resolve("files/sub/deep.txt"), "deep");
    Files.writeString(module.resolve("files/sub/deep.json"), "{}");
    Files.writeString(module.resolve("other/a.txt"), "a");
    Files.write(module.resolve("files/binary.bin"), new byte[] {(byte) 0xff, 0x00});
    Files.writeString(tmp.resolve("secret.txt"), "outside");
    ctx = files(root, module);
  }

  @Test
  void fileReadsRelativeToTheWorkingDirectory() throws Exception {
    assertThat(eval("file", s("files/hello.txt"))).isEqualTo("\"Hello World\"");
    assertThat(eval("file", s(module.resolve("files/world.txt").toString()))).isEqualTo("\"world\\n\"");
    assertThat(eval("filebase64", s("files/binary.bin"))).isEqualTo("\"/wA=\"");
    assertThat(eval("filemd5", s("files/hello.txt"))).isEqualTo("\"b10a8db164e0754105b7a99be72e3fe5\"");
    assertThat(eval("filebase64sha256", s("files/hello.txt")))
        .isEqualTo("\"pZGm1Av0IEBKARczz7exkNYsZb8LzaMrV7J32a2fFG4=\"");
  }

  @Test
  void fileRejectsInvalidUtf8AndDirectories() {
    assertError("file", s("files/binary.bin")).hasMessageContaining("not valid UTF-8; use the filebase64 function");
    assertError("file", s("files")).hasMessageContaining("is a directory");
  }

  @Test
  void aMissingFileIsUnknownBecauseItMayBeGenerated() throws Exception {
    assertThat(eval("file", s("build/lambda.zip"))).startsWith("unknown(no file exists at build/lambda.zip");
    assertThat(eval("fileexists", s("build/lambda.zip"))).isEqualTo("false");
    assertThat(eval("fileexists", s("files/hello.txt"))).isEqualTo("true");
  }

  @Test
  void readingOutsideTheScanRootIsRefused() throws Exception {
    assertError("file", s("../../secret.txt")).hasMessageContaining("outside the scanned directory");
    assertError("file", s(tmp.resolve("secret.txt").toString())).hasMessageContaining("outside the scanned directory");
    assertError("fileexists", s("../../secret.txt")).hasMessageContaining("outside the scanned directory");
    assertError("filesha256", s("../../secret.txt")).hasMessageContaining("outside the scanned directory");
    assertError("fileset", s("../.."), s("*.txt")).hasMessageContaining("outside the scanned directory");
    assertError("fileset", s("."), s("../../*.txt")).hasMessageContaining("outside the scanned directory");
  }

  @Test
  void symbolicLinksLeavingTheScanRootAreRefused() throws Exception {
    Files.createSymbolicLink(module.resolve("link.txt"), tmp.resolve("secret.txt"));
    Files.createSymbolicLink(module.resolve("linkdir"), tmp);
    assertError("file", s("link.txt")).hasMessageContaining("symbolic link");
    assertError("file", s("linkdir/secret.txt")).hasMessageContaining("symbolic link");
    assertThat(eval("fileset", s("."), s("*.txt"))).isEqualTo("set[]");
    assertThat(eval("fileset", s("."), s("**/secret.txt"))).isEqualTo("set[]");
  }

  @Test
  void parentSegmentsThatStayInsideTheRootAreAllowed() throws Exception {
    assertThat(eval("file", s("other/../files/hello.txt"))).isEqualTo("\"Hello World\"");
    assertThat(eval("fileset", s("files"), s("../other/*.txt"))).isEqualTo("set[\"../other/a.txt\"]");
  }

  @Test
  void filesetMatchesFilesWithTerraformGlobsInLexicalOrder() throws Exception {
    assertThat(eval("fileset", s("."), s("files/*.txt")))
        .isEqualTo("set[\"files/.hidden.txt\", \"files/hello.txt\", \"files/world.txt\"]");
    assertThat(eval("fileset", s("files"), s("**"))).isEqualTo(
        "set[\".hidden.txt\", \"binary.bin\", \"hello.txt\", \"sub/deep.json\", \"sub/deep.txt\", \"world.txt\"]");
    assertThat(eval("fileset", s("."), s("**/*.json"))).isEqualTo("set[\"files/sub/deep.json\"]");
    assertThat(eval("fileset", s("."), s("{files,other}/?.txt"))).isEqualTo("set[\"other/a.txt\"]");
    assertThat(eval("fileset", s("."), s("files/[hw]*.txt"))).isEqualTo("set[\"files/hello.txt\", \"files/world.txt\"]");
    assertThat(eval("fileset", s("."), s("files/[!h]*.txt"))).isEqualTo("set[\"files/.hidden.txt\", \"files/world.txt\"]");
    assertThat(eval("fileset", s("."), s("files"))).isEqualTo("set[]");
    assertThat(eval("fileset", s("nonexistent"), s("*"))).isEqualTo("set[]");
    assertError("fileset", s("."), s("files/[a")).hasMessageContaining("invalid glob pattern");
  }

  @Test
  void pathFunctionsFollowGo() throws Exception {
    assertThat(eval("basename", s("foo/bar/baz.txt"))).isEqualTo("\"baz.txt\"");
    assertThat(eval("basename", s("foo/bar/"))).isEqualTo("\"bar\"");
    assertThat(eval("basename", s("/"))).isEqualTo("\"/\"");
    assertThat(eval("basename", s(""))).isEqualTo("\".\"");
    assertThat(eval("dirname", s("foo/bar/baz.txt"))).isEqualTo("\"foo/bar\"");
    assertThat(eval("dirname", s("foo"))).isEqualTo("\".\"");
    assertThat(eval("dirname", s("/foo"))).isEqualTo("\"/\"");
    assertThat(eval("abspath", s("files/../x"))).isEqualTo("\"" + module.toAbsolutePath().normalize() + "/x\"");
    assertThat(eval("pathexpand", s("~/.ssh/id_rsa"))).startsWith("unknown(pathexpand()");
    assertThat(eval("pathexpand", s("/etc/hosts"))).isEqualTo("\"/etc/hosts\"");
    assertThat(eval("file", s("~/.ssh/id_rsa"))).startsWith("unknown(");
  }

  @Test
  void withoutADirectoryFileFunctionsAreUnknown() throws Exception {
    ctx = FunctionContext.withoutFiles(CALL);
    assertThat(eval("file", s("files/hello.txt"))).startsWith("unknown(");
    assertThat(eval("fileset", s("."), s("*"))).startsWith("unknown(");
  }

  @Test
  void fileContentIsReadAsUtf8() throws Exception {
    Files.write(module.resolve("utf8.txt"), "é☃".getBytes(StandardCharsets.UTF_8));
    assertThat(eval("file", s("utf8.txt"))).isEqualTo("\"é☃\"");
  }
}
