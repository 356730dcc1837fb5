package dev.iaclint.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanDirectoriesTest {
  @TempDir
  Path basedir;

  @Test
  void directoriesInsideAScannedOneBecomeRelativeGlobs() {
    List<String> globs = ScanDirectories.excludeGlobs(List.of(basedir),
        List.of(basedir.resolve("target"), basedir.resolve("services/a"), basedir.resolve("b")));

    assertThat(globs).containsExactly("target", "services/a", "b");
  }

  @Test
  void directoriesOutsideOrEqualToTheScannedOneAreIgnored() {
    Path infra = basedir.resolve("infra");
    List<String> globs = ScanDirectories.excludeGlobs(List.of(infra),
        List.of(basedir.resolve("target"), infra, basedir.resolve("../sibling")));

    assertThat(globs).isEmpty();
  }

  @Test
  void eachScannedDirectoryGetsItsOwnRelativeGlobOnce() {
    Path a = basedir.resolve("a");
    Path b = basedir.resolve("b");
    List<String> globs = ScanDirectories.excludeGlobs(List.of(a, b, basedir),
        List.of(a.resolve("target"), b.resolve("target")));

    assertThat(globs).containsExactly("target", "a/target", "b/target");
  }

  @Test
  void aSymbolicallyLinkedBasedirStillMatches() throws IOException {
    Path real = Files.createDirectories(basedir.resolve("real"));
    Files.createDirectories(real.resolve("target"));
    Path link = Files.createSymbolicLink(basedir.resolve("link"), real);

    assertThat(ScanDirectories.excludeGlobs(List.of(link), List.of(real.resolve("target"))))
        .containsExactly("target");
  }

  @Test
  void globMetacharactersInDirectoryNamesCannotBreakThePattern() {
    assertThat(ScanDirectories.escapeGlob("mod[1]/{x}*?")).isEqualTo("mod?1?/?x???");
    assertThat(ScanDirectories.excludeGlobs(List.of(basedir), List.of(basedir.resolve("a{b"))))
        .containsExactly("a?b");
  }

  @Test
  void modulesAreDirectoriesOrPomFilesInThem() throws IOException {
    Files.createDirectories(basedir.resolve("child"));
    Files.writeString(basedir.resolve("child/alt-pom.xml"), "<project/>");

    assertThat(ScanDirectories.moduleDirectories(basedir, List.of("service-a", "child/alt-pom.xml", "../up")))
        .containsExactly(basedir.resolve("service-a"), basedir.resolve("child"),
            basedir.getParent().resolve("up"));
  }
}
