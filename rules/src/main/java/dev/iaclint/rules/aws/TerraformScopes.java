package dev.iaclint.rules.aws;

import dev.iaclint.core.graph.Node;

/**
 * What a Terraform node's {@code scope} property (set by the evaluator: {@code tf:<root
 * directory>:<module path>}) says about the configuration it belongs to.
 */
public final class TerraformScopes {
  private TerraformScopes() {}

  /**
   * The display directory of the root module the node was evaluated from ({@code ""} for the scan
   * root), or {@code null} when the node has no Terraform scope.
   */
  public static String rootDirectory(Node node) {
    String prefix = rootPrefix(node);
    if (prefix == null) {
      return null;
    }
    String dir = prefix.substring(3, prefix.length() - 1);
    return dir.equals(".") ? "" : dir;
  }

  /** Whether both nodes were evaluated from the same root module. */
  public static boolean sameRootModule(Node a, Node b) {
    String pa = rootPrefix(a);
    return pa != null && pa.equals(rootPrefix(b));
  }

  /** {@code tf:<root directory>:} of the node's scope, or {@code null}. */
  private static String rootPrefix(Node node) {
    String scope = node.property(Node.SCOPE);
    if (scope == null || !scope.startsWith("tf:")) {
      return null;
    }
    int end = scope.indexOf(':', 3);
    return end < 0 ? null : scope.substring(0, end + 1);
  }
}
