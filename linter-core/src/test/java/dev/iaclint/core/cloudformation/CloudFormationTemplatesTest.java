package dev.iaclint.core.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iaclint.core.diag.Diagnostic;
import dev.iaclint.core.graph.EdgeKind;
import dev.iaclint.core.graph.Node;
import dev.iaclint.core.graph.NodeKind;
import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.load.DataFiles;
import dev.iaclint.core.scan.ScanRequest;
import dev.iaclint.core.source.SourceFile;
import dev.iaclint.core.source.SourceRange;
import dev.iaclint.core.value.BoolValue;
import dev.iaclint.core.value.ListValue;
import dev.iaclint.core.value.MapValue;
import dev.iaclint.core.value.NumberValue;
import dev.iaclint.core.value.Origin;
import dev.iaclint.core.value.StringValue;
import dev.iaclint.core.value.UnknownValue;
import dev.iaclint.core.value.Value;
import dev.iaclint.core.yaml.Values;
import java.util.List;
import org.junit.jupiter.api.Test;

class CloudFormationTemplatesTest {

  private static String at(SourceRange r) {
    return r.startLine() + ":" + r.startColumn() + "-" + r.endLine() + ":" + r.endColumn();
  }

  private static Value prop(DataFiles d, String resource, String... path) {
    return Values.at(d.node(resource).config(), path);
  }

  private static String text(Value v) {
    return Values.scalarText(v);
  }

  @Test
  void resourcesBecomeNodesWithEvaluatedPropertiesAndExactRanges() {
    DataFiles d = DataFiles.of("stack/logs.yaml", """
        AWSTemplateFormatVersion: '2010-09-09'
        Resources:
          LogsDomain:
            Type: AWS::OpenSearchService::Domain
            Properties:
              EncryptionAtRestOptions:
                Enabled: false
              DomainName: logs
        """);
    assertThat(d.diagnostics()).isEmpty();
    Node n = d.node("LogsDomain");
    assertThat(n.kind()).isEqualTo(NodeKind.RESOURCE);
    assertThat(n.format()).isEqualTo(SourceFormat.CLOUDFORMATION);
    assertThat(n.type()).isEqualTo("AWS::OpenSearchService::Domain");
    assertThat(at(n.range())).isEqualTo("3:3-8:23");
    assertThat(n.property(Node.SCOPE)).isEqualTo("stack/logs.yaml");
    assertThat(n.config().kind()).isEqualTo(MapValue.Kind.BLOCK);
    MapValue encryption = (MapValue) n.config().get("EncryptionAtRestOptions");
    assertThat(at(n.config().memberRange("EncryptionAtRestOptions"))).isEqualTo("6:7-7:23");
    assertThat(at(encryption.memberRange("Enabled"))).isEqualTo("7:9-7:23");
    assertThat(((BoolValue) encryption.get("Enabled")).value()).isFalse();
    assertThat(at(encryption.get("Enabled").range())).isEqualTo("7:18-7:23");
    assertThat(d.document().format()).isEqualTo(SourceFormat.CLOUDFORMATION);
    assertThat(d.context.isClaimed(d.document().file())).isTrue();
  }

  @Test
  void jsonTemplatesWithAnyExtensionAreRecognisedByContent() {
    DataFiles d = DataFiles.of("vpc.template", """
        {
          "Resources": {
            "Sg": {"Type": "AWS::EC2::SecurityGroup",
                   "Properties": {"GroupDescription": "web", "VpcId": {"Ref": "AWS::NoValue"}}}
          }
        }
        """);
    Node sg = d.node("Sg");
    assertThat(sg.type()).isEqualTo("AWS::EC2::SecurityGroup");
    assertThat(sg.config().keys()).containsExactly("GroupDescription");
    assertThat(at(sg.config().memberRange("GroupDescription"))).isEqualTo("4:27-4:52");
    assertThat(at(sg.range())).startsWith("3:5-4:");
    assertThat(sg.range().endColumn()).isEqualTo(sg.file().line(4).length() + 1);
  }

  @Test
  void shortFormsBecomeTheLongFormInTheDocument() {
    DataFiles d = DataFiles.of("t.yaml", """
        Resources:
          B:
            Type: AWS::S3::Bucket
            Properties:
              A: !Ref X
              B: !GetAtt Db.Endpoint.Address
              C: !GetAtt [Db, Arn]
              D: !Sub '${X}-a'
              E: !Sub ['${Y}', {Y: !Ref X}]
              F: !Join [',', [a, !Ref X]]
              G: !If [Cond, a, b]
              H: !Select [0, !Split [',', !ImportValue exported]]
              I: !FindInMap [M, k, v]
              J: !Base64 hi
              K: !Cidr [10.0.0.0/16, 2, 8]
              L: !GetAZs ''
              N: !Transform {Name: Macro}
              O: !Length [1]
              P: !ToJsonString {a: 1}
        Conditions:
          Cond: !And [!Equals [a, a], !Not [!Condition Other], !Or [!Condition Other, !Equals [b, b]]]
          Other: !Equals [x, y]
        """);
    MapValue props = (MapValue) Values.at(d.document().roots().get(0), "Resources", "B", "Properties");
    assertThat(((MapValue) props.get("A")).keys()).containsExactly("Ref");
    assertThat(Values.elements(Values.at(props, "B", "Fn::GetAtt")).stream().map(Values::string))
        .containsExactly("Db", "Endpoint.Address");
    assertThat(Values.elements(Values.at(props, "C", "Fn::GetAtt"))).hasSize(2);
    assertThat(Values.string(Values.at(props, "D", "Fn::Sub"))).isEqualTo("${X}-a");
    assertThat(Values.at(props, "E", "Fn::Sub")).isInstanceOf(ListValue.class);
    List<String> functions = props.keys().stream().skip(5)
        .map(k -> ((MapValue) props.get(k)).keys().iterator().next()).toList();
    assertThat(functions).containsExactly("Fn::Join", "Fn::If", "Fn::Select", "Fn::FindInMap", "Fn::Base64",
        "Fn::Cidr", "Fn::GetAZs", "Fn::Transform", "Fn::Length", "Fn::ToJsonString");
    MapValue cond = (MapValue) Values.at(d.document().roots().get(0), "Conditions", "Cond");
    assertThat(cond.keys()).containsExactly("Fn::And");
    assertThat(Values.elements(cond.get("Fn::And")).stream().map(v -> ((MapValue) v).keys().iterator().next()))
        .containsExactly("Fn::Equals", "Fn::Not", "Fn::Or");
    assertThat(at(props.get("A").range())).isEqualTo("5:10-5:16");
  }

  @Test
  void intrinsicsAreEvaluatedWithParametersMappingsAndConditions() {
    DataFiles d = DataFiles.of("t.yaml", """
        Parameters:
          Env: {Type: String, Default: prod}
          Cidrs: {Type: CommaDelimitedList, Default: '10.0.0.0/8, 192.168.0.0/16'}
          Size: {Type: Number, Default: '3'}
        Mappings:
          Sizes:
            prod: {Instance: m5.large}
        Conditions:
          IsProd: !Equals [!Ref Env, prod]
          IsDev: !Not [!Condition IsProd]
        Resources:
          R:
            Type: AWS::Test::Thing
            Properties:
              Sub: !Sub 'logs-${Env}-${!Literal}'
              SubVars: !Sub ['${A}/${Env}', {A: x}]
              Join: !Join ['-', [a, !Ref Env, 1]]
              Select: !Select [1, !Ref Cidrs]
              Split: !Split [',', 'a,b,c']
              Find: !FindInMap [Sizes, !Ref Env, Instance]
              If: !If [IsProd, on-prod, on-dev]
              Dev: !If [IsDev, yes, !Ref AWS::NoValue]
              Number: !Ref Size
              Base64: !Base64 hi
              Cidr: !Cidr [10.0.0.0/16, 2, 8]
              Length: !Length [a, b]
              Json: !ToJsonString {a: [1, true]}
              Region: !Ref AWS::Region
              Azs: !GetAZs ''
              Import: !ImportValue shared-vpc
        """);
    assertThat(d.diagnostics()).isEmpty();
    assertThat(text(prop(d, "R", "Sub"))).isEqualTo("logs-prod-${Literal}");
    assertThat(text(prop(d, "R", "SubVars"))).isEqualTo("x/prod");
    assertThat(text(prop(d, "R", "Join"))).isEqualTo("a-prod-1");
    assertThat(text(prop(d, "R", "Select"))).isEqualTo("192.168.0.0/16");
    assertThat(Values.elements(prop(d, "R", "Split")).stream().map(Values::string)).containsExactly("a", "b", "c");
    assertThat(text(prop(d, "R", "Find"))).isEqualTo("m5.large");
    assertThat(text(prop(d, "R", "If"))).isEqualTo("on-prod");
    assertThat(d.node("R").config().has("Dev")).isFalse();
    assertThat(((NumberValue) prop(d, "R", "Number")).value()).isEqualByComparingTo("3");
    assertThat(text(prop(d, "R", "Base64"))).isEqualTo("aGk=");
    assertThat(Values.elements(prop(d, "R", "Cidr")).stream().map(Values::string))
        .containsExactly("10.0.0.0/24", "10.0.1.0/24");
    assertThat(text(prop(d, "R", "Length"))).isEqualTo("2");
    assertThat(text(prop(d, "R", "Json"))).isEqualTo("{\"a\":[1,true]}");
    assertThat(((UnknownValue) prop(d, "R", "Region")).reason()).contains("AWS::Region").contains("deploy time");
    assertThat(prop(d, "R", "Azs")).isInstanceOf(UnknownValue.class);
    assertThat(((UnknownValue) prop(d, "R", "Import")).reason()).contains("another stack");
  }

  @Test
  void aRefToAResourceIsPresentThoughItsPhysicalIdIsUnknown() {
    DataFiles d = DataFiles.of("t.yaml", """
        Resources:
          Main:
            Type: AWS::RDS::DBInstance
          Replica:
            Type: AWS::RDS::DBInstance
            Properties:
              SourceDBInstanceIdentifier: !Ref Main
              Region: !Ref AWS::Region
        """);
    assertThat(((UnknownValue) prop(d, "Replica", "SourceDBInstanceIdentifier")).present()).isTrue();
    assertThat(((UnknownValue) prop(d, "Replica", "Region")).present()).isFalse();
  }

  @Test
  void aSubWithAnUnknownVariableKeepsItsKnownTextAroundAHole() {
    DataFiles d = DataFiles.of("t.yaml", """
        Resources:
          Policy:
            Type: AWS::S3::BucketPolicy
            Properties:
              Principal: !Sub "arn:aws:iam::${AWS::AccountId}:root"
        """);
    assertThat(prop(d, "Policy", "Principal")).isInstanceOfSatisfying(UnknownValue.class, u -> {
      assertThat(u.reason()).contains("AWS::AccountId");
      assertThat(u.partialText()).isEqualTo("arn:aws:iam::" + UnknownValue.HOLE + ":root");
    });
  }

  @Test
  void theArnOfAResourceOfTheTemplateIsPresentOtherAttributesAreNot() {
    DataFiles d = DataFiles.of("t.yaml", """
        Resources:
          Key:
            Type: AWS::KMS::Key
          Domain:
            Type: AWS::OpenSearchService::Domain
            Properties:
              KmsKeyId: !GetAtt Key.Arn
              KeyId: !GetAtt [Key, KeyId]
        """);
    assertThat(((UnknownValue) prop(d, "Domain", "KmsKeyId")).present()).isTrue();
    assertThat(((UnknownValue) prop(d, "Domain", "KeyId")).present()).isFalse();
  }

  @Test
  void parameterValuesNameWhereTheyWereSet() {
    String template = """
        Parameters:
          Encrypt:
            Type: String
            Default: 'false'
        Resources:
          D:
            Type: AWS::OpenSearchService::Domain
            Properties:
              EncryptionAtRestOptions: {Enabled: !Ref Encrypt}
        """;
    DataFiles byDefault = DataFiles.of("t.yaml", template);
    Value enabled = prop(byDefault, "D", "EncryptionAtRestOptions", "Enabled");
    assertThat(text(enabled)).isEqualTo("false");
    assertThat(at(enabled.range())).isEqualTo("4:14-4:21");
    Origin.Step step = enabled.origin().source();
    assertThat(step.kind()).isEqualTo(Origin.Kind.PARAMETER_DEFAULT);
    assertThat(step.name()).isEqualTo("Encrypt");
    assertThat(at(step.range())).isEqualTo("4:5-4:21");
    MapValue options = (MapValue) byDefault.node("D").config().get("EncryptionAtRestOptions");
    assertThat(at(options.memberRange("Enabled"))).isEqualTo("9:33-9:54");

    DataFiles overridden = DataFiles.load(ScanRequest.builder().cloudFormationParameter("Encrypt", "true").build(),
        SourceFile.of("t.yaml", template));
    Value set = prop(overridden, "D", "EncryptionAtRestOptions", "Enabled");
    assertThat(text(set)).isEqualTo("true");
    assertThat(set.origin().source().kind()).isEqualTo(Origin.Kind.PARAMETER_OVERRIDE);
    assertThat(set.origin().source().range().file().displayPath()).isEqualTo("<--cfn-param Encrypt>");
  }

  @Test
  void undecidableValuesAreUnknownWithTheirReason() {
    DataFiles d = DataFiles.of("t.yaml", """
        Parameters:
          Env: {Type: String}
          Password: {Type: String, NoEcho: true, Default: hunter2}
        Conditions:
          IsProd: !Equals [!Ref Env, prod]
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              MasterUserPassword: !Ref Password
              Other: '{{resolve:secretsmanager:prod/db:SecretString:password}}'
              Ssm: !Sub '{{resolve:ssm-secure:/db/pw:1}}'
              Encrypted: !If [IsProd, true, false]
              Same: !If [IsProd, x, x]
              Name: !Ref Env
        """);
    assertThat(((UnknownValue) prop(d, "Db", "MasterUserPassword")).reason())
        .isEqualTo("parameter 'Password' is NoEcho: a secret supplied at deploy time");
    assertThat(((UnknownValue) prop(d, "Db", "Other")).reason())
        .isEqualTo("resolved from AWS Secrets Manager ({{resolve:secretsmanager:…}}) at deploy time");
    assertThat(((UnknownValue) prop(d, "Db", "Ssm")).reason()).contains("SSM SecureString");
    assertThat(((UnknownValue) prop(d, "Db", "Encrypted")).reason())
        .isEqualTo("depends on condition 'IsProd', which cannot be decided: "
            + "parameter 'Env' has no Default; pass --cfn-param Env=VALUE");
    assertThat(text(prop(d, "Db", "Same"))).isEqualTo("x");
    assertThat(prop(d, "Db", "Name")).isInstanceOf(UnknownValue.class);
    assertThat(d.node("Db").config().toString()).doesNotContain("hunter2");
  }

  @Test
  void resourcesWhoseConditionIsFalseAreNotInTheGraph() {
    DataFiles d = DataFiles.of("t.yaml", """
        Parameters:
          CreateBucket: {Type: String, Default: 'no'}
          Env: {Type: String}
        Conditions:
          Create: !Equals [!Ref CreateBucket, 'yes']
          Maybe: !Equals [!Ref Env, prod]
        Resources:
          Bucket:
            Type: AWS::S3::Bucket
            Condition: Create
          Other:
            Type: AWS::S3::Bucket
            Condition: Maybe
          Policy:
            Type: AWS::S3::BucketPolicy
            Properties:
              Bucket: !Ref Bucket
        """);
    assertThat(d.graph.nodes()).map(Node::address).doesNotContain("Bucket").contains("Other", "Policy");
    assertThat(d.node("Other").property(CloudFormationTemplates.CONDITION)).isEqualTo("Maybe");
    assertThat(((UnknownValue) prop(d, "Policy", "Bucket")).reason()).contains("is not created");
  }

  @Test
  void referencesAndDependsOnAreEdgesNamingThePropertyPath() {
    DataFiles d = DataFiles.of("t.yaml", """
        Parameters:
          Vpc: {Type: String, Default: vpc-1}
        Resources:
          Sg:
            Type: AWS::EC2::SecurityGroup
            Properties:
              VpcId: !Ref Vpc
          Domain:
            Type: AWS::OpenSearchService::Domain
            DependsOn: [Sg]
            Properties:
              VPCOptions:
                SecurityGroupIds: [!GetAtt Sg.GroupId]
              Endpoint: !Sub 'https://${Sg}/${Sg.GroupId}'
        Outputs:
          Arn:
            Value: !GetAtt Domain.Arn
        """);
    Node domain = d.node("Domain");
    assertThat(d.edges(domain, EdgeKind.REFERENCE))
        .containsExactly("VPCOptions.SecurityGroupIds -> Sg", "Endpoint -> Sg");
    assertThat(d.edges(domain, EdgeKind.DEPENDS_ON)).containsExactly(" -> Sg");
    assertThat(d.edges(d.node("Sg"), EdgeKind.REFERENCE)).containsExactly("VpcId -> Vpc");
    assertThat(d.node("Vpc").kind()).isEqualTo(NodeKind.VARIABLE);
    Node output = d.node("Arn");
    assertThat(output.kind()).isEqualTo(NodeKind.OUTPUT);
    assertThat(d.edges(output, EdgeKind.REFERENCE)).containsExactly("Value -> Domain");
    assertThat(d.graph.outgoing(domain).get(0).range().startLine()).isEqualTo(13);
  }

  @Test
  void splitResourcesAreLinkedToWhatTheyConfigure() {
    DataFiles d = DataFiles.of("t.yaml", """
        Resources:
          Sg:
            Type: AWS::EC2::SecurityGroup
            Properties: {GroupDescription: x}
          Ingress:
            Type: AWS::EC2::SecurityGroupIngress
            Properties: {GroupId: !GetAtt Sg.GroupId, CidrIp: 0.0.0.0/0, IpProtocol: tcp, FromPort: 9200, ToPort: 9200}
          Acl:
            Type: AWS::EC2::NetworkAcl
            Properties: {VpcId: vpc-1}
          Entry:
            Type: AWS::EC2::NetworkAclEntry
            Properties: {NetworkAclId: !Ref Acl, RuleNumber: 100, Protocol: -1, RuleAction: allow, CidrBlock: 0.0.0.0/0}
          Bucket:
            Type: AWS::S3::Bucket
            Properties: {BucketName: my-logs}
          ByRef:
            Type: AWS::S3::BucketPolicy
            Properties: {Bucket: !Ref Bucket, PolicyDocument: {}}
          ByName:
            Type: AWS::S3::BucketPolicy
            Properties: {Bucket: my-logs, PolicyDocument: {}}
        """);
    assertThat(d.graph.parts(d.node("Sg"))).map(Node::address).containsExactly("Ingress");
    assertThat(d.graph.parts(d.node("Acl"))).map(Node::address).containsExactly("Entry");
    assertThat(d.graph.parts(d.node("Bucket"))).map(Node::address).containsExactly("ByRef", "ByName");
  }

  @Test
  void malformedTemplatesGetDiagnosticsNotExceptions() {
    DataFiles d = DataFiles.of("t.yaml", """
        AWSTemplateFormatVersion: '2010-09-09'
        Resources:
          NoType:
            Properties: {}
          NotAMap: 3
          Good:
            Type: AWS::S3::Bucket
            Properties: [1]
            DependsOn: Missing
        """);
    assertThat(d.diagnostics()).map(Diagnostic::format).containsExactly(
        "t.yaml:3:3: resource 'NoType' has no Type",
        "t.yaml:5:3: resource 'NotAMap' must be a mapping with a Type",
        "t.yaml:8:5: Properties of 'Good' must be a mapping",
        "t.yaml:9:16: DependsOn of 'Good' must name resources of this template; 'Missing' is not one");
    assertThat(d.diagnostics().subList(0, 3)).allMatch(Diagnostic::isError);
    assertThat(d.node("Good").config().keys()).isEmpty();

    DataFiles notAMap = DataFiles.of("u.yaml", "AWSTemplateFormatVersion: '2010-09-09'\nResources: [a]\n");
    assertThat(notAMap.errors()).map(Diagnostic::format)
        .containsExactly("u.yaml:2:1: Resources must be a mapping of logical IDs to resources");
  }

  @Test
  void samTemplatesAreCloudFormation() {
    DataFiles d = DataFiles.of("template.yml", """
        Transform: AWS::Serverless-2016-10-31
        Resources:
          Fn:
            Type: AWS::Serverless::Function
            Properties: {Runtime: python3.12}
        """);
    assertThat(d.node("Fn").type()).isEqualTo("AWS::Serverless::Function");
  }

  @Test
  void resourceMetadataStaysInTheDocumentForSuppressions() {
    DataFiles d = DataFiles.of("t.yaml", """
        Resources:
          B:
            Type: AWS::S3::Bucket
            Metadata:
              iaclint:
                ignore: [{id: IAC-AWS-S3-002, reason: public website}]
        """);
    Value ignore = Values.at(d.document().roots().get(0), "Resources", d.node("B").address(), "Metadata",
        "iaclint", "ignore");
    assertThat(Values.stringAt(Values.elements(ignore).get(0), "reason")).isEqualTo("public website");
    assertThat(d.node("B").config().keys()).isEmpty();
  }

  @Test
  void referencesToUndefinedNamesAreWarnings() {
    DataFiles d = DataFiles.of("t.yaml", """
        Resources:
          B:
            Type: AWS::S3::Bucket
            Properties: {BucketName: !Ref Nope, Arn: !GetAtt Gone.Arn}
        """);
    assertThat(d.diagnostics()).map(Diagnostic::format).containsExactly(
        "t.yaml:4:30: Ref to 'Nope', which is not a parameter, resource or pseudo parameter of this template",
        "t.yaml:4:46: Fn::GetAtt must name a resource of this template; 'Gone' is not one");
    assertThat(prop(d, "B", "BucketName")).isInstanceOf(UnknownValue.class);
    assertThat(((StringValue) Values.at(d.document().roots().get(0), "Resources", "B", "Type")).value())
        .isEqualTo("AWS::S3::Bucket");
  }
}
