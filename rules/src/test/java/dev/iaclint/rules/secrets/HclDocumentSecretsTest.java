package dev.iaclint.rules.secrets;

import static dev.iaclint.rules.secrets.SecretsTesting.textAt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iaclint.core.graph.ResourceGraph;
import dev.iaclint.core.hcl.HclJsonLoader;
import dev.iaclint.core.hcl.HclParser;
import dev.iaclint.core.load.Document;
import dev.iaclint.core.load.HclDocument;
import dev.iaclint.core.rule.RuleContext;
import dev.iaclint.core.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The secrets of Terraform files, judged on their syntax tree where each literal is written. */
class HclDocumentSecretsTest {

  /** Path, text, path, text …: the files of one module directory; findings of all of them. */
  private static List<SecretFinding> scan(String... pathsAndTexts) {
    List<Document> docs = new ArrayList<>();
    for (int i = 0; i < pathsAndTexts.length; i += 2) {
      SourceFile file = SourceFile.of(pathsAndTexts[i], pathsAndTexts[i + 1]);
      docs.add(new HclDocument(file, file.displayPath().endsWith(".json")
          ? HclJsonLoader.load(file).file() : HclParser.parse(file).file()));
    }
    RuleContext context = new RuleContext(ResourceGraph.empty(), docs);
    List<SecretFinding> out = new ArrayList<>();
    for (Document d : docs) {
      for (SecretFinding f : SecretsAnalysis.all(d, context)) {
        assertThat(f.message()).as("message of %s", f).doesNotContain(f.value());
        assertThat(f.redactions()).as("redactions of %s", f).isNotEmpty();
        assertThat(f.toFailure().secretFingerprint()).doesNotContain(f.value());
        out.add(f);
      }
    }
    return out;
  }

  @Test
  void keysInAnAwsProviderBlockAreAwsKeysOnTheProvider() {
    String id = FakeSecrets.awsKeyId();
    String secret = FakeSecrets.awsSecretKey();
    List<SecretFinding> found = scan("main.tf", """
        provider "aws" {
          region     = "eu-west-1"
          access_key = "%s"
          secret_key = "%s"
        }
        """.formatted(id, secret));
    assertThat(found).hasSize(2).allSatisfy(f -> {
      assertThat(f.ruleId()).isEqualTo(SecretRules.AWS_KEYS);
      assertThat(f.resource()).isEqualTo("provider.aws");
    });
    assertThat(found.get(0).location().startLine()).isEqualTo(3);
    assertThat(textAt(found.get(0))).isEqualTo(id);
    assertThat(found.get(0).attributePath()).isEqualTo("access_key");
    assertThat(textAt(found.get(1))).isEqualTo(secret);
    assertThat(found.get(1).message()).contains("AWS secret access key").contains("(40 chars)");
  }

  @Test
  void anAliasedProviderIsNamedWithItsAlias() {
    List<SecretFinding> found = scan("main.tf", """
        provider "aws" {
          alias      = "west"
          access_key = "%s"
        }
        """.formatted(FakeSecrets.awsKeyId()));
    assertThat(found).singleElement().extracting(SecretFinding::resource).isEqualTo("provider.aws.west");
  }

  @Test
  void anyLiteralPasswordArgumentIsAHardcodedPasswordEvenAWeakOne() {
    List<SecretFinding> found = scan("main.tf", """
        resource "aws_db_instance" "main" {
          engine   = "postgres"
          username = "app"
          password = "changeme"
        }
        resource "aws_opensearch_domain" "logs" {
          advanced_security_options {
            master_user_options {
              master_user_password = "Barbarbarbar1!"
            }
          }
        }
        resource "aws_elasticache_replication_group" "r" {
          auth_token = sensitive("tokentokentoken16")
        }
        """);
    assertThat(found).extracting(SecretFinding::ruleId).containsOnly(SecretRules.HARDCODED_PASSWORDS);
    assertThat(found).extracting(SecretFinding::resource)
        .containsExactly("aws_db_instance.main", "aws_opensearch_domain.logs", "aws_elasticache_replication_group.r");
    assertThat(found).extracting(SecretsTesting::textAt)
        .containsExactly("changeme", "Barbarbarbar1!", "tokentokentoken16");
    assertThat(found.get(1).attributePath())
        .isEqualTo("advanced_security_options.master_user_options.master_user_password");
    assertThat(found.get(1).location().startLine()).isEqualTo(9);
    assertThat(found.get(1).location().startColumn()).isEqualTo(31);
  }

  @Test
  void referencesAreNeverValuesToJudge() {
    assertThat(scan("main.tf", """
        variable "db_password" {
          type      = string
          sensitive = true
        }
        data "aws_secretsmanager_secret_version" "db" {
          secret_id = "prod/db"
        }
        resource "random_password" "pw" {
          length = 24
        }
        resource "aws_db_instance" "a" {
          password = var.db_password
        }
        resource "aws_db_instance" "b" {
          password = random_password.pw.result
        }
        resource "aws_db_instance" "c" {
          password = jsondecode(data.aws_secretsmanager_secret_version.db.secret_string)["password"]
        }
        resource "aws_db_instance" "d" {
          password = "${local.pw}"
          manage_master_user_password = true
        }
        resource "aws_rds_cluster" "e" {
          master_password = aws_secretsmanager_secret_version.pw.secret_string
        }
        locals {
          pw = random_password.pw.result
        }
        """)).isEmpty();
  }

  @Test
  void aVariableDefaultThatFeedsAPasswordIsReportedOnTheDefault() {
    List<SecretFinding> found = scan("variables.tf", """
        variable "db_password" {
          type    = string
          default = "hunter2"
        }
        """, "main.tf", """
        resource "aws_db_instance" "main" {
          password = var.db_password
        }
        """);
    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(SecretRules.HARDCODED_PASSWORDS);
      assertThat(f.resource()).isEqualTo("var.db_password");
      assertThat(f.location().file().displayPath()).isEqualTo("variables.tf");
      assertThat(f.location().startLine()).isEqualTo(3);
      assertThat(textAt(f)).isEqualTo("hunter2");
      assertThat(f.message()).contains("'password' of aws_db_instance.main");
    });
  }

  @Test
  void aTfvarsValueThatFeedsAPasswordThroughALocalIsReportedInTheTfvarsFile() {
    List<SecretFinding> found = scan("main.tf", """
        variable "admin_pw" {}
        locals {
          master = var.admin_pw
        }
        resource "aws_rds_cluster" "c" {
          master_password = local.master
        }
        """, "terraform.tfvars", """
        region   = "eu-west-1"
        admin_pw = "letmein2024"
        """);
    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(SecretRules.HARDCODED_PASSWORDS);
      assertThat(f.resource()).isEqualTo("var.admin_pw");
      assertThat(f.location().file().displayPath()).isEqualTo("terraform.tfvars");
      assertThat(f.location().startLine()).isEqualTo(2);
      assertThat(textAt(f)).isEqualTo("letmein2024");
    });
  }

  @Test
  void aLocalThatFeedsAPasswordIsReportedWhereTheLocalIsDefined() {
    List<SecretFinding> found = scan("main.tf", """
        locals {
          db_pw = "S3cure-Pa55"
        }
        resource "aws_db_instance" "main" {
          password = local.db_pw
        }
        """);
    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(SecretRules.HARDCODED_PASSWORDS);
      assertThat(f.resource()).isEqualTo("local.db_pw");
      assertThat(f.location().startLine()).isEqualTo(2);
    });
  }

  @Test
  void aConditionOnAVariableDoesNotMakeItsValueAPassword() {
    assertThat(scan("main.tf", """
        variable "use_secret" {
          default = "yes"
        }
        resource "aws_db_instance" "main" {
          password = var.use_secret == "yes" ? random_password.p.result : null
        }
        """)).isEmpty();
  }

  @Test
  void userDataInAHeredocIsScannedAsUserData() {
    String secret = FakeSecrets.awsSecretKey();
    List<SecretFinding> found = scan("main.tf", """
        resource "aws_instance" "web" {
          ami       = "ami-0abcdef1234567890"
          user_data = <<-EOF
            #!/bin/bash
            export AWS_SECRET_ACCESS_KEY=%s
            export DB_HOST=${aws_db_instance.main.address}
          EOF
        }
        """.formatted(secret));
    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(SecretRules.USER_DATA);
      assertThat(f.resource()).isEqualTo("aws_instance.web");
      assertThat(f.location().startLine()).isEqualTo(5);
      assertThat(textAt(f)).isEqualTo(secret);
      assertThat(f.message()).contains("user data");
    });
  }

  @Test
  void base64UserDataIsDecodedAndTheWholeLiteralRedacted() {
    String script = "#!/bin/bash\nexport GITHUB_TOKEN=" + FakeSecrets.githubToken() + "\n";
    String encoded = FakeSecrets.b64(script);
    List<SecretFinding> found = scan("main.tf", """
        resource "aws_launch_template" "lt" {
          user_data = "%s"
        }
        """.formatted(encoded));
    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(SecretRules.USER_DATA);
      assertThat(f.resource()).isEqualTo("aws_launch_template.lt");
      assertThat(textAt(f)).isEqualTo("\"" + encoded + "\"");
      assertThat(f.message()).contains("base64");
    });
  }

  @Test
  void userDataPassedThroughBase64encodeIsStillUserData() {
    List<SecretFinding> found = scan("main.tf", """
        resource "aws_instance" "web" {
          user_data_base64 = base64encode("STRIPE_KEY=%s")
        }
        """.formatted(FakeSecrets.stripeLive()));
    assertThat(found).singleElement().extracting(SecretFinding::ruleId).isEqualTo(SecretRules.USER_DATA);
  }

  @Test
  void textAroundAnInterpolationIsScannedForTokensButIsNotAWholeValue() {
    String webhook = FakeSecrets.slackWebhook();
    List<SecretFinding> found = scan("main.tf", """
        resource "aws_lambda_function" "f" {
          environment {
            variables = {
              DATABASE_URL = "postgres://app:${var.db_password}@${aws_db_instance.main.address}/app"
              API_TOKEN    = "${var.prefix}Zq8xT4mLp2Vn7"
              NOTIFY       = "${var.channel} ${"%s"}"
            }
          }
        }
        """.formatted(webhook));
    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(SecretRules.SLACK);
      assertThat(textAt(f)).isEqualTo(webhook);
      assertThat(f.location().startLine()).isEqualTo(6);
    });
  }

  @Test
  void aRandomLiteralUnderASecretNameIsAGenericSecretWithItsPath() {
    String token = FakeSecrets.password();
    List<SecretFinding> found = scan("main.tf", """
        resource "aws_lambda_function" "f" {
          environment {
            variables = {
              API_TOKEN = "%s"
            }
          }
        }
        """.formatted(token));
    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(SecretRules.GENERIC);
      assertThat(f.resource()).isEqualTo("aws_lambda_function.f");
      assertThat(f.attributePath()).isEqualTo("environment.variables.API_TOKEN");
      assertThat(textAt(f)).isEqualTo(token);
    });
  }

  @Test
  void aVariableDefaultIsJudgedUnderTheVariablesName() {
    List<SecretFinding> found = scan("variables.tf", """
        variable "api_token" {
          default = "%s"
        }
        """.formatted(FakeSecrets.password()));
    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(SecretRules.GENERIC);
      assertThat(f.resource()).isEqualTo("var.api_token");
    });
  }

  @Test
  void outputsLocalsAndModulesAreNamedByTheirAddress() {
    List<SecretFinding> found = scan("main.tf", """
        output "hook" {
          value = "%s"
        }
        locals {
          npm = "%s"
        }
        module "db" {
          source   = "./db"
          password = "Module-Pa55word"
        }
        data "http" "x" {
          request_headers = { Authorization = "Bearer %s" }
        }
        """.formatted(FakeSecrets.slackWebhook(), FakeSecrets.npmToken(), FakeSecrets.jwt()));
    assertThat(found).extracting(SecretFinding::resource)
        .containsExactly("output.hook", "local.npm", "module.db", "data.http.x");
    assertThat(found).extracting(SecretFinding::ruleId).containsExactly(SecretRules.SLACK,
        SecretRules.KNOWN_TOKEN_FORMATS, SecretRules.HARDCODED_PASSWORDS, SecretRules.JWT);
  }

  @Test
  void lookalikesUnderSecretNamesAreNotSecrets() {
    assertThat(scan("main.tf", """
        resource "aws_db_instance" "main" {
          password = "<database-password>"
          master_user_secret_kms_key_id = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
        }
        resource "aws_lambda_function" "f" {
          environment {
            variables = {
              SECRET_ARN    = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-AbCdEf"
              API_TOKEN     = "REPLACE_ME"
              CLIENT_SECRET = "2b7e1516-28ae-4d2a-a6ab-f7158809cf4f"
              SECRET_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
              GROUP_SECRET  = "sg-0123456789abcdef0"
              IMAGE_TOKEN   = "ami-0abcdef1234567890"
              PASSWORD_FILE = "/run/secrets/db"
            }
          }
        }
        """)).isEmpty();
  }

  @Test
  void terraformJsonIsWalkedLikeNativeSyntax() {
    String id = FakeSecrets.awsKeyId();
    List<SecretFinding> found = scan("main.tf.json", """
        {
          "provider": {"aws": {"access_key": "%s"}},
          "resource": {
            "aws_opensearch_domain": {
              "logs": {
                "advanced_security_options": {
                  "master_user_options": {"master_user_password": "Barbarbarbar1!"}
                }
              }
            },
            "aws_db_instance": {"main": {"password": "${var.db_password}"}}
          }
        }
        """.formatted(id), "terraform.tfvars.json", """
        {"db_password": "Json-Pa55word"}
        """);
    assertThat(found).extracting(SecretFinding::resource)
        .containsExactly("provider.aws", "aws_opensearch_domain.logs", "var.db_password");
    assertThat(found).extracting(SecretFinding::ruleId).containsExactly(SecretRules.AWS_KEYS,
        SecretRules.HARDCODED_PASSWORDS, SecretRules.HARDCODED_PASSWORDS);
    assertThat(found.get(1).location().startLine()).isEqualTo(7);
    assertThat(textAt(found.get(1))).isEqualTo("Barbarbarbar1!");
    assertThat(textAt(found.get(2))).isEqualTo("Json-Pa55word");
  }

  @Test
  void aPrivateKeyInAHeredocIsOneFinding() {
    String pem = FakeSecrets.privateKey();
    List<SecretFinding> found = scan("main.tf", "resource \"tls_cert_request\" \"r\" {\n"
        + "  private_key_pem = <<EOT\n" + pem + "\nEOT\n}\n");
    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(SecretRules.PRIVATE_KEYS);
      assertThat(f.location().startLine()).isEqualTo(3);
      assertThat(f.location().endLine()).isEqualTo(10);
    });
  }
}
