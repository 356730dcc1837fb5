package dev.iaclint.core.rule.declarative;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.rule.CheckResult;
import dev.iaclint.core.rule.Failure;
import dev.iaclint.core.rule.Severity;
import dev.iaclint.core.source.SourceFile;
import dev.iaclint.core.testing.YamlGraph;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeclarativeRuleTest {

  private static final String HEADER = """
      id: T-1
      title: Domain does not encrypt at rest
      severity: HIGH
      category: encryption-at-rest
      """;

  static DeclarativeRule rule(String yaml) {
    try {
      return RuleFiles.parse(SourceFile.of("rule.yaml", yaml)).get(0);
    } catch (RuleFileException e) {
      throw new AssertionError(e.toString(), e);
    }
  }

  static CheckResult check(DeclarativeRule rule, YamlGraph g, String address) {
    assertThat(rule.appliesTo(g.node(address))).as("applies to " + address).isTrue();
    return rule.check(g.node(address), g.context());
  }

  static List<Failure> failures(CheckResult result) {
    assertThat(result).isInstanceOf(CheckResult.Fail.class);
    return ((CheckResult.Fail) result).failures();
  }

  private static final DeclarativeRule ENCRYPT = rule(HEADER + """
      match:
        terraform:
          types: [aws_opensearch_domain]
          assert: {path: encrypt_at_rest.enabled, equals: true, whenAbsent: false}
        cloudformation:
          types: ["AWS::OpenSearchService::Domain"]
          assert: {path: EncryptionAtRestOptions.Enabled, equals: true, whenAbsent: false}
      """);

  @Test
  void missingBlockFailsAtTheResourceHeaderWithTheDocumentedDefault() {
    YamlGraph g = YamlGraph.terraform("""
        aws_opensearch_domain.logs:
          domain_name: logs
        """);

    List<Failure> f = failures(check(ENCRYPT, g, "aws_opensearch_domain.logs"));

    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.location().startLine()).isEqualTo(1);
      assertThat(x.location().endLine()).isEqualTo(1);
      assertThat(x.message()).isEqualTo(
          "Domain does not encrypt at rest: encrypt_at_rest.enabled is not set (default: false)");
      assertThat(x.attributePath()).isEqualTo("encrypt_at_rest.enabled");
    });
  }

  @Test
  void blockWithoutTheAttributeFailsAtTheBlockHeader() {
    YamlGraph g = YamlGraph.terraform("""
        aws_opensearch_domain.logs:
          domain_name: logs
          encrypt_at_rest:
            - kms_key_id: k
        """);

    List<Failure> f = failures(check(ENCRYPT, g, "aws_opensearch_domain.logs"));

    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.location().startLine()).isEqualTo(4);
      assertThat(x.location().endLine()).isEqualTo(4);
      assertThat(x.attributePath()).isEqualTo("encrypt_at_rest[0].enabled");
    });
  }

  @Test
  void explicitFalseFailsAtTheAttribute() {
    YamlGraph g = YamlGraph.terraform("""
        aws_opensearch_domain.logs:
          encrypt_at_rest:
            - kms_key_id: k
              enabled: false
        """);

    Failure f = failures(check(ENCRYPT, g, "aws_opensearch_domain.logs")).get(0);

    assertThat(f.location().startLine()).isEqualTo(4);
    assertThat(f.location().startColumn()).isEqualTo(7);
    assertThat(f.message()).endsWith("encrypt_at_rest[0].enabled = false");
  }

  @Test
  void aBlockWrittenAsOneObjectReadsLikeAListOfOne() {
    YamlGraph asObject = YamlGraph.terraform("""
        aws_opensearch_domain.a:
          encrypt_at_rest:
            enabled: true
        aws_opensearch_domain.b:
          encrypt_at_rest:
            enabled: false
        """);

    assertThat(check(ENCRYPT, asObject, "aws_opensearch_domain.a")).isEqualTo(CheckResult.pass());
    assertThat(failures(check(ENCRYPT, asObject, "aws_opensearch_domain.b")).get(0).location().startLine())
        .isEqualTo(6);
  }

  @Test
  void booleansWrittenAsStringsCountAsBooleans() {
    YamlGraph g = YamlGraph.of(SourceFormat.CLOUDFORMATION, "template.yaml", """
        On:
          EncryptionAtRestOptions:
            Enabled: "true"
        Off:
          EncryptionAtRestOptions:
            Enabled: "false"
        """);
    var on = g.node("On");
    var off = g.node("Off");
    var cfn = rule(HEADER + """
        match:
          cloudformation:
            types: [On, Off]
            assert: {path: EncryptionAtRestOptions.Enabled, equals: true, whenAbsent: false}
        """);

    assertThat(cfn.check(on, g.context())).isEqualTo(CheckResult.pass());
    assertThat(cfn.check(off, g.context())).isInstanceOf(CheckResult.Fail.class);
  }

  @Test
  void aCreatedResourcesIdOrArnIsSetThoughItsContentIsUnknown() {
    DeclarativeRule cmk = rule(HEADER + """
        match:
          terraform:
            types: [aws_opensearch_domain]
            assert: {path: encrypt_at_rest.kms_key_id, empty: false}
        """);
    DeclarativeRule exact = rule(HEADER + """
        match:
          terraform:
            types: [aws_opensearch_domain]
            assert: {path: encrypt_at_rest.kms_key_id, equals: alias/aws/es, negate: true}
        """.replace("negate: true", "whenAbsent: x"));
    YamlGraph g = YamlGraph.terraform("""
        aws_opensearch_domain.logs:
          encrypt_at_rest:
            - kms_key_id: !created aws_kms_key.k.arn is known only after apply
        """);

    assertThat(check(cmk, g, "aws_opensearch_domain.logs")).isEqualTo(CheckResult.PASS);
    assertThat(check(exact, g, "aws_opensearch_domain.logs")).isInstanceOf(CheckResult.Indeterminate.class);
  }

  @Test
  void anUnknownValueMakesTheCheckIndeterminateWithItsReason() {
    YamlGraph g = YamlGraph.terraform("""
        aws_opensearch_domain.logs:
          encrypt_at_rest:
            - enabled: !unknown var.encrypt has no value
        """);

    CheckResult r = check(ENCRYPT, g, "aws_opensearch_domain.logs");

    assertThat(r).isInstanceOfSatisfying(CheckResult.Indeterminate.class, i -> {
      assertThat(i.reason()).isEqualTo("encrypt_at_rest[0].enabled is not known: var.encrypt has no value");
      assertThat(i.location().startLine()).isEqualTo(3);
    });
  }

  @Test
  void aValueSetThroughAVariableNamesWhereItWasSet() {
    YamlGraph g = YamlGraph.terraform("""
        aws_opensearch_domain.logs:
          encrypt_at_rest:
            - enabled: !var:encrypt_logs false
        """);

    Failure f = failures(check(ENCRYPT, g, "aws_opensearch_domain.logs")).get(0);

    assertThat(f.location().startLine()).isEqualTo(3);
    assertThat(f.message()).endsWith(
        "= false; value set by variable 'encrypt_logs' (tfvars file) at terraform.tfvars:2:1");
    assertThat(f.related()).singleElement().satisfies(rel -> {
      assertThat(rel.range().file().displayPath()).isEqualTo("terraform.tfvars");
      assertThat(rel.range().startLine()).isEqualTo(2);
    });
  }

  @Test
  void whereLimitsTheResourcesARuleJudges() {
    DeclarativeRule cmk = rule(HEADER + """
        match:
          terraform:
            types: [aws_opensearch_domain]
            where: {path: encrypt_at_rest.enabled, equals: true}
            assert: {path: encrypt_at_rest.kms_key_id, empty: false}
        """);
    YamlGraph g = YamlGraph.terraform("""
        aws_opensearch_domain.unencrypted:
          encrypt_at_rest:
            - enabled: false
        aws_opensearch_domain.aws_key:
          encrypt_at_rest:
            - enabled: true
        aws_opensearch_domain.own_key:
          encrypt_at_rest:
            - enabled: true
              kms_key_id: arn:aws:kms:k
        """);

    assertThat(check(cmk, g, "aws_opensearch_domain.unencrypted")).isEqualTo(CheckResult.pass());
    assertThat(failures(check(cmk, g, "aws_opensearch_domain.aws_key")).get(0).location().startLine()).isEqualTo(6);
    assertThat(check(cmk, g, "aws_opensearch_domain.own_key")).isEqualTo(CheckResult.pass());
  }

  @Test
  void checksCarryTheirOwnSeverityAndMessage() {
    DeclarativeRule https = rule(HEADER + """
        match:
          terraform:
            types: [aws_opensearch_domain]
            checks:
              - assert: {path: domain_endpoint_options, exists: true}
                severity: MEDIUM
                message: HTTPS is left to the AWS default
              - assert: {path: domain_endpoint_options.enforce_https, notEquals: false}
        """);
    YamlGraph g = YamlGraph.terraform("""
        aws_opensearch_domain.none:
          domain_name: x
        aws_opensearch_domain.off:
          domain_endpoint_options:
            - enforce_https: false
        aws_opensearch_domain.default:
          domain_endpoint_options:
            - tls_security_policy: p
        """);

    Failure none = failures(check(https, g, "aws_opensearch_domain.none")).get(0);
    assertThat(none.severity()).isEqualTo(Severity.MEDIUM);
    assertThat(none.message()).isEqualTo("HTTPS is left to the AWS default: domain_endpoint_options is not set");
    Failure off = failures(check(https, g, "aws_opensearch_domain.off")).get(0);
    assertThat(off.severity()).isNull();
    assertThat(off.location().startLine()).isEqualTo(5);
    assertThat(check(https, g, "aws_opensearch_domain.default")).isEqualTo(CheckResult.pass());
  }

  @Test
  void noneOverBlocksReportsEveryOffendingBlockAtItsDecidingAttribute() {
    DeclarativeRule ssh = rule(HEADER + """
        match:
          terraform:
            types: [aws_security_group]
            assert:
              path: ingress
              none:
                and:
                  - {portsCover: 22}
                  - {path: cidr_blocks, any: {cidrAnywhere: true}}
        """);
    YamlGraph g = YamlGraph.terraform("""
        aws_security_group.sg:
          ingress:
            - from_port: 22
              to_port: 22
              protocol: tcp
              cidr_blocks: [10.0.0.0/8]
            - from_port: 0
              to_port: 0
              protocol: "-1"
              cidr_blocks: [10.0.0.0/8, 0.0.0.0/0]
            - from_port: 443
              to_port: 443
              protocol: tcp
              cidr_blocks: [0.0.0.0/0]
            - from_port: 20
              to_port: 30
              protocol: "6"
              ipv6_cidr_blocks: ["::/0"]
              cidr_blocks: ["::/0"]
        """);

    List<Failure> f = failures(check(ssh, g, "aws_security_group.sg"));

    assertThat(f).extracting(x -> x.location().startLine()).containsExactly(10, 19);
    assertThat(f.get(0).message()).endsWith("ingress[1].cidr_blocks[1] = \"0.0.0.0/0\"");
  }

  @Test
  void quantifiersOverAbsentListsFollowLogic() {
    DeclarativeRule anyAudit = rule(HEADER + """
        match:
          terraform:
            types: [aws_opensearch_domain]
            assert:
              path: log_publishing_options
              any: {path: log_type, equals: AUDIT_LOGS}
        """);
    YamlGraph g = YamlGraph.terraform("""
        aws_opensearch_domain.none:
          domain_name: x
        aws_opensearch_domain.slow:
          log_publishing_options:
            - log_type: INDEX_SLOW_LOGS
        aws_opensearch_domain.audit:
          log_publishing_options:
            - log_type: INDEX_SLOW_LOGS
            - log_type: AUDIT_LOGS
        """);

    Failure none = failures(check(anyAudit, g, "aws_opensearch_domain.none")).get(0);
    assertThat(none.location().startLine()).isEqualTo(1);
    assertThat(none.message()).endsWith("log_publishing_options is not set");
    Failure slow = failures(check(anyAudit, g, "aws_opensearch_domain.slow")).get(0);
    assertThat(slow.location().startLine()).isEqualTo(4);
    assertThat(slow.message()).endsWith("log_publishing_options has no matching entry");
    assertThat(check(anyAudit, g, "aws_opensearch_domain.audit")).isEqualTo(CheckResult.pass());
  }

  @Test
  void wildcardStepsIntoEveryMemberOfAMap() {
    DeclarativeRule anyLog = rule(HEADER + """
        match:
          cloudformation:
            types: [Domain]
            assert:
              path: LogPublishingOptions.*
              any: {path: Enabled, equals: true, whenAbsent: true}
        """);
    YamlGraph g = YamlGraph.of(SourceFormat.CLOUDFORMATION, "t.yaml", """
        Domain.on:
          LogPublishingOptions:
            AUDIT_LOGS:
              CloudWatchLogsLogGroupArn: arn
        Domain.off:
          LogPublishingOptions:
            AUDIT_LOGS:
              Enabled: false
        """);

    assertThat(anyLog.check(g.node("Domain.on"), g.context())).isEqualTo(CheckResult.pass());
    assertThat(anyLog.check(g.node("Domain.off"), g.context())).isInstanceOf(CheckResult.Fail.class);
  }

  @Test
  void linkedPartsAreJudgedByTheirOwnConfiguration() {
    DeclarativeRule publicAcl = rule(HEADER + """
        match:
          terraform:
            types: [aws_s3_bucket]
            assert:
              not:
                and:
                  - parts: [aws_s3_bucket_public_access_block]
                    none: {path: ignore_public_acls, equals: true}
                  - parts: [aws_s3_bucket_acl]
                    any: {path: acl, in: [public-read, public-read-write]}
        """);
    YamlGraph g = YamlGraph.terraform("""
        aws_s3_bucket.open:
          bucket: open
        aws_s3_bucket_acl.open:
          acl: public-read
        aws_s3_bucket.blocked:
          bucket: blocked
        aws_s3_bucket_acl.blocked:
          acl: public-read
        aws_s3_bucket_public_access_block.blocked:
          ignore_public_acls: true
        aws_s3_bucket.private:
          bucket: private
        """)
        .partOf("aws_s3_bucket_acl.open", "aws_s3_bucket.open")
        .partOf("aws_s3_bucket_acl.blocked", "aws_s3_bucket.blocked")
        .partOf("aws_s3_bucket_public_access_block.blocked", "aws_s3_bucket.blocked");

    Failure open = failures(check(publicAcl, g, "aws_s3_bucket.open")).get(0);
    assertThat(open.location().startLine()).isEqualTo(4);
    assertThat(open.message()).endsWith("aws_s3_bucket_acl.open.acl = \"public-read\"");
    assertThat(check(publicAcl, g, "aws_s3_bucket.blocked")).isEqualTo(CheckResult.pass());
    assertThat(check(publicAcl, g, "aws_s3_bucket.private")).isEqualTo(CheckResult.pass());
  }

  @Test
  void linkedExistenceIsTested() {
    DeclarativeRule hasBlock = rule(HEADER + """
        match:
          terraform:
            types: [aws_s3_bucket]
            assert: {parts: aws_s3_bucket_public_access_block, exists: true}
        """);
    YamlGraph g = YamlGraph.terraform("""
        aws_s3_bucket.a:
          bucket: a
        aws_s3_bucket_public_access_block.a:
          block_public_acls: true
        aws_s3_bucket.b:
          bucket: b
        """).partOf("aws_s3_bucket_public_access_block.a", "aws_s3_bucket.a");

    assertThat(check(hasBlock, g, "aws_s3_bucket.a")).isEqualTo(CheckResult.pass());
    Failure b = failures(check(hasBlock, g, "aws_s3_bucket.b")).get(0);
    assertThat(b.location().startLine()).isEqualTo(5);
    assertThat(b.message()).endsWith("no linked aws_s3_bucket_public_access_block");
  }

  @Test
  void aConjunctionThatHoldsIsExplainedByItsLastMostSpecificPart() {
    DeclarativeRule anonymous = rule(HEADER + """
        match:
          terraform:
            types: [aws_opensearch_domain]
            assert:
              not:
                and:
                  - {path: advanced_security_options.enabled, equals: true}
                  - {path: advanced_security_options.anonymous_auth_enabled, equals: true}
        """);
    YamlGraph g = YamlGraph.terraform("""
        aws_opensearch_domain.anon:
          advanced_security_options:
            - enabled: true
              anonymous_auth_enabled: true
        aws_opensearch_domain.ignored:
          advanced_security_options:
            - enabled: false
              anonymous_auth_enabled: true
        """);

    assertThat(failures(check(anonymous, g, "aws_opensearch_domain.anon")).get(0).location().startLine()).isEqualTo(4);
    assertThat(check(anonymous, g, "aws_opensearch_domain.ignored")).isEqualTo(CheckResult.pass());
  }

  @Test
  void unknownIsOverruledByAKnownDecidingPart() {
    DeclarativeRule either = rule(HEADER + """
        match:
          terraform:
            types: [x]
            assert:
              or:
                - {path: a, equals: true}
                - {path: b, equals: true}
        """);
    YamlGraph g = YamlGraph.terraform("""
        x.decided:
          a: !unknown a is known after apply
          b: true
        x.open:
          a: !unknown a is known after apply
          b: false
        """);

    assertThat(check(either, g, "x.decided")).isEqualTo(CheckResult.pass());
    assertThat(check(either, g, "x.open")).isInstanceOf(CheckResult.Indeterminate.class);
  }

  private static final DeclarativeRule CUSTOMER_KEY = rule(HEADER + """
      match:
        terraform:
          types: [x]
          assert: {path: kms_key_id, notMatches: "(^|:)alias/aws/", whenComputed: true}
      """);

  @Test
  void whenComputedAnswersForAResourceIdOrArnKnownOnlyAfterApply() {
    YamlGraph g = YamlGraph.terraform("""
        x.created:
          kms_key_id: !created aws_kms_key.k.arn is known only after apply
        x.variable:
          kms_key_id: !unknown var.key has no value
        """);

    assertThat(check(CUSTOMER_KEY, g, "x.created")).isEqualTo(CheckResult.pass());
    assertThat(check(CUSTOMER_KEY, g, "x.variable")).isInstanceOf(CheckResult.Indeterminate.class);
  }

  @Test
  void aMatchInTheKnownTextOfAPartlyUnknownTemplateDecides() {
    YamlGraph g = YamlGraph.terraform("""
        x.managed:
          kms_key_id: !partial arn:{}:kms:{}:{}:alias/aws/es
        x.open:
          kms_key_id: !partial arn:aws:kms:{}:{}:{}
        x.straddling:
          kms_key_id: !partial "{}aws/es"
        """);

    Failure f = failures(check(CUSTOMER_KEY, g, "x.managed")).get(0);
    assertThat(f.location().startLine()).isEqualTo(2);
    assertThat(f.message()).endsWith("kms_key_id matches /(^|:)alias/aws//");
    assertThat(check(CUSTOMER_KEY, g, "x.open")).isInstanceOf(CheckResult.Indeterminate.class);
    // the hole could hold "alias/" or anything else: a match would have to cross it
    assertThat(check(CUSTOMER_KEY, g, "x.straddling")).isInstanceOf(CheckResult.Indeterminate.class);
  }

  @Test
  void stringsTheRuleDoesNotNameAreNeverQuoted() {
    DeclarativeRule password = rule(HEADER + """
        match:
          terraform:
            types: [x]
            assert: {path: password, in: [use-a-secret-manager]}
        """);
    YamlGraph g = YamlGraph.terraform("""
        x.y:
          password: hunter2-very-secret
        """);

    Failure f = failures(check(password, g, "x.y")).get(0);

    assertThat(f.message()).doesNotContain("hunter2").endsWith("password is not one of [\"use-a-secret-manager\"]");
  }

  @Test
  void flatAndNestedDottedKeysAreTheSameSetting() {
    DeclarativeRule security = rule(HEADER + """
        match:
          elasticsearch-yml:
            types: [elasticsearch.yml]
            assert: {path: xpack.security.enabled, notEquals: false}
        """);
    YamlGraph g = YamlGraph.of(SourceFormat.ELASTICSEARCH_CONFIG, "elasticsearch.yml", """
        elasticsearch.yml.flat:
          xpack.security.enabled: false
        elasticsearch.yml.nested:
          xpack:
            security:
              enabled: false
        elasticsearch.yml.mixed:
          xpack.security:
            enabled: true
        """);
    var flat = g.node("elasticsearch.yml.flat");

    assertThat(security.check(flat, g.context())).isInstanceOf(CheckResult.Fail.class);
    assertThat(security.check(g.node("elasticsearch.yml.nested"), g.context())).isInstanceOf(CheckResult.Fail.class);
    assertThat(security.check(g.node("elasticsearch.yml.mixed"), g.context())).isEqualTo(CheckResult.pass());
  }

  @Test
  void numericAndRegexOperatorsReadStringsAndNumbersAlike() {
    DeclarativeRule tls = rule(HEADER + """
        match:
          terraform:
            types: [x]
            assert:
              and:
                - {path: retention, gte: 90, whenAbsent: 0}
                - {path: policy, matches: "^Policy-Min-TLS-1-[23]-"}
        """);
    YamlGraph g = YamlGraph.terraform("""
        x.ok:
          retention: "365"
          policy: Policy-Min-TLS-1-2-2019-07
        x.short:
          retention: 30
          policy: Policy-Min-TLS-1-2-2019-07
        x.old:
          retention: 90
          policy: Policy-Min-TLS-1-0-2019-07
        """);

    assertThat(check(tls, g, "x.ok")).isEqualTo(CheckResult.pass());
    assertThat(failures(check(tls, g, "x.short")).get(0).message()).endsWith("retention = 30");
    assertThat(failures(check(tls, g, "x.old")).get(0).message())
        .endsWith("policy does not match /^Policy-Min-TLS-1-[23]-/");
  }

  @Test
  void aRuleOnlyAppliesToItsFormatsAndTypes() {
    YamlGraph cfn = YamlGraph.of(SourceFormat.CLOUDFORMATION, "t.yaml", """
        aws_opensearch_domain.x:
          a: 1
        """);

    assertThat(ENCRYPT.appliesTo(cfn.node("aws_opensearch_domain.x"))).isFalse();
    assertThat(ENCRYPT.metadata().formats()).containsExactly(SourceFormat.TERRAFORM, SourceFormat.CLOUDFORMATION);
  }
}
