package dev.iaclint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iaclint.core.source.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedactorTest {

  @Test
  void messagesLoseEverySecretButResourceNamesOnlyThoseThatCouldBeSecretsOnTheirOwn() {
    String strong = "Qx7" + "kP2mZ9vLw4Rt";
    SourceFile file = SourceFile.of("app.yaml",
        "password: mysql\ntoken: " + strong + "\n");
    Redactor redactor = Redactor.ofRanges(List.of(ReportFixtures.range(file, 1, "mysql"),
        ReportFixtures.range(file, 2, strong)));

    assertThat(redactor.scrub("'password' is mysql, token " + strong)).isEqualTo("'password' is ****, token ****");
    assertThat(redactor.scrubName("Pod/mysql-pod")).isEqualTo("Pod/mysql-pod");
    assertThat(redactor.scrubName("Deployment/" + strong)).isEqualTo("Deployment/****");
  }

  @Test
  void shownLinesStarOutSecretsNoFindingMarks() {
    String key = "AK" + "IA" + "Q2IACLINT7F4KE5W";
    SourceFile file = SourceFile.of("broken.tf", "  user = \"deploy\" " + key + "\n");

    assertThat(Redactor.none().maskedLine(file, 1)).isEqualTo("  user = \"deploy\" " + "*".repeat(20));
  }
}
