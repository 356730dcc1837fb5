package dev.iaclint.core.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iaclint.core.source.SourceFile;
import dev.iaclint.core.source.SourceRange;
import dev.iaclint.core.value.MapValue;
import dev.iaclint.core.value.StringValue;
import dev.iaclint.core.value.UnknownValue;
import dev.iaclint.core.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SplitResourceLinkerTest {
  private final SourceFile file = SourceFile.of("main.tf", "x\n".repeat(20));
  private final SourceRange r = SourceRange.startOf(file);

  private Node tf(String type, String name, Map<String, Value> config, String scope) {
    return new Node("tf:" + scope + ":" + type + "." + name, NodeKind.RESOURCE, SourceFormat.TERRAFORM, type,
        type + "." + name, r, new MapValue(config, MapValue.Kind.BLOCK, r), Map.of(Node.SCOPE, scope));
  }

  private static Map<String, Value> attrs(Object... kv) {
    Map<String, Value> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], (Value) kv[i + 1]);
    }
    return m;
  }

  @Test
  void linksPartToWholeByReference() {
    Node bucket = tf("aws_s3_bucket", "logs", attrs(), "root");
    Node acl = tf("aws_s3_bucket_acl", "logs", attrs("bucket", new UnknownValue("known after apply", r)), "root");
    ResourceGraph.Builder b = ResourceGraph.builder().add(bucket).add(acl)
        .addEdge(new Edge(acl, bucket, EdgeKind.REFERENCE, "bucket", r));
    SplitResourceLinker.link(b);
    ResourceGraph g = b.build();
    assertThat(g.parts(bucket, "aws_s3_bucket_acl")).containsExactly(acl);
    assertThat(g.wholes(acl)).containsExactly(bucket);
  }

  @Test
  void referenceToAnotherAttributeOfThePartDoesNotLink() {
    Node bucket = tf("aws_s3_bucket", "logs", attrs(), "root");
    Node acl = tf("aws_s3_bucket_acl", "logs", attrs(), "root");
    ResourceGraph.Builder b = ResourceGraph.builder().add(bucket).add(acl)
        .addEdge(new Edge(acl, bucket, EdgeKind.REFERENCE, "expected_bucket_owner", r));
    SplitResourceLinker.link(b);
    assertThat(b.build().parts(bucket)).isEmpty();
  }

  @Test
  void fallsBackToMatchingLiteralNamesWithinOneScope() {
    Node bucket = tf("aws_s3_bucket", "logs", attrs("bucket", new StringValue("my-logs", r)), "root");
    Node other = tf("aws_s3_bucket", "other", attrs("bucket", new StringValue("my-logs", r)), "envs/prod");
    Node pab = tf("aws_s3_bucket_public_access_block", "logs",
        attrs("bucket", new StringValue("my-logs", r)), "root");
    ResourceGraph.Builder b = ResourceGraph.builder().add(bucket).add(other).add(pab);
    SplitResourceLinker.link(b);
    ResourceGraph g = b.build();
    assertThat(g.parts(bucket)).containsExactly(pab);
    assertThat(g.parts(other)).isEmpty();
  }

  @Test
  void differentLiteralNamesDoNotLink() {
    Node bucket = tf("aws_s3_bucket", "logs", attrs("bucket", new StringValue("my-logs", r)), "root");
    Node pab = tf("aws_s3_bucket_public_access_block", "x", attrs("bucket", new StringValue("other", r)), "root");
    ResourceGraph.Builder b = ResourceGraph.builder().add(bucket).add(pab);
    SplitResourceLinker.link(b);
    assertThat(b.build().parts(bucket)).isEmpty();
  }

  /** A value written at {@code text}'s first occurrence after {@code from} in {@code f}. */
  private static SourceRange at(SourceFile f, String text, int from) {
    int start = f.text().indexOf(text, from);
    int line = (int) f.text().substring(0, start).chars().filter(c -> c == '\n').count() + 1;
    int col = start - f.text().lastIndexOf('\n', start - 1);
    return new SourceRange(f, line, col, line, col + text.length(), start, start + text.length());
  }

  private static Node cfn(SourceFile f, String type, String id, Map<String, Value> config) {
    SourceRange whole = SourceRange.startOf(f);
    return new Node("cfn:" + id, NodeKind.RESOURCE, SourceFormat.CLOUDFORMATION, type, id, whole,
        new MapValue(config, MapValue.Kind.BLOCK, whole), Map.of(Node.SCOPE, f.displayPath()));
  }

  @Test
  void anUnknownNameWrittenAsTheSameExpressionInOneTemplateLinks() {
    SourceFile t = SourceFile.of("t.yaml", """
        Logs: {BucketName: !Sub "${AppName}-logs-${AWS::AccountId}"}
        Other: {BucketName: !Sub "${AppName}-other-${AWS::AccountId}"}
        Policy: {Bucket: !Sub "${AppName}-logs-${AWS::AccountId}"}
        """);
    String logs = "!Sub \"${AppName}-logs-${AWS::AccountId}\"";
    Node bucket = cfn(t, "AWS::S3::Bucket", "Logs",
        attrs("BucketName", new UnknownValue("AWS::AccountId is known at deploy time", at(t, logs, 0))));
    Node other = cfn(t, "AWS::S3::Bucket", "Other", attrs("BucketName",
        new UnknownValue("AWS::AccountId is known at deploy time", at(t, "!Sub \"${AppName}-other-", 0))));
    Node policy = cfn(t, "AWS::S3::BucketPolicy", "Policy",
        attrs("Bucket", new UnknownValue("AWS::AccountId is known at deploy time", at(t, logs, 70))));
    ResourceGraph.Builder b = ResourceGraph.builder().add(bucket).add(other).add(policy);
    SplitResourceLinker.link(b);
    ResourceGraph g = b.build();
    assertThat(g.parts(bucket)).containsExactly(policy);
    assertThat(g.parts(other)).isEmpty();
  }

  @Test
  void linksAzureNetworkRulesWrittenWithTheAccountNameOfAzurerm2() {
    Node account = tf("azurerm_storage_account", "logs", attrs("name", new StringValue("acmelogs", r)), "root");
    Node rules = tf("azurerm_storage_account_network_rules", "logs",
        attrs("storage_account_name", new StringValue("acmelogs", r)), "root");
    ResourceGraph.Builder b = ResourceGraph.builder().add(account).add(rules);
    SplitResourceLinker.link(b);
    assertThat(b.build().parts(account, "azurerm_storage_account_network_rules")).containsExactly(rules);
  }

  @Test
  void linksEveryKindOfCloudStorageAclToItsBucket() {
    Node bucket = tf("google_storage_bucket", "site", attrs("name", new StringValue("acme-site", r)), "root");
    ResourceGraph.Builder b = ResourceGraph.builder().add(bucket);
    List<Node> acls = new ArrayList<>();
    for (String type : List.of("google_storage_bucket_acl", "google_storage_default_object_acl",
        "google_storage_object_acl", "google_storage_object_access_control")) {
      Node acl = tf(type, "site", attrs("bucket", new UnknownValue("known after apply", r)), "root");
      acls.add(acl);
      b.add(acl).addEdge(new Edge(acl, bucket, EdgeKind.REFERENCE, "bucket", r));
    }
    SplitResourceLinker.link(b);
    assertThat(b.build().parts(bucket)).containsExactlyInAnyOrderElementsOf(acls);
  }
}
