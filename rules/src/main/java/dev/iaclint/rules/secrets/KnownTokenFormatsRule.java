package dev.iaclint.rules.secrets;

import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.rule.Category;
import dev.iaclint.core.rule.RuleInfo;
import dev.iaclint.core.rule.Severity;

@RuleInfo(
    id = "IAC-SECRET-010",
    title = "API token of a well-known format hard-coded",
    severity = Severity.HIGH,
    category = Category.SECRETS,
    formats = {SourceFormat.TERRAFORM, SourceFormat.CLOUDFORMATION, SourceFormat.KUBERNETES,
        SourceFormat.DOCKER_COMPOSE, SourceFormat.ELASTICSEARCH_CONFIG},
    links = {
        "https://cloud.google.com/docs/authentication/api-keys",
        "https://docs.gitlab.com/security/tokens/",
        "https://docs.npmjs.com/about-access-tokens"},
    description = "An API token of a well-known format other than those with rules of their own: "
        + "Google API keys (AIza…), GitLab tokens (glpat-, gldt-, glrt-), npm access "
        + "tokens (npm_), SendGrid API keys (SG.…), Twilio API keys (SK + 32 hex), OpenAI "
        + "keys (sk-… holding the T3BlbkFJ marker) and Anthropic keys (sk-ant-api…). The "
        + "formats share one rule because what to do is the same for each.",
    remediation = "Revoke the token with its provider and pass a new one from a secret store at "
        + "deploy time.")
public final class KnownTokenFormatsRule extends SecretRule {
}
