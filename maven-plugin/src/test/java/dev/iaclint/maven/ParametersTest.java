package dev.iaclint.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iaclint.core.report.ReportFormat;
import dev.iaclint.core.rule.Severity;
import dev.iaclint.maven.CheckMojo.Parameters;
import java.util.Arrays;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

class ParametersTest {
  @Test
  void formatsAreCaseInsensitiveDeduplicatedAndBlankEntriesIgnored() throws Exception {
    assertThat(Parameters.formats(Arrays.asList("SARIF", " json", "", "sarif", null)))
        .containsExactly(ReportFormat.SARIF, ReportFormat.JSON);
    assertThat(Parameters.formats(null)).isEmpty();
  }

  @Test
  void anUnknownFormatNamesTheKnownOnes() {
    assertThatThrownBy(() -> Parameters.formats(List.of("html")))
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage("iaclint: unknown report format 'html' in formats; expected any of text, json,"
            + " sarif, junit, checkstyle, gcc, github");
  }

  @Test
  void severitiesParseInAnyCase() throws Exception {
    assertThat(Parameters.severity("failOn", "high")).isEqualTo(Severity.HIGH);
    assertThatThrownBy(() -> Parameters.severity("failOn", "severe"))
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage("iaclint: failOn must be one of CRITICAL, HIGH, MEDIUM or LOW, not 'severe'");
  }

  @Test
  void assignmentsSplitAtTheFirstEqualsSignAndLaterOnesWin() throws Exception {
    assertThat(Parameters.assignments("vars", List.of("region=eu-west-1", "tags={a=\"b\"}", "region=us-east-1")))
        .containsExactly(java.util.Map.entry("region", "us-east-1"), java.util.Map.entry("tags", "{a=\"b\"}"));
  }

  @Test
  void aMalformedAssignmentIsNamedByPositionNeverByValue() {
    String secretLooking = "hunter2-not-an-assignment";
    assertThatThrownBy(() -> Parameters.assignments("vars", List.of("a=b", secretLooking)))
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage("iaclint: entry 2 of vars is not NAME=VALUE")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(secretLooking));
    assertThatThrownBy(() -> Parameters.assignments("cfnParameters", List.of("=value")))
        .hasMessage("iaclint: entry 1 of cfnParameters is not NAME=VALUE");
  }
}
