package dev.iaclint.rules.secrets;

import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.rule.Category;
import dev.iaclint.core.rule.RuleInfo;
import dev.iaclint.core.rule.Severity;

@RuleInfo(
    id = "IAC-SECRET-011",
    title = "High-entropy secret assigned to a secret-like name",
    severity = Severity.MEDIUM,
    category = Category.SECRETS,
    formats = {SourceFormat.TERRAFORM, SourceFormat.CLOUDFORMATION, SourceFormat.KUBERNETES,
        SourceFormat.DOCKER_COMPOSE, SourceFormat.ELASTICSEARCH_CONFIG},
    checkov = {"CKV_SECRET_6"},
    links = {
        "https://cwe.mitre.org/data/definitions/798.html",
        "https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html"},
    description = "A random-looking literal (Shannon entropy of at least 3.0 bits per character, "
        + "8 characters or more) assigned to a name that says it is a credential "
        + "(password, secret, token, api_key, client_secret, access_key, private_key, "
        + "credentials …), or a password written into a URL "
        + "(scheme://user:password@host). Placeholders (changeme, example, xxxx, <…>, "
        + "REPLACE_ME, dummy, test, password …), references (${…}, {{resolve:…}}, var., "
        + "$(…)) and harmless shapes (UUIDs, digests, sg-/ami-/vpc- IDs, ARNs, public "
        + "keys, paths, URLs without a password) are not reported.",
    remediation = "Move the value to a secret store and reference it (a data source or variable "
        + "without a default, {{resolve:…}}, secretKeyRef, a compose secret or ${VAR} "
        + "from the environment).")
public final class GenericSecretRule extends SecretRule {
}
