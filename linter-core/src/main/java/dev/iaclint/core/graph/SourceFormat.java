package dev.iaclint.core.graph;

/** The input languages iaclint reads. The id is what rule files and reports use. */
public enum SourceFormat {
  TERRAFORM("terraform"),
  CLOUDFORMATION("cloudformation"),
  KUBERNETES("kubernetes"),
  DOCKER_COMPOSE("docker-compose"),
  ELASTICSEARCH_CONFIG("elasticsearch-yml");

  private final String id;

  SourceFormat(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /** The format with this id, or {@code null}. */
  public static SourceFormat byId(String id) {
    for (SourceFormat f : values()) {
      if (f.id.equals(id)) {
        return f;
      }
    }
    return null;
  }
}
