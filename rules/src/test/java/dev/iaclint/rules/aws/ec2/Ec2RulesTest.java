package dev.iaclint.rules.aws.ec2;

import static dev.iaclint.rules.aws.RuleChecks.failures;
import static dev.iaclint.rules.aws.RuleChecks.passes;
import static dev.iaclint.rules.aws.RuleChecks.undecided;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iaclint.core.graph.EdgeKind;
import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.rule.Severity;
import dev.iaclint.core.testing.YamlGraph;
import org.junit.jupiter.api.Test;

class Ec2RulesTest {
  private static final String IMDS = "IAC-AWS-EC2-001";
  private static final String EBS = "IAC-AWS-EC2-002";

  @Test
  void anInstanceFromALaunchTemplateTakesItsTokensSetting() {
    YamlGraph g = YamlGraph.terraform("""
        aws_launch_template.lt:
          metadata_options:
            - http_tokens: required
        aws_instance.from_template:
          launch_template:
            - id: x
        aws_instance.external_template:
          launch_template:
            - id: lt-0123456789abcdef0
        aws_instance.overrides:
          launch_template:
            - id: x
          metadata_options:
            - http_tokens: optional
        """).edge("aws_instance.from_template", EdgeKind.REFERENCE, "aws_launch_template.lt", "launch_template.id")
        .edge("aws_instance.overrides", EdgeKind.REFERENCE, "aws_launch_template.lt", "launch_template.id");

    passes(IMDS, g, "aws_instance.from_template");
    assertThat(undecided(IMDS, g, "aws_instance.external_template").reason())
        .contains("template is not in this configuration");
    assertThat(failures(IMDS, g, "aws_instance.overrides")).singleElement()
        .satisfies(f -> assertThat(f.location().startLine()).isEqualTo(14));
  }

  @Test
  void aDisabledEndpointPassesWhateverTheTokensAndUnknownTokensAreUndecided() {
    YamlGraph g = YamlGraph.terraform("""
        aws_launch_template.off:
          metadata_options:
            - http_endpoint: disabled
              http_tokens: !unknown var.tokens has no value
        aws_launch_template.unknown:
          metadata_options:
            - http_tokens: !unknown var.tokens has no value
        """);

    passes(IMDS, g, "aws_launch_template.off");
    undecided(IMDS, g, "aws_launch_template.unknown");
  }

  @Test
  void aCloudFormationInstanceWithATemplateFromElsewhereIsUndecided() {
    YamlGraph g = YamlGraph.of(SourceFormat.CLOUDFORMATION, "t.yaml", """
        Worker @ AWS::EC2::Instance:
          LaunchTemplate:
            LaunchTemplateId: !unknown the parameter TemplateId has no value
            Version: "1"
        """);

    undecided(IMDS, g, "Worker");
  }

  @Test
  void aVolumeRestoredFromASnapshotFollowsIt() {
    YamlGraph g = YamlGraph.terraform("""
        aws_ebs_volume.plain:
          size: 10
        aws_ebs_snapshot.of_plain:
          volume_id: x
        aws_ebs_volume.from_plain:
          snapshot_id: x
        aws_ebs_volume.from_elsewhere:
          snapshot_id: snap-0123456789abcdef0
        aws_ebs_snapshot_copy.encrypted:
          source_snapshot_id: snap-0123456789abcdef0
          encrypted: true
        aws_ebs_volume.from_copy:
          snapshot_id: x
        """).edge("aws_ebs_snapshot.of_plain", EdgeKind.REFERENCE, "aws_ebs_volume.plain", "volume_id")
        .edge("aws_ebs_volume.from_plain", EdgeKind.REFERENCE, "aws_ebs_snapshot.of_plain", "snapshot_id")
        .edge("aws_ebs_volume.from_copy", EdgeKind.REFERENCE, "aws_ebs_snapshot_copy.encrypted", "snapshot_id");

    assertThat(failures(EBS, g, "aws_ebs_volume.from_plain")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("restored from an unencrypted snapshot"));
    undecided(EBS, g, "aws_ebs_volume.from_elsewhere");
    passes(EBS, g, "aws_ebs_volume.from_copy");
  }

  @Test
  void encryptionByDefaultPassesEveryVolumeUnlessItIsOffOrUnknown() {
    YamlGraph on = YamlGraph.terraform("""
        aws_ebs_encryption_by_default.on:
          enabled: true
        aws_ebs_volume.v:
          encrypted: false
        """);
    YamlGraph unknown = YamlGraph.terraform("""
        aws_ebs_encryption_by_default.maybe:
          enabled: !unknown var.ebs_default has no value
        aws_ebs_volume.v:
          size: 10
        """);

    passes(EBS, on, "aws_ebs_volume.v");
    assertThat(undecided(EBS, unknown, "aws_ebs_volume.v").reason()).contains("var.ebs_default has no value");
  }

  @Test
  void anUnsetRootDeviceIsMediumAndAnExplicitlyUnencryptedOneHigh() {
    YamlGraph g = YamlGraph.terraform("""
        aws_instance.no_root:
          ami: ami-0c55b159cbfafe1f0
        aws_instance.root_false:
          ami: ami-0c55b159cbfafe1f0
          root_block_device:
            - encrypted: false
        aws_instance.from_template:
          launch_template:
            - id: lt-0123456789abcdef0
        """);

    assertThat(failures(EBS, g, "aws_instance.no_root")).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.MEDIUM));
    assertThat(failures(EBS, g, "aws_instance.root_false")).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.HIGH));
    passes(EBS, g, "aws_instance.from_template");
  }
}
