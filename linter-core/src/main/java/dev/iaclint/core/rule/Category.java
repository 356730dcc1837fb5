package dev.iaclint.core.rule;

/** The contract's rule categories; every rule has exactly one. */
public enum Category {
  PUBLIC_EXPOSURE("public-exposure"),
  NETWORK_ACL("network-acl"),
  AUTHENTICATION("authentication"),
  ENCRYPTION_AT_REST("encryption-at-rest"),
  ENCRYPTION_IN_TRANSIT("encryption-in-transit"),
  SECRETS("secrets"),
  LOGGING("logging");

  private final String id;

  Category(String id) {
    this.id = id;
  }

  /** The id used in rule files, filters and reports: {@code encryption-at-rest}. */
  public String id() {
    return id;
  }

  /** The category with this id, or {@code null}. */
  public static Category byId(String id) {
    for (Category c : values()) {
      if (c.id.equals(id)) {
        return c;
      }
    }
    return null;
  }
}
