package dev.iaclint.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iaclint.core.rule.Tri;
import dev.iaclint.core.source.SourceFile;
import dev.iaclint.core.source.SourceRange;
import dev.iaclint.core.testing.YamlGraph;
import dev.iaclint.core.value.MapValue;
import dev.iaclint.core.value.StringValue;
import dev.iaclint.core.value.UnknownValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PolicyAnalysisTest {
  private static final SourceRange AT = SourceRange.startOf(SourceFile.of("main.tf", "x\n"));

  static PolicyAnalysis.PublicAccess of(String json) {
    return PolicyAnalysis.publicAccess(PolicyDocument.of(new StringValue(json, AT)));
  }

  static String allow(String principal, String condition) {
    return """
        {"Version": "2012-10-17", "Statement": [{"Sid": "S", "Effect": "Allow", "Principal": %s,
         "Action": "es:*", "Resource": "arn:aws:es:eu-west-1:123456789012:domain/logs/*"%s}]}
        """.formatted(principal, condition.isEmpty() ? "" : ", \"Condition\": " + condition);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"*\"", "{\"AWS\": \"*\"}", "{\"AWS\": [\"arn:aws:iam::123456789012:root\", \"*\"]}",
      "{\"aws\": [\"*\"]}"})
  void everyoneWithoutConditionIsPublic(String principal) {
    PolicyAnalysis.PublicAccess access = of(allow(principal, ""));

    assertThat(access.verdict()).isEqualTo(Tri.YES);
    assertThat(access.statements()).singleElement().satisfies(s -> assertThat(s.describe()).isEqualTo("statement 'S'"));
  }

  static PolicyAnalysis.PublicAccess ofTemplate(String jsonWithHoles) {
    return PolicyAnalysis.publicAccess(PolicyDocument.of(new UnknownValue("aws_s3_bucket.b.arn is known only after apply",
        AT, dev.iaclint.core.value.Origin.NONE, false, jsonWithHoles.replace("#", String.valueOf(UnknownValue.HOLE)))));
  }

  @Test
  void aJsonTemplateWithUnknownsInsideStringsIsStillRead() {
    assertThat(ofTemplate(allow("\"*\"", "").replace("domain/logs/*", "#/*")).verdict()).isEqualTo(Tri.YES);
    assertThat(ofTemplate(allow("{\"AWS\": \"arn:aws:iam::#:root\"}", "")).verdict())
        .as("an identifier with known text around the unknown part is never *").isEqualTo(Tri.NO);
  }

  @Test
  void aJsonTemplateWithAnUnknownPrincipalOrOutsideAStringStaysUnknown() {
    PolicyAnalysis.PublicAccess whole = ofTemplate(allow("{\"AWS\": \"#\"}", ""));
    assertThat(whole.verdict()).isEqualTo(Tri.UNKNOWN);
    assertThat(whole.reason()).contains("aws_s3_bucket.b.arn is known only after apply");
    assertThat(ofTemplate(allow("#", "")).verdict()).isEqualTo(Tri.UNKNOWN);
    assertThat(ofTemplate(allow("{\"AWS\": \"#*\"}", "")).verdict()).as("'' + '*' is *").isEqualTo(Tri.UNKNOWN);
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"AWS\": \"arn:aws:iam::123456789012:role/admin\"}", "{\"Service\": \"es.amazonaws.com\"}"})
  void namedPrincipalsAreNotPublic(String principal) {
    assertThat(of(allow(principal, "")).verdict()).isEqualTo(Tri.NO);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"IpAddress\": {\"aws:SourceIp\": [\"203.0.113.0/24\"]}}",
      "{\"IpAddress\": {\"aws:sourceip\": \"2001:db8::/32\"}}",
      "{\"StringEquals\": {\"aws:PrincipalOrgID\": \"o-abc123\"}}",
      "{\"ForAnyValue:StringEquals\": {\"aws:SourceVpce\": [\"vpce-1\"]}}",
      "{\"StringEquals\": {\"aws:SourceVpc\": \"vpc-1\"}}",
      "{\"ArnLike\": {\"aws:SourceArn\": \"arn:aws:logs:eu-west-1:123456789012:*\"}}",
      "{\"StringEquals\": {\"aws:SourceAccount\": \"123456789012\"}}",
      "{\"Bool\": {\"aws:PrincipalIsAWSService\": \"true\"}}",
      "{\"StringEquals\": {\"aws:SourceAccount\": \"123456789012\"}, \"Bool\": {\"aws:SecureTransport\": \"true\"}}"})
  void aNarrowingConditionMakesEveryoneSomeone(String condition) {
    assertThat(of(allow("\"*\"", condition)).verdict()).isEqualTo(Tri.NO);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"IpAddress\": {\"aws:SourceIp\": \"0.0.0.0/0\"}}",
      "{\"IpAddress\": {\"aws:SourceIp\": [\"10.0.0.0/8\", \"::/0\"]}}",
      "{\"NotIpAddress\": {\"aws:SourceIp\": \"10.0.0.0/8\"}}",
      "{\"IpAddressIfExists\": {\"aws:SourceIp\": \"10.0.0.0/8\"}}",
      "{\"StringEqualsIfExists\": {\"aws:SourceVpce\": \"vpce-1\"}}",
      "{\"ForAllValues:StringEquals\": {\"aws:PrincipalOrgID\": \"o-abc123\"}}",
      "{\"StringLike\": {\"aws:SourceArn\": \"*\"}}",
      "{\"ArnLike\": {\"aws:PrincipalArn\": \"arn:aws:iam::*:role/reader\"}}",
      "{\"StringEquals\": {\"aws:UserAgent\": \"my-app\"}}",
      "{\"Bool\": {\"aws:SecureTransport\": \"true\"}}"})
  void aConditionThatAdmitsAnyoneDoesNotNarrow(String condition) {
    assertThat(of(allow("\"*\"", condition)).verdict()).isEqualTo(Tri.YES);
  }

  @Test
  void notPrincipalInAnAllowAdmitsEveryoneElse() {
    String json = """
        {"Statement": {"Effect": "Allow", "NotPrincipal": {"AWS": "arn:aws:iam::1:root"}, "Action": "es:*"}}""";

    assertThat(of(json).verdict()).isEqualTo(Tri.YES);
  }

  @Test
  void denyStatementsAreNeverPublic() {
    String json = """
        {"Statement": [{"Effect": "Deny", "Principal": "*", "Action": "es:*"}]}""";

    assertThat(of(json).verdict()).isEqualTo(Tri.NO);
  }

  @Test
  void aBroadDenyOutsideANetworkTakesThePublicOut() {
    String json = """
        {"Statement": [
          {"Effect": "Allow", "Principal": "*", "Action": "es:ESHttp*"},
          {"Effect": "Deny", "Principal": {"AWS": "*"}, "Action": "es:*",
           "Condition": {"NotIpAddress": {"aws:SourceIp": ["198.51.100.0/24"]}}}]}""";

    assertThat(of(json).verdict()).isEqualTo(Tri.NO);
  }

  @Test
  void aDenyThatCoversFewerActionsLeavesThePublicIn() {
    String json = """
        {"Statement": [
          {"Effect": "Allow", "Principal": "*", "Action": "es:*"},
          {"Effect": "Deny", "Principal": "*", "Action": "es:ESHttpDelete",
           "Condition": {"NotIpAddress": {"aws:SourceIp": ["198.51.100.0/24"]}}}]}""";

    assertThat(of(json).verdict()).isEqualTo(Tri.YES);
  }

  @Test
  void invalidJsonIsUndecidedWithoutQuotingTheText() {
    PolicyAnalysis.PublicAccess access = of("{\"Statement\": [ {\"Effect\": \"Allow\", \"secret-ish\" ");

    assertThat(access.verdict()).isEqualTo(Tri.UNKNOWN);
    assertThat(access.reason()).startsWith("the policy cannot be read: not valid JSON (line 1").doesNotContain("secret-ish");
  }

  @Test
  void anUnknownDocumentIsUndecided() {
    PolicyAnalysis.PublicAccess access = PolicyAnalysis.publicAccess(
        PolicyDocument.of(new UnknownValue("data.aws_iam_policy_document.p.json is known only after apply", AT)));

    assertThat(access.verdict()).isEqualTo(Tri.UNKNOWN);
    assertThat(access.reason()).isEqualTo("data.aws_iam_policy_document.p.json is known only after apply");
  }

  @Test
  void mapPoliciesKeepPositionsAndUnknownParts() {
    YamlGraph g = YamlGraph.terraform("""
        Domain.a:
          AccessPolicies:
            Statement:
              - Effect: Allow
                Principal:
                  AWS: !unknown parameter Reader has no value
                Action: es:*
              - Effect: Allow
                Principal:
                  AWS: "*"
                Action: es:ESHttpGet
        Domain.b:
          AccessPolicies:
            Statement:
              - Effect: Allow
                Principal: "*"
                Action: es:*
                Condition:
                  IpAddress:
                    aws:SourceIp: !unknown var.office_cidr has no value
        """);
    MapValue a = (MapValue) g.node("Domain.a").config().get("AccessPolicies");
    MapValue b = (MapValue) g.node("Domain.b").config().get("AccessPolicies");

    PolicyAnalysis.PublicAccess publicA = PolicyAnalysis.publicAccess(PolicyDocument.of(a));
    assertThat(publicA.verdict()).isEqualTo(Tri.YES);
    assertThat(publicA.statements()).singleElement().satisfies(s -> {
      assertThat(s.describe()).isEqualTo("statement 2");
      assertThat(s.location().startLine()).isEqualTo(9);
    });
    PolicyAnalysis.PublicAccess publicB = PolicyAnalysis.publicAccess(PolicyDocument.of(b));
    assertThat(publicB.verdict()).isEqualTo(Tri.UNKNOWN);
    assertThat(publicB.reason()).isEqualTo("statement 1: a condition is not known: var.office_cidr has no value");
  }

  @Test
  void policyDocumentDataBlocksReadLikeJson() {
    YamlGraph g = YamlGraph.terraform("""
        data.aws_iam_policy_document.open:
          statement:
            - actions: ["es:*"]
              principals:
                - type: "*"
                  identifiers: ["*"]
        data.aws_iam_policy_document.aws_star:
          statement:
            - effect: Allow
              actions: ["es:*"]
              principals:
                - type: AWS
                  identifiers: ["*"]
        data.aws_iam_policy_document.office:
          statement:
            - actions: ["es:*"]
              principals:
                - type: AWS
                  identifiers: ["*"]
              condition:
                - test: IpAddress
                  variable: aws:SourceIp
                  values: ["198.51.100.0/24"]
        data.aws_iam_policy_document.merged:
          source_policy_documents: ["{}"]
        """);

    var open = PolicyAnalysis.publicAccess(PolicyDocument.fromPolicyDocumentBlocks(
        g.node("data.aws_iam_policy_document.open").config()));
    assertThat(open.verdict()).isEqualTo(Tri.YES);
    assertThat(open.statements().get(0).location().startLine()).isEqualTo(4);
    assertThat(PolicyAnalysis.publicAccess(PolicyDocument.fromPolicyDocumentBlocks(
        g.node("data.aws_iam_policy_document.aws_star").config())).verdict()).isEqualTo(Tri.YES);
    assertThat(PolicyAnalysis.publicAccess(PolicyDocument.fromPolicyDocumentBlocks(
        g.node("data.aws_iam_policy_document.office").config())).verdict()).isEqualTo(Tri.NO);
    assertThat(PolicyDocument.fromPolicyDocumentBlocks(g.node("data.aws_iam_policy_document.merged").config()))
        .isNull();
  }

  @Test
  void denyingInsecureTransportIsRecognised() {
    String deny = """
        {"Statement": [{"Effect": "Deny", "Principal": "*", "Action": "s3:*",
          "Resource": ["arn:aws:s3:::b", "arn:aws:s3:::b/*"],
          "Condition": {"Bool": {"aws:SecureTransport": %s}}}]}""";

    assertThat(tls(deny.formatted("\"false\""))).isEqualTo(Tri.YES);
    assertThat(tls(deny.formatted("false"))).isEqualTo(Tri.YES);
    assertThat(tls(deny.formatted("\"true\""))).isEqualTo(Tri.NO);
    assertThat(tls(deny.formatted("false").replace("\"s3:*\"", "\"s3:GetObject\""))).isEqualTo(Tri.NO);
    assertThat(tls(deny.formatted("false").replace("\"s3:*\"", "\"*\""))).isEqualTo(Tri.YES);
    assertThat(tls("{\"Statement\": [{\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"s3:GetObject\"}]}"))
        .isEqualTo(Tri.NO);
    assertThat(PolicyAnalysis.deniesInsecureTransport(PolicyDocument.of(new UnknownValue("later", AT)), "s3"))
        .isEqualTo(Tri.UNKNOWN);
  }

  private static Tri tls(String json) {
    return PolicyAnalysis.deniesInsecureTransport(PolicyDocument.of(new StringValue(json, AT)), "s3");
  }
}
