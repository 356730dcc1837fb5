package dev.iaclint.core.rule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iaclint.core.graph.SourceFormat;
import org.junit.jupiter.api.Test;

class RuleExampleTest {

  @Test
  void expectMarkersInAnyCommentStyleCountOncePerIdAndLine() {
    RuleExample example = new RuleExample(SourceFormat.TERRAFORM, RuleExample.Kind.BAD, "main.tf", """
        resource "x" "y" {   # expect: R-1
          a = 1 // expect: R-2, R-1
          b = 2 /* expect: R-1 */
          c = "expect: R-1 is only a string"
        }
        """);

    assertThat(example.expectations("R-1")).extracting(RuleExample.Expectation::line).containsExactly(1, 2, 3);
    assertThat(example.expectations("R-2")).extracting(RuleExample.Expectation::line).containsExactly(2);
    assertThat(example.expectations("R-3")).isEmpty();
  }

  @Test
  void yamlCommentMarkersAreFound() {
    RuleExample example = new RuleExample(SourceFormat.CLOUDFORMATION, RuleExample.Kind.BAD, "t.yaml",
        "Resources:\r\n  D:\r\n    Type: X # expect: R-9\r\n");

    assertThat(example.expectations("R-9")).containsExactly(new RuleExample.Expectation("t.yaml", 3));
  }
}
