package dev.iaclint.rules.secrets;

import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.rule.Category;
import dev.iaclint.core.rule.RuleInfo;
import dev.iaclint.core.rule.Severity;

@RuleInfo(
    id = "IAC-SECRET-004",
    title = "Slack webhook URL or token hard-coded",
    severity = Severity.HIGH,
    category = Category.SECRETS,
    formats = {SourceFormat.TERRAFORM, SourceFormat.CLOUDFORMATION, SourceFormat.KUBERNETES,
        SourceFormat.DOCKER_COMPOSE, SourceFormat.ELASTICSEARCH_CONFIG},
    checkov = {"CKV_SECRET_14"},
    trivy = {"slack-web-hook", "slack-access-token"},
    kics = {"ccde326f-ebc7-4772-8ad5-de66e90a8cc3", "7908a9e3-5cac-41b1-b514-5f6d82ce02d5"},
    links = {
        "https://api.slack.com/messaging/webhooks",
        "https://api.slack.com/authentication/token-types",
        "https://api.slack.com/authentication/best-practices"},
    description = "A Slack incoming-webhook or workflow URL "
        + "(https://hooks.slack.com/services/T…/B…/…) or a Slack token (xoxb-, xoxp-, "
        + "xoxa-, xoxr-, xoxs-, xoxe-) is written in the configuration: anyone who reads "
        + "it can post to the channel or call the Slack API as the app.",
    remediation = "Revoke the webhook or token in Slack and pass a new one from a secret store at "
        + "deploy time.")
public final class SlackSecretsRule extends SecretRule {
}
