package dev.iaclint.rules.secrets;

import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.rule.Category;
import dev.iaclint.core.rule.RuleInfo;
import dev.iaclint.core.rule.Severity;

@RuleInfo(
    id = "IAC-SECRET-003",
    title = "Stripe secret or restricted key hard-coded",
    severity = Severity.CRITICAL,
    category = Category.SECRETS,
    formats = {SourceFormat.TERRAFORM, SourceFormat.CLOUDFORMATION, SourceFormat.KUBERNETES,
        SourceFormat.DOCKER_COMPOSE, SourceFormat.ELASTICSEARCH_CONFIG},
    checkov = {"CKV_SECRET_17"},
    trivy = {"stripe-secret-token"},
    kics = {"6abcae17-b175-4698-a9a5-b07661974749", "54274b18-bfac-47ce-afd1-0f05bc3e3b59"},
    links = {
        "https://docs.stripe.com/keys",
        "https://docs.stripe.com/keys-best-practices"},
    description = "A Stripe secret key (sk_live_, sk_test_) or restricted key (rk_live_, "
        + "rk_test_) is written in the configuration. Test-mode keys are reported as "
        + "MEDIUM: they reach only test data. Publishable keys (pk_) are meant to be "
        + "embedded in web pages and apps, per Stripe's documentation, and are not "
        + "reported.",
    remediation = "Roll the key in the Stripe dashboard and read the new one from a secret store "
        + "at deploy time.")
public final class StripeKeysRule extends SecretRule {
}
