package dev.iaclint.core.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretValuesTest {

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "changeme", "CHANGE_ME", "REPLACE_ME", "<password>",
      "<your-api-key>", "example", "my-example-token", "xxxxxxxx", "XXXX-XXXX", "********",
      "dummy", "test", "password", "Password", "secret", "aaaaaaaaaaaa", "12345678", "abcdefgh",
      "qwertyuiop", "your_token_here", "TODO", "redacted"})
  void placeholders(String value) {
    assertThat(SecretValues.isPlaceholder(value)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Xk9#mQ2$vL7p", "hunter22", "PickSomethingMoreSecure123!"})
  void realLookingValuesAreNotPlaceholders(String value) {
    assertThat(SecretValues.isPlaceholder(value)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"${DB_PASSWORD}", "${DB_PASSWORD:-}", "{{ .Values.password }}",
      "{{resolve:secretsmanager:prod/db:SecretString:password}}", "$(cat /run/secrets/pw)",
      "$DB_PASSWORD", "var.db_password", "random_password.db.result",
      "aws_secretsmanager_secret_version.db.secret_string", "#{octopus_var}", "%DB_PASSWORD%"})
  void references(String value) {
    assertThat(SecretValues.isReference(value)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"3f2504e0-4f89-11d3-9a0c-0305e82c3301", "sg-0123456789abcdef0",
      "ami-0abcdef1234567890", "vpc-1a2b3c4d", "subnet-0bb1c79de3a5b6c7d",
      "arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf",
      "/var/run/secrets/kubernetes.io/serviceaccount/token", "db.example.internal",
      "ops@example.com", "1.2.3", "3600", "https://vault.internal:8200/v1/secret",
      "use the value from the vault", "rds.password.prod"})
  void harmlessShapes(String value) {
    assertThat(SecretValues.isNonSecretShape(value)).isTrue();
  }

  @Test
  void sshPublicKeysAndCertificatesAreHarmless() {
    String body = FakeSecrets.random("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 200, 4);
    assertThat(SecretValues.isNonSecretShape("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5" + body + " me@laptop"))
        .isTrue();
    assertThat(SecretValues.isNonSecretShape("-----BEGIN CERTIFICATE-----\n" + body)).isTrue();
  }

  @Test
  void aUrlWithAPasswordIsNotHarmless() {
    assertThat(SecretValues.isNonSecretShape("https://admin:" + FakeSecrets.password().replace("#", "q")
        .replace("%", "r") + "@es.internal:9200")).isFalse();
  }

  @Test
  void randomValuesLookRandomAndWordsDoNot() {
    assertThat(SecretValues.looksRandom(FakeSecrets.password())).isTrue();
    assertThat(SecretValues.looksRandom(FakeSecrets.hex(32, 9))).isTrue();
    assertThat(SecretValues.looksRandom("aaaabbbb")).isFalse();
    assertThat(SecretValues.looksRandom("Barbarbarbar1!")).isFalse();
    assertThat(SecretValues.looksRandom("short")).isFalse();
    assertThat(SecretValues.looksRandom("deadbeef")).isFalse();
    // Enum values and identifiers made of words (corpus: access_key_status = "Inactive").
    assertThat(SecretValues.looksRandom("Inactive")).isFalse();
    assertThat(SecretValues.looksRandom("roles/editor")).isFalse();
    assertThat(SecretValues.looksRandom("kube-system.svc")).isFalse();
    assertThat(SecretValues.looksRandom("kxqzvbtwmnprhgfdslcjywuv")).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Sup3rS3cretPassw0rd", "q8zr2lmx7vtp4kwn9sbd", "Tr0ub4dor&3"})
  void strayTokensThatMayBeSecretsAreNotToBeQuoted(String token) {
    assertThat(SecretValues.mayBeSecret(token)).isTrue();
    assertThat(SecretValues.mayBeSecret(FakeSecrets.awsKeyId())).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"resource", "aws_db_instance", "encrypted", "true", "t3.micro", "ec2", "}"})
  void namesKeywordsAndShortWordsMayBeQuoted(String token) {
    assertThat(SecretValues.mayBeSecret(token)).isFalse();
  }
}
