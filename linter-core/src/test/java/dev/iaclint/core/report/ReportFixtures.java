package dev.iaclint.core.report;

import dev.iaclint.core.diag.Diagnostic;
import dev.iaclint.core.graph.ResourceGraph;
import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.rule.Category;
import dev.iaclint.core.rule.Finding;
import dev.iaclint.core.rule.Fingerprints;
import dev.iaclint.core.rule.Indeterminate;
import dev.iaclint.core.rule.PassedCheck;
import dev.iaclint.core.rule.RelatedLocation;
import dev.iaclint.core.rule.RuleMetadata;
import dev.iaclint.core.rule.Severity;
import dev.iaclint.core.rule.Suppression;
import dev.iaclint.core.scan.ScanResult;
import dev.iaclint.core.source.SourceFile;
import dev.iaclint.core.source.SourceRange;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A constructed scan result with one finding of each kind, and a secret in the source. */
final class ReportFixtures {
  static final Path WORKING_DIRECTORY = Path.of("/work/project").toAbsolutePath();
  static final String SECRET = "s3cr3t-Pa55w0rd-XYZ";

  static final String MAIN_TF = """
      resource "aws_opensearch_domain" "logs" {
        domain_name = "logs"
        encrypt_at_rest {
          enabled = false
        }
        master_password = "%s"
      }
      """.formatted(SECRET);

  static final String TFVARS = "encrypt = false\n";

  static final RuleMetadata ENCRYPTION = new RuleMetadata("IAC-AWS-ES-002",
      "OpenSearch domain does not encrypt data at rest", Severity.HIGH, Category.ENCRYPTION_AT_REST,
      "Data at rest is readable by anyone with access to the disks.",
      "Set encrypt_at_rest { enabled = true }.", List.of("https://docs.example/encryption"),
      List.of(SourceFormat.TERRAFORM, SourceFormat.CLOUDFORMATION),
      Map.of("checkov", List.of("CKV_AWS_5"), "trivy", List.of("AVD-AWS-0048")));
  static final RuleMetadata SECRETS = new RuleMetadata("IAC-GEN-SECRET-001",
      "Hardcoded password", Severity.CRITICAL, Category.SECRETS, "", "Use a secrets manager.",
      List.of(), List.of(SourceFormat.TERRAFORM), Map.of());
  static final RuleMetadata LOGGING = new RuleMetadata("IAC-AWS-ES-010", "Audit logs are off",
      Severity.LOW, Category.LOGGING, "", "", List.of(), List.of(SourceFormat.TERRAFORM), Map.of());
  static final RuleMetadata VPC = new RuleMetadata("IAC-AWS-ES-003", "Domain is not in a VPC",
      Severity.MEDIUM, Category.PUBLIC_EXPOSURE, "", "Add vpc_options.", List.of(),
      List.of(SourceFormat.TERRAFORM), Map.of());

  final SourceFile main = SourceFile.of(WORKING_DIRECTORY.resolve("infra/main.tf"), "main.tf", MAIN_TF);
  final SourceFile tfvars = SourceFile.of(WORKING_DIRECTORY.resolve("infra/terraform.tfvars"),
      "terraform.tfvars", TFVARS);
  final SourceFile broken = SourceFile.of(WORKING_DIRECTORY.resolve("infra/broken.tf"), "broken.tf",
      "resource {\n");

  /** The range of the first occurrence of {@code text} on {@code line} of {@code file}. */
  static SourceRange range(SourceFile file, int line, String text) {
    int start = file.lineStartIndex(line) + file.line(line).indexOf(text);
    if (start < file.lineStartIndex(line)) {
      throw new IllegalArgumentException(text + " is not on line " + line);
    }
    return file.rangeOfChars(start, start + text.length());
  }

  static Finding finding(RuleMetadata rule, Severity severity, String attribute, SourceRange at,
      String message, List<RelatedLocation> related, List<SourceRange> redactions,
      Suppression suppression) {
    String resource = "aws_opensearch_domain.logs";
    return new Finding(rule, severity, resource, "aws_opensearch_domain", message, at, attribute,
        related, redactions,
        Fingerprints.finding(rule.id(), resource, attribute, at.file().displayPath(), null), suppression);
  }

  Finding encryption() {
    return finding(ENCRYPTION, Severity.HIGH, "encrypt_at_rest.enabled",
        range(main, 4, "enabled = false"), "encrypt_at_rest.enabled is false",
        List.of(new RelatedLocation(range(tfvars, 1, "encrypt = false"),
            "variable 'encrypt' set in terraform.tfvars")), List.of(), null);
  }

  Finding secret() {
    SourceRange value = range(main, 6, SECRET);
    return finding(SECRETS, Severity.CRITICAL, "master_password", range(main, 6, "master_password = \"" + SECRET + "\""),
        "master_password holds a hardcoded password", List.of(), List.of(value), null);
  }

  Finding suppressedVpc() {
    SourceRange header = range(main, 1, "resource \"aws_opensearch_domain\" \"logs\" {");
    return finding(VPC, Severity.MEDIUM, "vpc_options", header, "the domain has no vpc_options",
        List.of(), List.of(), new Suppression("inline", "internal test domain", range(main, 1, "resource")));
  }

  Finding logging() {
    SourceRange header = range(main, 1, "resource \"aws_opensearch_domain\" \"logs\" {");
    return finding(LOGGING, Severity.LOW, "log_publishing_options", header,
        "audit logs are not published", List.of(), List.of(), null);
  }

  ScanResult result() {
    List<Finding> findings = new ArrayList<>(List.of(encryption(), secret(), suppressedVpc(), logging()));
    findings.sort(Finding.ORDER);
    return new ScanResult(findings,
        List.of(new Indeterminate("IAC-AWS-ES-005", "aws_opensearch_domain.logs",
            range(main, 2, "domain_name = \"logs\""), "var.kms_key has no value")),
        List.of(new PassedCheck("IAC-AWS-ES-004", "aws_opensearch_domain.logs",
            range(main, 1, "resource"))),
        List.of(Diagnostic.error(SourceRange.startOf(broken), "expected a block type after 'resource'"),
            Diagnostic.warning(range(main, 2, "domain_name"), "suppression of IAC-X expired on 2020-01-01")),
        ResourceGraph.empty(), List.of(), List.of(), 2, 1);
  }

  static ScanResult empty() {
    return new ScanResult(List.of(), List.of(), List.of(), List.of(), ResourceGraph.empty(), List.of(),
        List.of(), 0, 0);
  }

  static ReportContext context() {
    return ReportContext.of("1.2.3", WORKING_DIRECTORY);
  }
}
