package dev.iaclint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iaclint.core.rule.Finding;
import dev.iaclint.core.rule.RelatedLocation;
import dev.iaclint.core.rule.Severity;
import dev.iaclint.core.source.SourceFile;
import dev.iaclint.core.source.SourceRange;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportPathsTest {
  // Scanned as `iaclint scan examples/` from /work/project: display paths are relative to examples/.
  private final SourceFile main = SourceFile.of(ReportFixtures.WORKING_DIRECTORY.resolve("examples/tf/main.tf"),
      "tf/main.tf", ReportFixtures.MAIN_TF);
  private final SourceFile tfvars = SourceFile.of(
      ReportFixtures.WORKING_DIRECTORY.resolve("examples/tf/terraform.tfvars"), "tf/terraform.tfvars",
      ReportFixtures.TFVARS);

  private Finding findingSaying(String message) {
    SourceRange origin = ReportFixtures.range(tfvars, 1, "encrypt = false");
    return ReportFixtures.finding(ReportFixtures.ENCRYPTION, Severity.HIGH, "encrypt_at_rest.enabled",
        ReportFixtures.range(main, 4, "enabled = false"), message,
        List.of(new RelatedLocation(origin, "variable 'encrypt' set here")), List.of(), null);
  }

  @Test
  void aPlaceTheMessageQuotesIsNamedAsTheFindingsOwnPathIsSoAnEditorCanOpenIt() {
    Finding f = findingSaying("encrypt_at_rest.enabled is false; value set by variable 'encrypt' (tfvars file)"
        + " at tf/terraform.tfvars:1:1");
    assertThat(ReportPaths.relativeTo(f.location().file(), ReportFixtures.WORKING_DIRECTORY))
        .isEqualTo("examples/tf/main.tf");
    assertThat(ReportPaths.message(f, ReportFixtures.WORKING_DIRECTORY))
        .isEqualTo("encrypt_at_rest.enabled is false; value set by variable 'encrypt' (tfvars file)"
            + " at examples/tf/terraform.tfvars:1:1");
  }

  @Test
  void onlyWholeQuotedPlacesAreRenamed() {
    // Another line, a longer column, a longer path ending the same way: none of them is the origin.
    String message = "see tf/terraform.tfvars:1:10, tf/terraform.tfvars:11:1 and stf/terraform.tfvars:1:1";
    assertThat(ReportPaths.message(findingSaying(message), ReportFixtures.WORKING_DIRECTORY)).isEqualTo(message);
  }

  @Test
  void aMessageWithoutQuotedPlacesIsUnchanged() {
    Finding f = findingSaying("encrypt_at_rest.enabled is false");
    assertThat(ReportPaths.message(f, ReportFixtures.WORKING_DIRECTORY)).isEqualTo("encrypt_at_rest.enabled is false");
  }
}
