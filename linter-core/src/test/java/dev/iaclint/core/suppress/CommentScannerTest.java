package dev.iaclint.core.suppress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iaclint.core.source.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommentScannerTest {
  private static List<String> comments(String name, String text) {
    return CommentScanner.scan(SourceFile.of(name, text)).stream()
        .map(c -> c.startLine() + ":" + c.text().strip() + (c.ownLine() ? "" : " (trailing)")).toList();
  }

  @Test
  void findsTheThreeHclCommentStyles() {
    assertThat(comments("main.tf", "# a\nx = 1 // b\n/* c\n d */\ny = 2\n"))
        .containsExactly("1:a", "2:b (trailing)", "3:c\n d");
  }

  @Test
  void ignoresCommentMarkersInsideStringsTemplatesAndHeredocs() {
    String tf = """
        a = "not # a comment // either"
        b = "${join("#", ["x"])}" # real
        c = "$${literal} # still a string"
        d = <<EOT
        # heredoc text
        EOT
        # after
        """;
    assertThat(comments("main.tf", tf)).containsExactly("2:real (trailing)", "7:after");
  }

  @Test
  void findsYamlCommentsButNotHashesInScalarsOrBlockScalars() {
    String yaml = """
        # top
        a: "x # y"
        b: 'it''s # not'
        c: value#nocomment
        d: |
          # content, not a comment
          more
        e: 1 # trailing
        """;
    assertThat(comments("t.yaml", yaml)).containsExactly("1:top", "8:trailing (trailing)");
  }

  @Test
  void jsonHasNoComments() {
    assertThat(comments("t.json", "{\"a\": \"# no\"}")).isEmpty();
  }
}
