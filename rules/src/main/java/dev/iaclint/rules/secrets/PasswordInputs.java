package dev.iaclint.rules.secrets;

import dev.iaclint.core.hcl.ast.Attribute;
import dev.iaclint.core.hcl.ast.Block;
import dev.iaclint.core.hcl.ast.Body;
import dev.iaclint.core.hcl.ast.BodyItem;
import dev.iaclint.core.hcl.ast.ConditionalExpr;
import dev.iaclint.core.hcl.ast.Expression;
import dev.iaclint.core.hcl.ast.FunctionCallExpr;
import dev.iaclint.core.hcl.ast.ObjectExpr;
import dev.iaclint.core.hcl.ast.ObjectItem;
import dev.iaclint.core.hcl.ast.ParenthesesExpr;
import dev.iaclint.core.hcl.ast.ScopeTraversalExpr;
import dev.iaclint.core.hcl.ast.TemplateExpr;
import dev.iaclint.core.hcl.ast.TraversalStep;
import dev.iaclint.core.hcl.ast.TupleExpr;
import dev.iaclint.core.load.HclDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The variables and locals of one Terraform module directory whose value ends up in an attribute
 * that takes a password ({@code password = var.db_password}), directly or through other locals.
 * Their literal values (a variable's default, a tfvars entry, the local's definition) are then
 * hard-coded passwords, reported where they are written.
 */
final class PasswordInputs {
  /** Attributes of resources, data sources, modules and providers that take a password. */
  static final Set<String> PASSWORD_ATTRIBUTES = Set.of("password", "password_wo",
      "master_password", "master_password_wo", "master_user_password", "auth_token", "passwords",
      "administrator_login_password", "admin_password");

  /** Functions whose result is their argument's text, as far as a password is concerned. */
  static final Set<String> PASS_THROUGH = Set.of("sensitive", "nonsensitive", "tostring",
      "trimspace", "chomp", "coalesce", "try", "base64encode", "base64gzip");

  /** Block types whose attributes are arguments of something deployed. */
  static final Set<String> ARGUMENT_BLOCKS = Set.of("resource", "data", "ephemeral", "module",
      "provider");

  /** variable name → where its value is used ("'password' of aws_db_instance.main"). */
  private final Map<String, String> variables = new TreeMap<>();
  private final Map<String, String> locals = new TreeMap<>();

  /** The inputs of the module made of {@code files} (the configuration files of one directory). */
  static PasswordInputs of(List<HclDocument> files) {
    PasswordInputs inputs = new PasswordInputs();
    Map<String, Expression> localDefinitions = new TreeMap<>();
    for (HclDocument f : files) {
      if (f.isVariablesFile()) {
        continue;
      }
      for (Block b : f.syntax().body().blocks()) {
        if (ARGUMENT_BLOCKS.contains(b.type())) {
          inputs.passwordArguments(b.body(), HclAddresses.of(b), "");
        } else if (b.type().equals("locals")) {
          for (Attribute a : b.body().attributes()) {
            localDefinitions.putIfAbsent(a.name(), a.expression());
          }
        }
      }
    }
    // A local that feeds a password passes on what it is made of: follow until nothing changes.
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Map.Entry<String, String> l : List.copyOf(inputs.locals.entrySet())) {
        Expression def = localDefinitions.get(l.getKey());
        if (def != null) {
          changed |= inputs.sources(def, l.getValue());
        }
      }
    }
    return inputs;
  }

  /** Where the value of variable {@code name} is used as a password, if it is. */
  Optional<String> variableUse(String name) {
    return Optional.ofNullable(variables.get(name));
  }

  /** Where the value of local {@code name} is used as a password, if it is. */
  Optional<String> localUse(String name) {
    return Optional.ofNullable(locals.get(name));
  }

  private void passwordArguments(Body body, String address, String path) {
    for (BodyItem item : body.items()) {
      if (item instanceof Attribute a) {
        passwordArgument(a.name(), a.expression(), address, path);
      } else if (item instanceof Block b) {
        passwordArguments(b.body(), address, path.isEmpty() ? b.type() : path + "." + b.type());
      }
    }
  }

  private void passwordArgument(String name, Expression e, String address, String path) {
    String at = path.isEmpty() ? name : path + "." + name;
    if (PASSWORD_ATTRIBUTES.contains(name)) {
      sources(e, "'" + at + "' of " + address);
    } else if (e instanceof ObjectExpr o) {
      // Nested blocks written as objects (.tf.json) and module arguments that are objects.
      for (ObjectItem i : o.items()) {
        Optional<String> key = i.literalKey();
        if (key.isPresent()) {
          passwordArgument(key.get(), i.value(), address, at);
        }
      }
    } else if (e instanceof TupleExpr t) {
      for (Expression item : t.items()) {
        passwordArgument(name, item, address, path);
      }
    }
  }

  /** Records the variables and locals {@code e} takes its value from; true if any was new. */
  private boolean sources(Expression e, String use) {
    boolean added = false;
    for (ScopeTraversalExpr t : valueTraversals(e)) {
      if (t.steps().isEmpty() || !(t.steps().get(0) instanceof TraversalStep.Attr first)) {
        continue;
      }
      if (t.root().equals("var")) {
        added |= variables.putIfAbsent(first.name(), use) == null;
      } else if (t.root().equals("local")) {
        added |= locals.putIfAbsent(first.name(), use) == null;
      }
    }
    return added;
  }

  /**
   * The references whose value becomes the value of {@code e}: the expression itself, an
   * interpolation on its own, either branch of a conditional (not its condition), the arguments
   * of functions that pass text through, the items of a list.
   */
  static List<ScopeTraversalExpr> valueTraversals(Expression e) {
    List<ScopeTraversalExpr> out = new ArrayList<>();
    collect(e, out);
    return out;
  }

  private static void collect(Expression e, List<ScopeTraversalExpr> out) {
    if (e instanceof ScopeTraversalExpr t) {
      out.add(t);
    } else if (e instanceof TemplateExpr t && t.unwrapped().isPresent()) {
      collect(t.unwrapped().get(), out);
    } else if (e instanceof ParenthesesExpr p) {
      collect(p.expression(), out);
    } else if (e instanceof ConditionalExpr c) {
      collect(c.trueResult(), out);
      collect(c.falseResult(), out);
    } else if (e instanceof FunctionCallExpr f && PASS_THROUGH.contains(f.name())) {
      f.args().forEach(a -> collect(a, out));
    } else if (e instanceof TupleExpr t) {
      t.items().forEach(i -> collect(i, out));
    }
  }
}
