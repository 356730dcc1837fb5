package dev.iaclint.core.graph;

public enum EdgeKind {
  /** An expression in {@code from} refers to {@code to} (Terraform traversal, CloudFormation Ref/GetAtt). */
  REFERENCE,
  /** An explicit ordering dependency: {@code depends_on}, {@code DependsOn}. */
  DEPENDS_ON,
  /** A Kubernetes selector in {@code from} matches the labels of {@code to}. */
  SELECTS,
  /**
   * {@code from} is a split-out part of {@code to}'s configuration: an {@code aws_s3_bucket_acl} of
   * its bucket, an {@code aws_security_group_rule} of its group, a domain policy of its domain.
   */
  PART_OF
}
