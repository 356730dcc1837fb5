package dev.iaclint.rules.secrets;

import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.rule.Category;
import dev.iaclint.core.rule.RuleInfo;
import dev.iaclint.core.rule.Severity;

@RuleInfo(
    id = "IAC-SECRET-002",
    title = "GitHub token hard-coded",
    severity = Severity.CRITICAL,
    category = Category.SECRETS,
    formats = {SourceFormat.TERRAFORM, SourceFormat.CLOUDFORMATION, SourceFormat.KUBERNETES,
        SourceFormat.DOCKER_COMPOSE, SourceFormat.ELASTICSEARCH_CONFIG},
    trivy = {"github-pat", "github-fine-grained-pat", "github-oauth", "github-app-token"},
    links = {
        "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/about-authentication-to-github#githubs-token-formats",
        "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens"},
    description = "A GitHub personal access token (ghp_, github_pat_), OAuth token (gho_), "
        + "user-to-server (ghu_), server-to-server (ghs_) or refresh token (ghr_) is "
        + "written in the configuration.",
    remediation = "Revoke the token on GitHub, then pass a new one at deploy time from a secret "
        + "store (AWS Secrets Manager, SSM SecureString, a Kubernetes Secret created "
        + "outside the repository).")
public final class GitHubTokensRule extends SecretRule {
}
