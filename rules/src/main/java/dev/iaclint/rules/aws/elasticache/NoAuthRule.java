package dev.iaclint.rules.aws.elasticache;

import dev.iaclint.core.graph.Node;
import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.rule.AnnotatedResourceRule;
import dev.iaclint.core.rule.Attributes;
import dev.iaclint.core.rule.Category;
import dev.iaclint.core.rule.CheckResult;
import dev.iaclint.core.rule.Failure;
import dev.iaclint.core.rule.RuleContext;
import dev.iaclint.core.rule.RuleInfo;
import dev.iaclint.core.rule.Severity;
import dev.iaclint.core.rule.Slot;
import dev.iaclint.core.rule.Values;
import java.util.Locale;

@RuleInfo(
    id = "IAC-AWS-ELASTICACHE-001",
    title = "ElastiCache Redis/Valkey replication group requires no authentication",
    severity = Severity.HIGH,
    category = Category.AUTHENTICATION,
    formats = {SourceFormat.TERRAFORM, SourceFormat.CLOUDFORMATION},
    types = {"aws_elasticache_replication_group", "AWS::ElastiCache::ReplicationGroup"},
    description = """
        A Redis OSS or Valkey replication group without an AUTH token (auth_token; AuthToken) and
        without RBAC user groups (user_group_ids; UserGroupIds) accepts every command from anyone who
        can reach its port: whatever runs in the VPC can read and overwrite the cache. A token or user
        group that is only known at deploy time (a generated password, a secret reference) counts as
        set. Memcached has no authentication and is not judged; a secondary group of a global datastore
        (global_replication_group_id) takes the primary's settings and is judged through it.
        Catalog: AUTH-005.""",
    remediation = """
        Enable in-transit encryption and set auth_token from a secret (AuthToken from
        {{resolve:secretsmanager:…}}), or better, use RBAC with aws_elasticache_user_group and
        user_group_ids (UserGroupIds).""",
    links = {"https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/auth.html",
        "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Clusters.RBAC.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/elasticache_replication_group#auth_token",
        "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-elasticache-replicationgroup.html"},
    checkov = {"CKV_AWS_31"})
public final class NoAuthRule extends AnnotatedResourceRule {

  @Override
  public CheckResult check(Node node, RuleContext context) {
    boolean terraform = node.format() == SourceFormat.TERRAFORM;
    Slot engine = Attributes.first(node, terraform ? "engine" : "Engine");
    if (engine.isKnown() && "memcached".equals(String.valueOf(engine.asString()).toLowerCase(Locale.ROOT))) {
      return CheckResult.pass();
    }
    // A secondary group of a global datastore takes the primary's authentication.
    if (!Attributes.first(node, terraform ? "global_replication_group_id" : "GlobalReplicationGroupId").isAbsent()) {
      return CheckResult.pass();
    }
    Slot token = Attributes.first(node, terraform ? "auth_token" : "AuthToken");
    Slot users = Attributes.first(node, terraform ? "user_group_ids" : "UserGroupIds");
    // A value known only at deploy time (a generated password, a secret reference) is still set.
    if (token.isUnknown() || users.isUnknown() || !Values.isEmpty(token.value()) || !Values.isEmpty(users.value())) {
      return CheckResult.pass();
    }
    Slot at = !token.isAbsent() ? token : !users.isAbsent() ? users : token;
    return CheckResult.fail(Failure.at(at.location(), "ElastiCache replication group requires no authentication: "
        + (terraform ? "neither auth_token nor user_group_ids is set" : "neither AuthToken nor UserGroupIds is set")
        + at.originNote(), at.path()).withRelated(at.related()));
  }
}
