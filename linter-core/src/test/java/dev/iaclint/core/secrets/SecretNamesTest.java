package dev.iaclint.core.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretNamesTest {

  @ParameterizedTest
  @ValueSource(strings = {"password", "master_user_password", "MasterUserPassword",
      "MYSQL_ROOT_PASSWORD", "db_pass", "api_key", "apiKey", "APIKEY", "x-api-key", "client_secret",
      "auth_token", "GITHUB_TOKEN", "aws_secret_access_key", "AWS_SECRET_ACCESS_KEY", "secret_key",
      "private_key", "credentials", "bind_password", "passwords", "SECRET_KEY_BASE", "access_key",
      "SecretString", "auth", "storage_account_key", "bearer", "connection_string", "ConnectionString",
      "private-key", "pass_phrase"})
  void secretLikeNames(String name) {
    assertThat(SecretNames.isSecretName(name)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"password_length", "secret_arn", "secretName", "bearer_token_file",
      "kms_key_id", "key_name", "AWS_ACCESS_KEY_ID", "POSTGRES_PASSWORD_FILE", "token_ttl",
      "secret_id", "password_policy", "FLEET_TOKEN_POLICY_NAME", "pass_through", "key", "tags",
      "public_key", "ssh_key", "source_code_hash", "imagePullSecrets", "num_tokens", "auth_type",
      "name", "", "secretKeyRef", "password_encryption", "password_encoding"})
  void namesThatAreNotCredentials(String name) {
    assertThat(SecretNames.isSecretName(name)).isFalse();
  }

  @Test
  void splitsCamelCaseSnakeCaseAndDots() {
    assertThat(SecretNames.words("xpack.security.authc.realms.ldap.ldap1.bind_password"))
        .endsWith("bind", "password");
    assertThat(SecretNames.words("MasterUserPassword")).containsExactly("master", "user", "password");
    assertThat(SecretNames.words("apiKeyID")).containsExactly("api", "key", "id");
  }

  @Test
  void passwordNamesAreASubsetOfSecretNames() {
    assertThat(SecretNames.isPasswordName("admin_password")).isTrue();
    assertThat(SecretNames.isPasswordName("api_token")).isFalse();
    assertThat(SecretNames.isPasswordName("password_length")).isFalse();
  }
}
