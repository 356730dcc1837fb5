package dev.iaclint.rules.secrets;

import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.rule.Category;
import dev.iaclint.core.rule.RuleInfo;
import dev.iaclint.core.rule.Severity;

@RuleInfo(
    id = "IAC-SECRET-005",
    title = "JSON Web Token hard-coded",
    severity = Severity.HIGH,
    category = Category.SECRETS,
    formats = {SourceFormat.TERRAFORM, SourceFormat.CLOUDFORMATION, SourceFormat.KUBERNETES,
        SourceFormat.DOCKER_COMPOSE, SourceFormat.ELASTICSEARCH_CONFIG},
    checkov = {"CKV_SECRET_9"},
    trivy = {"jwt-token"},
    links = {
        "https://datatracker.ietf.org/doc/html/rfc7519",
        "https://cheatsheetseries.owasp.org/cheatsheets/JSON_Web_Token_for_Java_Cheat_Sheet.html"},
    description = "A JSON Web Token (three base64url parts whose header and payload decode to "
        + "JSON objects) is written in the configuration. A JWT is a bearer credential: "
        + "whoever holds it is the subject until it expires, and service-account tokens "
        + "often never do.",
    remediation = "Invalidate the token (rotate the signing key or the service account) and have "
        + "the workload obtain tokens at run time.")
public final class JwtRule extends SecretRule {
}
