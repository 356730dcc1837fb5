package dev.iaclint.rules.elasticsearch;

/** Which search engine a node runs: the setting names and defaults differ. */
public enum Flavour {
  ELASTICSEARCH("Elasticsearch"),
  /** OpenSearch, and Open Distro for Elasticsearch before it ({@code opendistro_security.*}). */
  OPENSEARCH("OpenSearch");

  private final String displayName;

  Flavour(String displayName) {
    this.displayName = displayName;
  }

  public String displayName() {
    return displayName;
  }
}
