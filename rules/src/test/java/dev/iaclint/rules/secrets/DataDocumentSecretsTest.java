package dev.iaclint.rules.secrets;

import static dev.iaclint.rules.secrets.SecretsTesting.findings;
import static dev.iaclint.rules.secrets.SecretsTesting.textAt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.rule.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataDocumentSecretsTest {

  // ---- CloudFormation ----

  @Test
  void aLiteralMasterUserPasswordIsAHardcodedPassword() {
    List<SecretFinding> found = findings(SourceFormat.CLOUDFORMATION, "db.yaml", """
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              MasterUsername: admin
              MasterUserPassword: "Barbarbarbar1!"
        """);
    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(SecretRules.HARDCODED_PASSWORDS);
      assertThat(f.resource()).isEqualTo("Db");
      assertThat(f.attributePath()).isEqualTo("Properties.MasterUserPassword");
      assertThat(textAt(f)).isEqualTo("Barbarbarbar1!");
      assertThat(f.location().startLine()).isEqualTo(6);
      assertThat(f.message()).contains("MasterUserPassword").contains("****…(14 chars)");
    });
  }

  @Test
  void dynamicReferencesAndNoEchoParametersAreNotHardcoded() {
    assertThat(findings(SourceFormat.CLOUDFORMATION, "db.yaml", """
        Parameters:
          DbPassword:
            Type: String
            NoEcho: true
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              MasterUserPassword: "{{resolve:secretsmanager:prod/db:SecretString:password}}"
          Domain:
            Type: AWS::OpenSearchService::Domain
            Properties:
              AdvancedSecurityOptions:
                MasterUserOptions:
                  MasterUserPassword:
                    Ref: DbPassword
        """)).isEmpty();
  }

  @Test
  void aRefToAParameterThatIsNotNoEchoIsReportedWithoutRedactingAnything() {
    List<SecretFinding> found = findings(SourceFormat.CLOUDFORMATION, "db.yaml", """
        Parameters:
          DbPassword:
            Type: String
        Resources:
          Cluster:
            Type: AWS::DocDB::DBCluster
            Properties:
              MasterUserPassword:
                Ref: DbPassword
        """);
    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(SecretRules.HARDCODED_PASSWORDS);
      assertThat(f.resource()).isEqualTo("Cluster");
      assertThat(f.location().startLine()).isEqualTo(8);
      assertThat(f.message()).contains("not NoEcho");
      assertThat(f.redactions()).isEmpty();
    });
  }

  @Test
  void aLiteralDefaultOfAPasswordParameterIsReportedWhereItIsWritten() {
    List<SecretFinding> found = findings(SourceFormat.CLOUDFORMATION, "db.yaml", """
        Parameters:
          DbPassword:
            Type: String
            NoEcho: true
            Default: Pick5omethingBetter
        Resources:
          Db:
            Type: AWS::RDS::DBCluster
            Properties:
              MasterUserPassword: !Ref DbPassword
        """.replace("!Ref DbPassword", "{Ref: DbPassword}"));
    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(SecretRules.HARDCODED_PASSWORDS);
      assertThat(f.resource()).isEqualTo("DbPassword");
      assertThat(f.location().startLine()).isEqualTo(5);
      assertThat(textAt(f)).isEqualTo("Pick5omethingBetter");
      assertThat(f.message()).contains("NoEcho hides it in the console");
    });
  }

  @Test
  void secretsInUserDataBelongToTheUserDataRuleWhateverTheirKind() {
    String id = FakeSecrets.awsKeyId();
    String key = FakeSecrets.awsSecretKey();
    List<SecretFinding> found = findings(SourceFormat.CLOUDFORMATION, "ec2.yaml", """
        Resources:
          Web:
            Type: AWS::EC2::Instance
            Properties:
              UserData:
                Fn::Base64: |
                  #!/bin/bash
                  export AWS_ACCESS_KEY_ID=%s
                  export AWS_SECRET_ACCESS_KEY=%s
                  export AWS_DEFAULT_REGION=us-west-2
        """.formatted(id, key));
    assertThat(found).extracting(SecretFinding::ruleId)
        .containsExactly(SecretRules.USER_DATA, SecretRules.USER_DATA);
    assertThat(found).extracting(SecretsTesting::textAt).containsExactly(id, key);
    assertThat(found.get(0).location().startLine()).isEqualTo(8);
    assertThat(found.get(1).message()).contains("AWS secret access key").contains("user data");
  }

  @Test
  void base64UserDataIsDecodedAndTheWholeLiteralIsRedacted() {
    String script = "#!/bin/bash\nexport GITHUB_TOKEN=" + FakeSecrets.githubToken() + "\n";
    String b64 = FakeSecrets.b64(script);
    List<SecretFinding> found = findings(SourceFormat.CLOUDFORMATION, "lt.yaml", """
        Resources:
          Lt:
            Type: AWS::EC2::LaunchTemplate
            Properties:
              LaunchTemplateData:
                UserData: %s
        """.formatted(b64));
    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(SecretRules.USER_DATA);
      assertThat(textAt(f)).isEqualTo(b64);
      assertThat(f.message()).contains("GitHub token").contains("base64");
    });
  }

  @Test
  void aKnownTokenElsewhereInATemplateGoesToItsFormatsRule() {
    String hook = FakeSecrets.slackWebhook();
    List<SecretFinding> found = findings(SourceFormat.CLOUDFORMATION, "fn.yaml", """
        Resources:
          Notifier:
            Type: AWS::Lambda::Function
            Properties:
              Environment:
                Variables:
                  SLACK_URL: %s
                  LOG_LEVEL: info
        """.formatted(hook));
    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(SecretRules.SLACK);
      assertThat(f.resource()).isEqualTo("Notifier");
      assertThat(textAt(f)).isEqualTo(hook);
    });
  }

  // ---- Kubernetes ----

  @Test
  void eachCredentialOfACommittedSecretIsReported() {
    String pw = FakeSecrets.password();
    List<SecretFinding> found = findings(SourceFormat.KUBERNETES, "secret.yaml", """
        apiVersion: v1
        kind: Secret
        metadata:
          name: db
          namespace: prod
        data:
          username: %s
          password: %s
        stringData:
          api-token: "%s"
          empty: ""
        """.formatted(FakeSecrets.b64("admin"), FakeSecrets.b64(pw), FakeSecrets.githubToken()));
    assertThat(found).extracting(SecretFinding::ruleId)
        .containsOnly(SecretRules.KUBERNETES_PLAINTEXT);
    assertThat(found).extracting(SecretFinding::attributePath)
        .containsExactly("data.password", "stringData.api-token");
    assertThat(found).extracting(SecretFinding::resource).containsOnly("Secret/prod/db");
    assertThat(textAt(found.get(0))).isEqualTo(FakeSecrets.b64(pw));
    assertThat(found.get(1).message()).contains("GitHub token").contains("ghp_****");
  }

  @Test
  void aSecretHoldingAFileIsScannedForWhatIsInIt() {
    String key = FakeSecrets.privateKey();
    List<SecretFinding> found = findings(SourceFormat.KUBERNETES, "tls.yaml", """
        apiVersion: v1
        kind: Secret
        metadata:
          name: tls
        type: kubernetes.io/tls
        data:
          tls.crt: %s
          tls.key: %s
        stringData:
          pipeline.conf: |
            input { beats { port => 5044 } }
            output { elasticsearch { password => "${ES_PASSWORD}" } }
        """.formatted(FakeSecrets.b64("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n"),
            FakeSecrets.b64(key + "\n")));
    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.attributePath()).isEqualTo("data.tls.key");
      assertThat(f.message()).contains("private key");
    });
  }

  @Test
  void credentialsInContainerEnvAndConfigMapsAreReportedWhateverTheirStrength() {
    List<SecretFinding> found = findings(SourceFormat.KUBERNETES, "app.yaml", """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: app
        data:
          DB_PASSWORD: hunter22
          DB_HOST: db.internal
          TOKEN_URL: https://auth.internal/token
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: app
        spec:
          template:
            spec:
              containers:
                - name: app
                  env:
                    - name: ELASTIC_PASSWORD
                      value: changeme
                    - name: API_KEY
                      valueFrom:
                        secretKeyRef: {name: app, key: api-key}
                    - name: PASSWORD_FILE
                      value: /run/secrets/pw
                    - name: SECRET_TOKEN
                      value: $(TOKEN_FROM_SECRET)
        """);
    assertThat(found).extracting(SecretFinding::ruleId).containsOnly(SecretRules.KUBERNETES_PLAINTEXT);
    assertThat(found).extracting(SecretFinding::resource)
        .containsExactly("ConfigMap/app", "Deployment/app");
    assertThat(found).extracting(SecretsTesting::textAt).containsExactly("hunter22", "changeme");
    assertThat(found.get(1).message()).contains("ELASTIC_PASSWORD").contains("environment");
  }

  @Test
  void elasticsearchConfigInAnEckResourceChecksPasswordSettings() {
    List<SecretFinding> found = findings(SourceFormat.KUBERNETES, "es.yaml", """
        apiVersion: elasticsearch.k8s.elastic.co/v1
        kind: Elasticsearch
        metadata:
          name: logging
          namespace: observability
        spec:
          nodeSets:
            - name: default
              config:
                xpack.security.authc.realms.ldap.ldap1.bind_password: s3cretBind
                xpack.security.authc.realms.ldap.ldap1.bind_dn: cn=es,dc=example,dc=com
        """);
    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(SecretRules.HARDCODED_PASSWORDS);
      assertThat(f.resource()).isEqualTo("Elasticsearch/observability/logging");
      assertThat(f.message()).contains("secure_bind_password");
      assertThat(textAt(f)).isEqualTo("s3cretBind");
    });
  }

  // ---- docker-compose ----

  @Test
  void composeEnvironmentInMapAndListForm() {
    String pw = FakeSecrets.password();
    List<SecretFinding> found = findings(SourceFormat.DOCKER_COMPOSE, "docker-compose.yml", """
        services:
          elasticsearch:
            image: docker.elastic.co/elasticsearch/elasticsearch:8.15.0
            environment:
              ELASTIC_PASSWORD: ${ELASTIC_PASSWORD:-}
              discovery.type: single-node
              xpack.security.authc.realms.ldap.ldap1.bind_password: weakpass
          app:
            image: app
            environment:
              - DB_PASSWORD=%s
              - LOG_LEVEL=debug
              - API_TOKEN=changeme
        """.formatted(pw));
    assertThat(found).extracting(SecretFinding::ruleId)
        .containsExactly(SecretRules.HARDCODED_PASSWORDS, SecretRules.GENERIC);
    assertThat(found).extracting(SecretFinding::resource)
        .containsExactly("services.elasticsearch", "services.app");
    assertThat(found).extracting(SecretsTesting::textAt).containsExactly("weakpass", pw);
    assertThat(found.get(1).location().startLine()).isEqualTo(11);
  }

  // ---- elasticsearch.yml ----

  @Test
  void elasticsearchYmlPasswordSettingsNestedOrDotted() {
    List<SecretFinding> found = findings(SourceFormat.ELASTICSEARCH_CONFIG, "elasticsearch.yml", """
        cluster.name: logging
        xpack:
          security:
            authc.realms.ldap.ldap1:
              order: 0
              bind_password: "ldap-Bind-2024"
        xpack.security.http.ssl.keystore.password: ${KEYSTORE_PASSWORD}
        xpack.security.transport.ssl.keystore.password: kspass123
        """);
    assertThat(found).extracting(SecretFinding::resource).containsExactly(
        "xpack.security.authc.realms.ldap.ldap1.bind_password",
        "xpack.security.transport.ssl.keystore.password");
    assertThat(found).extracting(SecretFinding::ruleId).containsOnly(SecretRules.HARDCODED_PASSWORDS);
    assertThat(found.get(1).message()).contains("xpack.security.transport.ssl.keystore.secure_password");
  }

  // ---- everything else ----

  @Test
  void stripeTestKeysAreMediumAndPublishableKeysAreNothing() {
    String test = "sk" + "_test_" + FakeSecrets.random("abcdefghijkmnopqrstuvwxyzABCDEFGH0123456789", 24, 50);
    List<SecretFinding> found = findings(null, "config.json", """
        {"stripe": {"secret": "%s", "publishable": "%s"}}
        """.formatted(test, FakeSecrets.stripePublishable()));
    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(SecretRules.STRIPE_KEYS);
      assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
      assertThat(f.toFailure().severity()).isEqualTo(Severity.MEDIUM);
    });
  }

  @Test
  void harmlessValuesUnderSecretNamesAreNotReported() {
    assertThat(findings(null, "values.yaml", """
        password: changeme
        apiKey: <your-api-key>
        token: ${TOKEN}
        secret_arn: arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf
        client_secret: REPLACE_ME
        access_key: xxxxxxxxxxxxxxxxxxxx
        credentials: /etc/app/credentials.json
        security_group: sg-0123456789abcdef0
        image_id: ami-0abcdef1234567890
        request_id: 3f2504e0-4f89-11d3-9a0c-0305e82c3301
        etag: d41d8cd98f00b204e9800998ecf8427e
        ssh_key: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB9v8M1QWk7y3o2oRZ3m me@laptop
        """)).isEmpty();
  }

  @Test
  void everyKnownFormatIsFoundInAnyYamlFile() {
    String yaml = """
        a: %s
        b: %s
        c: %s
        d: %s
        e: %s
        f: %s
        g: %s
        """.formatted(FakeSecrets.awsKeyId(), FakeSecrets.githubToken(), FakeSecrets.stripeLive(),
        FakeSecrets.slackToken(), FakeSecrets.jwt(), FakeSecrets.googleApiKey(), FakeSecrets.npmToken());
    assertThat(findings(null, "x.yaml", yaml)).extracting(SecretFinding::ruleId).containsExactly(
        SecretRules.AWS_KEYS, SecretRules.GITHUB_TOKENS, SecretRules.STRIPE_KEYS, SecretRules.SLACK,
        SecretRules.JWT, SecretRules.KNOWN_TOKEN_FORMATS, SecretRules.KNOWN_TOKEN_FORMATS);
  }
}
