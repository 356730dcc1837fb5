package dev.iaclint.rules.secrets;

import dev.iaclint.core.hcl.ast.Block;
import dev.iaclint.core.hcl.ast.TemplateExpr;

/**
 * The address and type of a top-level Terraform block. The address as Terraform prints it (the resource-name contract):
 * {@code aws_db_instance.main}, {@code data.aws_iam_policy_document.p}, {@code module.db},
 * {@code var.db_password}, {@code output.token}, {@code provider.aws} (with its alias:
 * {@code provider.aws.west}). A literal is written once, so the address has no instance key and
 * no module path: it names the block in its own module.
 */
final class HclAddresses {
  private HclAddresses() {}

  static String of(Block b) {
    String first = b.label(0);
    String second = b.label(1);
    return switch (b.type()) {
      case "resource" -> second == null ? labelled(b) : first + "." + second;
      case "data", "ephemeral" -> second == null ? labelled(b) : b.type() + "." + first + "." + second;
      case "variable" -> first == null ? labelled(b) : "var." + first;
      case "provider" -> first == null ? labelled(b) : "provider." + first + alias(b);
      default -> labelled(b);
    };
  }

  /**
   * The type the graph gives the block's node: the resource or data source type ({@code
   * aws_db_instance}), else {@code variable}, {@code local}, {@code output}, {@code module},
   * {@code provider}, or the block type of any other block ({@code terraform}).
   */
  static String typeOf(Block b) {
    return switch (b.type()) {
      case "resource", "data", "ephemeral" -> b.label(0) == null ? b.type() : b.label(0);
      case "locals" -> "local";
      default -> b.type();
    };
  }

  /** The type and the labels, dotted: {@code module.db}, {@code output.token}, {@code terraform}. */
  private static String labelled(Block b) {
    StringBuilder sb = new StringBuilder(b.type());
    b.labelValues().forEach(l -> sb.append('.').append(l));
    return sb.toString();
  }

  private static String alias(Block provider) {
    return provider.body().attribute("alias")
        .filter(a -> a.expression() instanceof TemplateExpr)
        .flatMap(a -> ((TemplateExpr) a.expression()).literalValue())
        .map(a -> "." + a)
        .orElse("");
  }
}
