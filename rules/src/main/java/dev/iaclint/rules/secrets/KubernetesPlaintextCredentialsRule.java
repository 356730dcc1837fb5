package dev.iaclint.rules.secrets;

import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.rule.Category;
import dev.iaclint.core.rule.RuleInfo;
import dev.iaclint.core.rule.Severity;

@RuleInfo(
    id = "IAC-SECRET-009",
    title = "Kubernetes credentials in plain text",
    severity = Severity.HIGH,
    category = Category.SECRETS,
    formats = {SourceFormat.KUBERNETES},
    checkov = {"CKV_K8S_35"},
    trivy = {"KSV-0109"},
    kics = {"3d658f8b-d988-41a0-a841-40043121de1e"},
    links = {
        "https://kubernetes.io/docs/concepts/configuration/secret/",
        "https://kubernetes.io/docs/concepts/security/secrets-good-practices/",
        "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/"},
    description = "A committed Secret manifest with literal data (each data or stringData entry "
        + "that holds a credential; base64 is an encoding, not encryption), a ConfigMap "
        + "entry, or a container env value that holds a credential: a literal under a "
        + "secret-like name (any strength), or a known token format.",
    remediation = "Keep Secret manifests out of the repository (sealed-secrets, external-secrets, "
        + "the CSI secrets driver), and reference them with valueFrom.secretKeyRef or "
        + "envFrom.secretRef.")
public final class KubernetesPlaintextCredentialsRule extends SecretRule {
}
