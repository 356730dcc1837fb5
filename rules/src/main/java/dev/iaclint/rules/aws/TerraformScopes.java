package dev.iaclint.rules.aws;

import dev.iaclint.core.graph.Node;

/**
 * What a Terraform node's {@code scope} property (set by the evaluator: {@code tf:<root
 * directory>:<module path>}) and {@code rootModuleDir} say about the configuration it belongs to.
 */
public final class TerraformScopes {
  private TerraformScopes() {}

  /**
   * The display directory of the root module the node was evaluated from ({@code ""} for the scan
   * root), or {@code null} when the node has no Terraform scope.
   */
  public static String rootDirectory(Node node) {
    String dir = rootPrefix(node) == null ? null : node.property("rootModuleDir");
    if (dir == null) {
      return null;
    }
    return dir.equals(".") ? "" : dir;
  }

  /** Whether both nodes were evaluated from the same root module. */
  public static boolean sameRootModule(Node a, Node b) {
    String pa = rootPrefix(a);
    return pa != null && pa.equals(rootPrefix(b));
  }

  /** {@code tf:<root directory>:} of the node's scope (the scope less its module path), or {@code null}. */
  private static String rootPrefix(Node node) {
    String scope = node.property(Node.SCOPE);
    String module = node.property("module");
    if (scope == null || module == null || !scope.startsWith("tf:") || !scope.endsWith(module)) {
      return null;
    }
    return scope.substring(0, scope.length() - module.length());
  }
}
