package dev.iaclint.rules.secrets;

import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.rule.Category;
import dev.iaclint.core.rule.RuleInfo;
import dev.iaclint.core.rule.Severity;

@RuleInfo(
    id = "IAC-SECRET-007",
    title = "Hard-coded master or database password",
    severity = Severity.HIGH,
    category = Category.SECRETS,
    formats = {SourceFormat.TERRAFORM, SourceFormat.CLOUDFORMATION, SourceFormat.KUBERNETES,
        SourceFormat.DOCKER_COMPOSE, SourceFormat.ELASTICSEARCH_CONFIG},
    checkov = {"CKV_SECRET_6", "CKV_SECRET_10"},
    kics = {"487f4be7-3fd9-4506-a07a-eae252180c08"},
    links = {
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance#manage_master_user_password",
        "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password",
        "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references-secretsmanager.html",
        "https://www.elastic.co/guide/en/elasticsearch/reference/current/secure-settings.html",
        "https://www.elastic.co/guide/en/cloud-on-k8s/current/k8s-es-secure-settings.html"},
    description = "A literal password where a database, cache or search cluster takes its "
        + "credentials: master_user_password of an Elasticsearch/OpenSearch domain, "
        + "password / password_wo of aws_db_instance, master_password of "
        + "RDS/DocumentDB/Neptune/Redshift clusters, auth_token of ElastiCache, passwords "
        + "of ElastiCache/MemoryDB users, administrator_login_password of Azure SQL, "
        + "CloudFormation MasterUserPassword (and Password, AuthToken …) that is neither "
        + "a {{resolve:…}} dynamic reference nor a Ref to a NoEcho parameter, and "
        + "password settings in elasticsearch.yml such as "
        + "xpack.security.authc.realms.ldap.*.bind_password. Any literal counts, weak or "
        + "placeholder-like (\"changeme\" gets deployed); a value that came through a "
        + "variable default or a tfvars file is reported where it is written.",
    remediation = "Generate the password (random_password, manage_master_user_password, "
        + "GenerateSecretString) or read it from Secrets Manager or SSM (a data source, "
        + "{{resolve:secretsmanager:…}}, a NoEcho parameter); for Elasticsearch, put it "
        + "in the keystore as the secure_ setting.")
public final class HardcodedPasswordRule extends SecretRule {
}
