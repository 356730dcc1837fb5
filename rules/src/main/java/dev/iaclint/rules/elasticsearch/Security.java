package dev.iaclint.rules.elasticsearch;

import dev.iaclint.core.rule.Values;
import dev.iaclint.core.source.SourceRange;
import dev.iaclint.core.value.UnknownValue;
import dev.iaclint.core.value.Value;
import java.util.Locale;

/**
 * Whether a node's security features (authentication, authorisation, TLS, audit) are on, and what
 * decides it.
 *
 * <ul>
 *   <li>Elasticsearch: {@code xpack.security.enabled}. When it is not set: on from 8.0; before 8.0
 *       off on the basic and trial licences a self-managed node starts with; always on under ECK,
 *       which sets it; never available in the OSS distribution; off in Bitnami's image unless
 *       {@code ELASTICSEARCH_ENABLE_SECURITY} is true.
 *   <li>OpenSearch: on unless {@code plugins.security.disabled} (Open Distro:
 *       {@code opendistro_security.disabled}) is true, which the image's
 *       {@code DISABLE_SECURITY_PLUGIN=true} sets.
 * </ul>
 *
 * @param setting the setting that decides it, when one is written
 * @param byDefault for a state no setting decides: why (for messages), else {@code null}
 * @param at where the deciding input is written (the setting, the image, {@code spec.version})
 */
public record Security(State state, Setting setting, String byDefault, SourceRange at) {

  public enum State { ENABLED, DISABLED, UNKNOWN }

  static final String ES_ENABLED = "xpack.security.enabled";

  public boolean isDisabled() {
    return state == State.DISABLED;
  }

  public boolean isEnabled() {
    return state == State.ENABLED;
  }

  /** Whether security is on because a setting says so (not by default). */
  public boolean explicitlyEnabled() {
    return state == State.ENABLED && setting != null;
  }

  public static Security of(SearchNode node) {
    return node.flavour() == Flavour.OPENSEARCH ? openSearch(node) : elasticsearch(node);
  }

  private static Security elasticsearch(SearchNode node) {
    ContainerImage image = node.image();
    if (image != null && image.oss()) {
      return new Security(State.DISABLED, null, "the OSS distribution of Elasticsearch has no security features",
          node.versionAt());
    }
    if (image != null && image.isBitnami()) {
      return bitnami(node, "ELASTICSEARCH_ENABLE_SECURITY");
    }
    Setting s = node.setting(ES_ENABLED);
    if (s != null) {
      return fromSetting(s, false);
    }
    if (node.deployment() == SearchNode.Deployment.ECK) {
      return new Security(State.ENABLED, null, "ECK enables security on every cluster it manages", node.header());
    }
    Version v = node.version();
    if (v == null) {
      return new Security(State.UNKNOWN, null, "xpack.security.enabled is not set and " + node.versionUnknownReason()
          + "; before Elasticsearch 8.0 security is off unless it is set to true", node.versionAt());
    }
    if (v.major() >= 8) {
      return new Security(State.ENABLED, null, "security is on by default from Elasticsearch 8.0", node.versionAt());
    }
    return new Security(State.DISABLED, null, "xpack.security.enabled is not set, and Elasticsearch " + v
        + " leaves security off unless it is true (basic and trial licences)", node.versionAt());
  }

  private static Security openSearch(SearchNode node) {
    ContainerImage image = node.image();
    if (image != null && image.isBitnami() && node.environment() != null) {
      // Bitnami's OpenSearch image: security comes from its own variable; its default is not judged here.
      Value v = node.environment().get("OPENSEARCH_ENABLE_SECURITY");
      if (v != null && Boolean.FALSE.equals(bitnamiBoolean(v))) {
        return new Security(State.DISABLED, null, "OPENSEARCH_ENABLE_SECURITY is false",
            node.environment().memberRange("OPENSEARCH_ENABLE_SECURITY"));
      }
    }
    Setting s = node.first("plugins.security.disabled", "opendistro_security.disabled");
    if (s != null) {
      return fromSetting(s, true);
    }
    return new Security(State.ENABLED, null, "the OpenSearch security plugin is on unless disabled", node.header());
  }

  private static Security fromSetting(Setting s, boolean inverted) {
    if (s.isUnknown()) {
      return new Security(State.UNKNOWN, s, s.unknown().reason(), s.location());
    }
    Boolean b = s.asBoolean();
    if (b == null) {
      return new Security(State.UNKNOWN, s, s.key() + " is not a boolean", s.location());
    }
    return new Security(b != inverted ? State.ENABLED : State.DISABLED, s, null, s.location());
  }

  private static Security bitnami(SearchNode node, String variable) {
    Value v = node.environment() == null ? null : node.environment().get(variable);
    if (v == null) {
      return new Security(State.DISABLED, null, "the Bitnami image leaves security off unless " + variable
          + " is true", node.versionAt());
    }
    SourceRange at = node.environment().memberRange(variable);
    if (v instanceof UnknownValue u) {
      return new Security(State.UNKNOWN, null, u.reason(), at);
    }
    Boolean b = bitnamiBoolean(v);
    if (b == null) {
      return new Security(State.UNKNOWN, null, variable + " is not a boolean", at);
    }
    return new Security(b ? State.ENABLED : State.DISABLED, null, b ? null : variable + " is false", at);
  }

  /** Bitnami's scripts accept {@code yes}/{@code no} and {@code true}/{@code false}. */
  private static Boolean bitnamiBoolean(Value v) {
    Boolean b = Values.asBoolean(v);
    if (b != null) {
      return b;
    }
    String s = Values.asString(v);
    if (s == null) {
      return null;
    }
    return switch (s.trim().toLowerCase(Locale.ROOT)) {
      case "yes", "1" -> Boolean.TRUE;
      case "no", "0" -> Boolean.FALSE;
      default -> null;
    };
  }
}
