package dev.iaclint.core.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretDetectorTest {

  @Test
  void aRandomValueUnderASecretNameIsAGenericSecret() {
    String pw = FakeSecrets.password();
    assertThat(SecretDetector.scan(pw, "client_secret")).singleElement().satisfies(m -> {
      assertThat(m.kind()).isEqualTo(SecretKind.GENERIC_SECRET);
      assertThat(m.value()).isEqualTo(pw);
      assertThat(m.name()).isEqualTo("client_secret");
    });
  }

  @Test
  void theSameValueUnderAnOrdinaryNameIsNothing() {
    assertThat(SecretDetector.scan(FakeSecrets.password(), "description")).isEmpty();
    assertThat(SecretDetector.scan(FakeSecrets.hex(64, 3), "source_code_hash")).isEmpty();
    assertThat(SecretDetector.scan(FakeSecrets.hex(40, 4), "git_commit")).isEmpty();
  }

  @Test
  void aHexDigestUnderASecretNameIsASecret() {
    // Many API keys are hex; a digest is only harmless when nothing says it is a credential.
    assertThat(SecretDetector.scan(FakeSecrets.hex(32, 5), "api_key")).singleElement()
        .extracting(SecretMatch::kind).isEqualTo(SecretKind.GENERIC_SECRET);
  }

  @ParameterizedTest
  @ValueSource(strings = {"changeme", "${DB_PASSWORD}", "{{resolve:ssm-secure:/db/pw:1}}",
      "<password>", "3f2504e0-4f89-11d3-9a0c-0305e82c3301", "sg-0123456789abcdef0",
      "arn:aws:iam::123456789012:role/app", "/run/secrets/db_password", "REPLACE_ME", "test",
      "xxxxxxxxxxxxxxxx", "cGFzc3dvcmQ="})
  void placeholdersReferencesAndHarmlessShapesAreNotSecrets(String value) {
    assertThat(SecretDetector.scan(value, "password")).isEmpty();
  }

  @Test
  void aFortyCharacterKeyUnderAnAwsSecretNameIsAnAwsSecretKey() {
    String key = FakeSecrets.awsSecretKey();
    assertThat(SecretDetector.scan(key, "secret_key")).singleElement()
        .extracting(SecretMatch::kind).isEqualTo(SecretKind.AWS_SECRET_ACCESS_KEY);
    assertThat(SecretDetector.scan(key, "AWS_SECRET_ACCESS_KEY")).singleElement()
        .extracting(SecretMatch::kind).isEqualTo(SecretKind.AWS_SECRET_ACCESS_KEY);
  }

  @Test
  void theAwsDocumentationSecretKeyPlantedInTestCodeIsReported() {
    String planted = "wJalrXUtnFEMI/K7MDENG/" + "bPxRfiCYEXAMPLEKEY";
    assertThat(SecretDetector.scan(planted, "secret_key")).singleElement()
        .extracting(SecretMatch::kind).isEqualTo(SecretKind.AWS_SECRET_ACCESS_KEY);
  }

  @Test
  void aValueInAJsonNameValuePairIsJudgedUnderItsName() {
    String password = FakeSecrets.password();
    String definitions = "[{\"name\": \"app\", \"environment\": [\n"
        + "  {\"name\": \"DB_PASSWORD\", \"value\": \"" + password + "\"},\n"
        + "  {\"value\": \"" + password + "\", \"Name\": \"API_TOKEN\"},\n"
        + "  {\"name\": \"MODE\", \"value\": \"prod-eu-west-1-blue\"}]}]";
    List<SecretMatch> found = SecretDetector.scan(definitions, "container_definitions");
    assertThat(found).extracting(SecretMatch::name).containsExactly("DB_PASSWORD", "API_TOKEN");
    assertThat(found).allSatisfy(m -> {
      assertThat(m.kind()).isEqualTo(SecretKind.GENERIC_SECRET);
      assertThat(definitions.substring(m.start(), m.end())).isEqualTo(password);
    });
  }

  @Test
  void findsAssignmentsInsideAScript() {
    String id = FakeSecrets.awsKeyId();
    String key = FakeSecrets.awsSecretKey();
    String script = "#!/bin/bash\nexport AWS_ACCESS_KEY_ID=" + id + "\nexport AWS_SECRET_ACCESS_KEY="
        + key + "\nexport AWS_DEFAULT_REGION=us-west-2\nDB_PASSWORD='" + FakeSecrets.password()
        + "'\nAPI_TOKEN=$TOKEN_FROM_VAULT\n";
    List<SecretMatch> found = SecretDetector.scan(script, "user_data");
    assertThat(found).extracting(SecretMatch::kind).containsExactly(
        SecretKind.AWS_ACCESS_KEY_ID, SecretKind.AWS_SECRET_ACCESS_KEY, SecretKind.GENERIC_SECRET);
    assertThat(found.get(1).value()).isEqualTo(key);
    assertThat(script.substring(found.get(1).start(), found.get(1).end())).isEqualTo(key);
    assertThat(found.get(2).name()).isEqualTo("DB_PASSWORD");
  }

  @Test
  void findsAssignmentsInEmbeddedYamlJsonAndEnvEntries() {
    String pw = FakeSecrets.password();
    assertThat(SecretDetector.scan("output:\n  es:\n    password: \"" + pw + "\"\n", "config"))
        .extracting(SecretMatch::value).containsExactly(pw);
    assertThat(SecretDetector.scan("{\"apiKey\": \"" + pw + "\", \"region\": \"eu\"}", null))
        .extracting(SecretMatch::value).containsExactly(pw);
    assertThat(SecretDetector.scan("POSTGRES_PASSWORD=" + pw, null))
        .extracting(SecretMatch::value).containsExactly(pw);
  }

  @Test
  void aKnownFormatWinsOverTheGenericDetectorForTheSameText() {
    String token = FakeSecrets.githubToken();
    assertThat(SecretDetector.scan(token, "github_token")).singleElement()
        .extracting(SecretMatch::kind).isEqualTo(SecretKind.GITHUB_TOKEN);
  }

  @Test
  void aSentenceUnderASecretNameIsNotASecret() {
    assertThat(SecretDetector.scan("The password for the admin user", "password")).isEmpty();
  }
}
