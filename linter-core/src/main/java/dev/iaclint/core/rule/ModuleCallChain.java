package dev.iaclint.core.rule;

import dev.iaclint.core.graph.Node;
import dev.iaclint.core.graph.NodeKind;
import dev.iaclint.core.graph.ResourceGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The module calls a Terraform resource was reached through, outermost first: a finding in
 * {@code modules/search/main.tf} says which {@code module "search"} block (and which instance)
 * put it there, since the same file is judged once per call.
 */
final class ModuleCallChain {
  private ModuleCallChain() {}

  /** One {@code module.NAME} step with its optional instance key ({@code [0]}, {@code ["a.b"]}). */
  private static final Pattern STEP =
      Pattern.compile("module\\.[^.\\[]+(?:\\[(?:\"(?:[^\"\\\\]|\\\\.)*\"|[^\\]]*)\\])?");

  static List<RelatedLocation> of(Node node, ResourceGraph graph) {
    String module = node.property("module");
    if (module == null || module.isEmpty() || !node.id().endsWith(node.address())) {
      return List.of();
    }
    // Call nodes share the node's id prefix (the root module or plan file) and have the
    // module path prefix as their address.
    String idPrefix = node.id().substring(0, node.id().length() - node.address().length());
    List<RelatedLocation> chain = new ArrayList<>();
    Matcher m = STEP.matcher(module);
    int end = 0;
    while (m.find(end) && m.start() == end) {
      end = m.end();
      String address = module.substring(0, end);
      Node call = graph.byId(idPrefix + address);
      if (call != null && call.kind() == NodeKind.MODULE_CALL) {
        chain.add(new RelatedLocation(call.headerRange(),
            "in " + address + ", called at " + call.headerRange().toShortString()));
      }
      if (end < module.length() && module.charAt(end) == '.') {
        end++;
      }
    }
    return chain;
  }
}
