package dev.iaclint.rules.aws.ec2;

import dev.iaclint.core.graph.Node;
import dev.iaclint.core.graph.Ranges;
import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.rule.AnnotatedResourceRule;
import dev.iaclint.core.rule.AttributePath;
import dev.iaclint.core.rule.Category;
import dev.iaclint.core.rule.CheckResult;
import dev.iaclint.core.rule.Failure;
import dev.iaclint.core.rule.RuleContext;
import dev.iaclint.core.rule.RuleInfo;
import dev.iaclint.core.rule.Severity;
import dev.iaclint.core.rule.Slot;
import dev.iaclint.core.source.SourceRange;
import dev.iaclint.core.value.Value;
import dev.iaclint.rules.aws.TerraformScopes;
import java.util.ArrayList;
import java.util.List;

@RuleInfo(
    id = "IAC-AWS-EC2-002",
    title = "EBS volume is not encrypted",
    severity = Severity.HIGH,
    category = Category.ENCRYPTION_AT_REST,
    formats = {SourceFormat.TERRAFORM, SourceFormat.CLOUDFORMATION},
    types = {"aws_ebs_volume", "aws_instance", "aws_launch_configuration", "aws_launch_template",
        "AWS::EC2::Volume", "AWS::EC2::Instance", "AWS::EC2::LaunchTemplate", "AWS::AutoScaling::LaunchConfiguration"},
    checkov = {"CKV_AWS_3", "CKV_AWS_8"},
    trivy = {"AVD-AWS-0026", "AVD-AWS-0131"},
    tfsec = {"aws-ec2-enable-volume-encryption", "aws-ec2-enable-at-rest-encryption"},
    kics = {"cc997676-481b-4e93-aa81-d19f8c5e9b12"},
    description = "An EBS volume that is not encrypted keeps its data, its snapshots and the volumes made from "
        + "them readable to anyone who gets hold of them. A new volume is unencrypted unless it asks for "
        + "encryption (encrypted = true; Encrypted: true; the provider default is false) or EBS encryption by "
        + "default is on: an aws_ebs_encryption_by_default with enabled = true (its default) in the same root "
        + "module passes every volume. A volume restored from a snapshot is encrypted when the snapshot is, so it "
        + "is judged only when the snapshot is in the configuration. A root volume follows the AMI's snapshot "
        + "unless the block device asks for encryption; public AMIs' snapshots are not encrypted, so an instance "
        + "or launch configuration without a root block device (BlockDeviceMappings in CloudFormation) is "
        + "reported as MEDIUM. Covers aws_ebs_volume, the root and EBS block devices of aws_instance and "
        + "aws_launch_configuration, launch template block device mappings, and their CloudFormation "
        + "counterparts. Catalog: EAR-006.",
    remediation = "Set encrypted = true on aws_ebs_volume and on every root_block_device, ebs_block_device and "
        + "launch template block_device_mappings ebs block (Encrypted: true in CloudFormation), optionally with "
        + "a customer-managed kms_key_id; or turn on EBS encryption by default for the account and region with "
        + "resource \"aws_ebs_encryption_by_default\" \"this\" { enabled = true }.",
    links = {
        "https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html",
        "https://docs.aws.amazon.com/ebs/latest/userguide/encryption-by-default.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ebs_volume#encrypted",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/instance#ebs-ephemeral-and-root-block-devices",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ebs_encryption_by_default",
        "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-volume.html"})
public final class EbsNotEncryptedRule extends AnnotatedResourceRule {

  @Override
  public CheckResult check(Node node, RuleContext context) {
    Verdicts v = new Verdicts();
    switch (node.type()) {
      case "aws_ebs_volume" -> volume(node, context, v);
      case "aws_instance", "aws_launch_configuration" -> {
        if (!(node.type().equals("aws_instance") && !slot(node, "launch_template").isAbsent())) {
          rootDevice(node, slot(node, "root_block_device"), slot(node, "root_block_device.encrypted"), v);
        }
        devices(node, "ebs_block_device", "encrypted", "snapshot_id", v);
      }
      case "aws_launch_template" -> devices(node, "block_device_mappings.ebs", "encrypted", "snapshot_id", v);
      case "AWS::EC2::Volume" -> {
        Slot encrypted = slot(node, "Encrypted");
        if (!slot(node, "SnapshotId").isAbsent() && !Boolean.TRUE.equals(encrypted.asBoolean())) {
          v.unknown("the volume is restored from a snapshot and is encrypted if the snapshot is", node.headerRange());
        } else {
          v.judge(encrypted, Severity.HIGH, "Encrypted is not set (default: false)");
        }
      }
      case "AWS::EC2::Instance", "AWS::AutoScaling::LaunchConfiguration" -> {
        Slot mappings = slot(node, "BlockDeviceMappings");
        if (mappings.isAbsent() && slot(node, "LaunchTemplate").isAbsent()) {
          rootDevice(node, mappings, mappings, v);
        }
        devices(node, "BlockDeviceMappings.Ebs", "Encrypted", "SnapshotId", v);
      }
      case "AWS::EC2::LaunchTemplate" -> devices(node, "LaunchTemplateData.BlockDeviceMappings.Ebs", "Encrypted",
          "SnapshotId", v);
      default -> { }
    }
    if (v.failures.isEmpty() && v.unknownReason == null) {
      return CheckResult.pass();
    }
    // Encryption by default encrypts every new volume of the account and region, whatever they ask for.
    if (node.format() == SourceFormat.TERRAFORM) {
      Slot byDefault = encryptionByDefault(node, context);
      if (byDefault != null && !byDefault.isUnknown()) {
        return CheckResult.pass();
      }
      if (byDefault != null) {
        return CheckResult.indeterminate("whether EBS encryption by default is enabled is not known: "
            + byDefault.unknown().reason(), byDefault.location());
      }
    }
    return v.failures.isEmpty() ? CheckResult.indeterminate(v.unknownReason, v.unknownAt)
        : CheckResult.fail(v.failures);
  }

  private static void volume(Node node, RuleContext context, Verdicts v) {
    Slot encrypted = slot(node, "encrypted");
    Slot snapshot = slot(node, "snapshot_id");
    if (snapshot.isAbsent() || Boolean.TRUE.equals(encrypted.asBoolean())) {
      v.judge(encrypted, Severity.HIGH, "encrypted is not set (default: false)");
      return;
    }
    // Restored from a snapshot: encrypted exactly when the snapshot is.
    Boolean source = snapshotEncrypted(node, context);
    if (Boolean.TRUE.equals(source)) {
      return;
    }
    if (source == null) {
      v.unknown("the volume is restored from a snapshot and is encrypted if the snapshot is; that snapshot is not "
          + "in this configuration", snapshot.location());
      return;
    }
    v.fail(Failure.at(snapshot.location(), "EBS volume is not encrypted: it is restored from an unencrypted "
        + "snapshot and does not set encrypted = true", "encrypted"));
  }

  /** The root volume: without encryption asked for, it follows the AMI's snapshot. */
  private static void rootDevice(Node node, Slot block, Slot encrypted, Verdicts v) {
    if (block.isUnknown() || encrypted.isUnknown()) {
      Slot u = block.isUnknown() ? block : encrypted;
      v.unknown(u.path() + " is not known: " + u.unknown().reason(), u.location());
      return;
    }
    if (block.isAbsent()) {
      v.fail(Failure.at(node.headerRange(), "EBS volume is not encrypted: " + block.path() + " is not set, so the "
          + "root volume is encrypted only if the AMI's snapshot is (public AMIs' are not)", block.path())
          .withSeverity(Severity.MEDIUM));
      return;
    }
    v.judge(encrypted, encrypted.isAbsent() ? Severity.MEDIUM : Severity.HIGH,
        encrypted.path() + " is not set (the root volume follows the AMI's snapshot)");
  }

  /** Additional EBS volumes; those restored from a snapshot follow it and are left undecided. */
  private static void devices(Node node, String blocks, String encryptedName, String snapshotName, Verdicts v) {
    for (Slot device : AttributePath.parse(blocks).resolve(node)) {
      if (device.isAbsent()) {
        continue;
      }
      if (device.isUnknown()) {
        v.unknown(device.path() + " is not known: " + device.unknown().reason(), device.location());
        continue;
      }
      Value block = device.value();
      SourceRange header = Ranges.firstLine(device.location());
      Slot encrypted = AttributePath.parse(encryptedName).resolve(block, device.path(), device.location(), header)
          .get(0);
      Slot snapshot = AttributePath.parse(snapshotName).resolve(block, device.path(), device.location(), header)
          .get(0);
      if (!snapshot.isAbsent() && !Boolean.TRUE.equals(encrypted.asBoolean())) {
        v.unknown(device.path() + " is restored from a snapshot and is encrypted if the snapshot is",
            snapshot.location());
        continue;
      }
      v.judge(encrypted, Severity.HIGH, encrypted.path() + " is not set (default: false)");
    }
  }

  /**
   * An {@code aws_ebs_encryption_by_default} of the same root module that is enabled ({@code
   * enabled} defaults to true): its {@code enabled} slot, unknown when that is not known; {@code
   * null} when there is none.
   */
  private static Slot encryptionByDefault(Node node, RuleContext context) {
    Slot unknown = null;
    for (Node d : context.graph().ofType("aws_ebs_encryption_by_default")) {
      if (!sameRootModule(node, d)) {
        continue;
      }
      Slot enabled = slot(d, "enabled");
      if (enabled.isAbsent() || Boolean.TRUE.equals(enabled.asBoolean())) {
        return enabled;
      }
      if (enabled.isUnknown()) {
        unknown = enabled;
      }
    }
    return unknown;
  }

  private static boolean sameRootModule(Node a, Node b) {
    return a.property(Node.SCOPE) != null && a.property(Node.SCOPE).startsWith("tf:")
        ? TerraformScopes.sameRootModule(a, b) : a.file() == b.file();
  }

  /**
   * Whether the snapshot a volume is restored from is encrypted, when the configuration says: a copy
   * made with {@code encrypted = true}, or a snapshot of a volume in the configuration; {@code null}
   * otherwise.
   */
  private static Boolean snapshotEncrypted(Node volume, RuleContext context) {
    for (Node s : context.graph().referencedAt(volume, "snapshot_id", "aws_ebs_snapshot", "aws_ebs_snapshot_copy")) {
      if (s.type().equals("aws_ebs_snapshot_copy")) {
        return Boolean.TRUE.equals(slot(s, "encrypted").asBoolean()) ? Boolean.TRUE : null;
      }
      for (Node source : context.graph().referencedAt(s, "volume_id", "aws_ebs_volume")) {
        Slot encrypted = slot(source, "encrypted");
        if (Boolean.TRUE.equals(encrypted.asBoolean())) {
          return Boolean.TRUE;
        }
        if (!encrypted.isUnknown() && slot(source, "snapshot_id").isAbsent()) {
          return Boolean.FALSE;
        }
      }
    }
    return null;
  }

  private static Slot slot(Node node, String path) {
    return AttributePath.parse(path).resolve(node).get(0);
  }

  /** What the parts of one resource came to. */
  private static final class Verdicts {
    final List<Failure> failures = new ArrayList<>();
    String unknownReason;
    SourceRange unknownAt;

    void fail(Failure f) {
      failures.add(f);
    }

    void unknown(String reason, SourceRange at) {
      if (unknownReason == null) {
        unknownReason = reason;
        unknownAt = at;
      }
    }

    /** {@code encrypted} must be true; {@code absentNote} says what it means to leave it out. */
    void judge(Slot encrypted, Severity severity, String absentNote) {
      if (encrypted.isUnknown()) {
        unknown(encrypted.path() + " is not known: " + encrypted.unknown().reason(), encrypted.location());
        return;
      }
      if (Boolean.TRUE.equals(encrypted.asBoolean())) {
        return;
      }
      String seen = encrypted.isAbsent() ? absentNote
          : encrypted.path() + (Boolean.FALSE.equals(encrypted.asBoolean()) ? " = false" : " is not true");
      fail(Failure.at(encrypted.location(), "EBS volume is not encrypted: " + seen + encrypted.originNote(),
          encrypted.path()).withSeverity(severity).withRelated(encrypted.related()));
    }
  }
}
