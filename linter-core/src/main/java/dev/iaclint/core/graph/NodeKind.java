package dev.iaclint.core.graph;

/** What a graph node stands for. Rules check {@link #RESOURCE} nodes unless they ask for more. */
public enum NodeKind {
  /** A managed resource, a CloudFormation resource, a Kubernetes object, a compose service, a node configuration file. */
  RESOURCE,
  /** A Terraform data source. */
  DATA,
  /** A Terraform {@code module} block. */
  MODULE_CALL,
  /** A Terraform {@code variable} or a CloudFormation parameter. */
  VARIABLE,
  /** A Terraform {@code locals} entry. */
  LOCAL,
  /** A Terraform {@code output} or a CloudFormation output. */
  OUTPUT,
  /** A Terraform {@code provider} configuration. */
  PROVIDER
}
