package dev.iaclint.rules.elasticsearch;

import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.rule.Category;
import dev.iaclint.core.rule.RuleContext;
import dev.iaclint.core.rule.RuleInfo;
import dev.iaclint.core.rule.Severity;
import java.util.List;

@RuleInfo(
    id = "IAC-ES-004",
    title = "Elasticsearch audit log records request bodies",
    severity = Severity.MEDIUM,
    category = Category.LOGGING,
    formats = {SourceFormat.ELASTICSEARCH_CONFIG, SourceFormat.DOCKER_COMPOSE, SourceFormat.KUBERNETES},
    description = """
        With xpack.security.audit.logfile.events.emit_request_body: true, audit events of REST
        requests carry the full request body. Elasticsearch filters nothing: the bodies of
        change-password, create-user and create-API-key requests, and documents holding tokens or
        personal data, land in the audit log in plain text, readable by everyone who can read the
        logs and copied wherever they are shipped. The setting only matters when auditing is on
        (xpack.security.audit.enabled: true; off by default), so it is reported only then. A node
        with security off writes no audit log; the finding says so, since the bodies will be
        logged as soon as security is turned on. Catalog: LOG-004.""",
    remediation = """
        Remove xpack.security.audit.logfile.events.emit_request_body (it defaults to false). To
        audit search queries, audit specific indices and events with ignore filters instead, and
        keep the audit log's readers as few as its writers.""",
    links = {
        "https://www.elastic.co/guide/en/elasticsearch/reference/current/auditing-settings.html",
        "https://www.elastic.co/guide/en/elasticsearch/reference/current/enable-audit-logging.html"})
public final class AuditRequestBodyRule extends SearchNodeRule {
  static final String EMIT_REQUEST_BODY = "xpack.security.audit.logfile.events.emit_request_body";
  static final String AUDIT_ENABLED = "xpack.security.audit.enabled";

  @Override
  protected List<Verdict> judge(SearchNode node, RuleContext context) {
    if (node.flavour() != Flavour.ELASTICSEARCH) {
      return List.of();
    }
    Setting emit = node.setting(EMIT_REQUEST_BODY);
    if (emit == null) {
      return List.of();
    }
    if (emit.isUnknown()) {
      return List.of(undecided(emit, "cannot tell whether request bodies are audited: " + emit.unknown().reason()));
    }
    if (!Boolean.TRUE.equals(emit.asBoolean())) {
      return List.of();
    }
    Setting audit = node.setting(AUDIT_ENABLED);
    if (audit != null && audit.isUnknown()) {
      return List.of(undecided(audit, "cannot tell whether auditing is on: " + audit.unknown().reason()));
    }
    if (audit == null || !Boolean.TRUE.equals(audit.asBoolean())) {
      return List.of(); // no audit log is written
    }
    String message = node.describe() + " writes the body of every audited REST request to its audit log,"
        + " passwords and API keys included";
    if (Security.of(node).isDisabled()) {
      message += " (inactive while security is off: it takes effect as soon as security is turned on)";
    }
    return List.of(fail(emit, message, Severity.MEDIUM));
  }
}
