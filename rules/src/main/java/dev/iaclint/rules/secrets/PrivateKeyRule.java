package dev.iaclint.rules.secrets;

import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.rule.Category;
import dev.iaclint.core.rule.RuleInfo;
import dev.iaclint.core.rule.Severity;

@RuleInfo(
    id = "IAC-SECRET-006",
    title = "Private key hard-coded",
    severity = Severity.HIGH,
    category = Category.SECRETS,
    formats = {SourceFormat.TERRAFORM, SourceFormat.CLOUDFORMATION, SourceFormat.KUBERNETES,
        SourceFormat.DOCKER_COMPOSE, SourceFormat.ELASTICSEARCH_CONFIG},
    checkov = {"CKV_SECRET_13"},
    trivy = {"private-key"},
    kics = {"51b5b840-cd0c-4556-98a7-fe5f4def80cf"},
    links = {
        "https://datatracker.ietf.org/doc/html/rfc7468#section-10",
        "https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html"},
    description = "A PEM private key block (-----BEGIN … PRIVATE KEY-----, including RSA, EC, "
        + "DSA, OpenSSH, PGP and encrypted keys) with a key body is written in the "
        + "configuration. Public keys, certificates and a BEGIN line without a key are "
        + "not reported.",
    remediation = "Replace the key pair, and load the private key from a secret store or a file "
        + "outside the repository (for TLS, cert-manager or ACM).")
public final class PrivateKeyRule extends SecretRule {
}
