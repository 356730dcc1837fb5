package dev.iaclint.rules.secrets;

import dev.iaclint.core.hcl.ast.Attribute;
import dev.iaclint.core.hcl.ast.Block;
import dev.iaclint.core.hcl.ast.Body;
import dev.iaclint.core.hcl.ast.BodyItem;
import dev.iaclint.core.hcl.ast.ConditionalExpr;
import dev.iaclint.core.hcl.ast.Expression;
import dev.iaclint.core.hcl.ast.Expressions;
import dev.iaclint.core.hcl.ast.FunctionCallExpr;
import dev.iaclint.core.hcl.ast.ObjectExpr;
import dev.iaclint.core.hcl.ast.ObjectItem;
import dev.iaclint.core.hcl.ast.ParenthesesExpr;
import dev.iaclint.core.hcl.ast.ScopeTraversalExpr;
import dev.iaclint.core.hcl.ast.TemplateExpr;
import dev.iaclint.core.hcl.ast.TemplatePart;
import dev.iaclint.core.hcl.ast.TupleExpr;
import dev.iaclint.core.load.HclDocument;
import dev.iaclint.core.secrets.SecretDetector;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The secrets in a Terraform file ({@code .tf}, {@code .tf.json}, {@code .tfvars},
 * {@code .tfvars.json}), found on its syntax tree: every literal is judged where it is written,
 * so a value that reaches a resource through a variable default, a tfvars entry or a local is
 * reported on that literal, and references ({@code var.}, {@code local.}, {@code data.},
 * {@code random_password.x.result}, {@code aws_secretsmanager_secret_version…}, any
 * interpolation or function result) are never values to judge.
 *
 * <p>Places with rules of their own come first: password arguments and the variables, locals and
 * tfvars entries that feed them (IAC-SECRET-007), and EC2 user data, decoded when it is a base64
 * literal (IAC-SECRET-008). Then every string is scanned under the name it is assigned to.
 */
final class HclDocumentSecrets {
  private static final Set<String> USER_DATA_ATTRIBUTES = Set.of("user_data", "user_data_base64");
  private static final String USER_DATA_WHERE = " in EC2 user data, which anyone allowed to"
      + " describe the instance, and every process on it, can read";

  private final HclDocument doc;
  private final PasswordInputs passwordInputs;
  private final SecretReporter reporter = new SecretReporter();

  private HclDocumentSecrets(HclDocument doc, PasswordInputs passwordInputs) {
    this.doc = doc;
    this.passwordInputs = passwordInputs;
  }

  /**
   * The secrets of {@code doc}; {@code passwordInputs} are those of its directory's module (for
   * a tfvars file: of the root module it sets variables of).
   */
  static List<SecretFinding> find(HclDocument doc, PasswordInputs passwordInputs) {
    HclDocumentSecrets s = new HclDocumentSecrets(doc, passwordInputs);
    if (doc.isVariablesFile()) {
      s.variableValues(doc.syntax().body());
    } else {
      s.configuration(doc.syntax().body());
    }
    return s.reporter.findings();
  }

  /** A tfvars file: each attribute sets the variable of its name. */
  private void variableValues(Body body) {
    for (Attribute a : body.attributes()) {
      // The value belongs to the variable it sets, wherever that variable is declared.
      SecretReporter.Place place = SecretReporter.Place.in("var." + a.name(), "variable", "", a.name());
      passwordInputs.variableUse(a.name()).ifPresent(use ->
          passwordLiteral(a.expression(), place, " (set for variable '" + a.name() + "', used as "
              + use + ")"));
      value(a.expression(), place, false);
    }
  }

  private void configuration(Body body) {
    for (BodyItem item : body.items()) {
      if (item instanceof Attribute a) {
        // Not valid Terraform at the top level, but still text someone committed.
        value(a.expression(), SecretReporter.Place.in(doc.file().displayPath(),
            SecretReporter.Place.FILE, a.name(), a.name()), false);
      } else if (item instanceof Block b) {
        block(b);
      }
    }
  }

  private void block(Block b) {
    String address = HclAddresses.of(b);
    SecretReporter.Place place = SecretReporter.Place.in(address, HclAddresses.typeOf(b), "", "");
    switch (b.type()) {
      case "variable" -> {
        String name = b.label(0) == null ? "" : b.label(0);
        for (BodyItem item : b.body().items()) {
          if (item instanceof Attribute a && a.name().equals("default")) {
            SecretReporter.Place def = place.child("default").named(name);
            passwordInputs.variableUse(name).ifPresent(use -> passwordLiteral(a.expression(), def,
                " (the default of variable '" + name + "', used as " + use + ")"));
            value(a.expression(), def, false);
          } else {
            item(item, place);
          }
        }
      }
      case "locals" -> {
        for (Attribute a : b.body().attributes()) {
          SecretReporter.Place local = SecretReporter.Place.in("local." + a.name(), "local", "",
              a.name());
          passwordInputs.localUse(a.name()).ifPresent(use -> passwordLiteral(a.expression(), local,
              " (local '" + a.name() + "', used as " + use + ")"));
          value(a.expression(), local, false);
        }
      }
      case "output" -> {
        String name = b.label(0) == null ? "" : b.label(0);
        for (BodyItem item : b.body().items()) {
          if (item instanceof Attribute a && a.name().equals("value")) {
            value(a.expression(), place.child("value").named(name), false);
          } else {
            item(item, place);
          }
        }
      }
      default -> {
        if (PasswordInputs.ARGUMENT_BLOCKS.contains(b.type())) {
          arguments(b.body(), place);
        }
        body(b.body(), place);
      }
    }
  }

  // ---- places with rules of their own ----

  /** Password arguments and user data anywhere in a resource, data source, module or provider. */
  private void arguments(Body body, SecretReporter.Place place) {
    for (BodyItem item : body.items()) {
      if (item instanceof Attribute a) {
        argument(a.name(), a.expression(), place.child(a.name()));
      } else if (item instanceof Block b) {
        arguments(b.body(), place.child(b.type()));
      }
    }
  }

  private void argument(String name, Expression e, SecretReporter.Place place) {
    if (PasswordInputs.PASSWORD_ATTRIBUTES.contains(name)) {
      passwordLiteral(e, place, "");
    } else if (USER_DATA_ATTRIBUTES.contains(name)) {
      value(e, place.owned(SecretRules.USER_DATA, USER_DATA_WHERE), true);
    } else if (e instanceof ObjectExpr o) {
      // Nested blocks written as objects (.tf.json), object-valued module arguments.
      for (ObjectItem i : o.items()) {
        Optional<String> key = i.literalKey();
        if (key.isPresent()) {
          argument(key.get(), i.value(), place.child(key.get()));
        }
      }
    } else if (e instanceof TupleExpr t) {
      for (int i = 0; i < t.items().size(); i++) {
        argument(name, t.items().get(i), place.element(i));
      }
    }
  }

  /**
   * The literal a password takes, wherever the value expression yields one unchanged: the whole
   * expression, a branch of a conditional, the items of a list, the argument of a function that
   * passes it through ({@code sensitive("…")}, {@code coalesce(var.x, "…")}).
   */
  private void passwordLiteral(Expression e, SecretReporter.Place place, String why) {
    if (e instanceof TemplateExpr t) {
      t.literalValue().ifPresent(text -> reporter.literalPassword(t.range(), text, 0, text, place, why));
    } else if (e instanceof ParenthesesExpr p) {
      passwordLiteral(p.expression(), place, why);
    } else if (e instanceof ConditionalExpr c) {
      passwordLiteral(c.trueResult(), place, why);
      passwordLiteral(c.falseResult(), place, why);
    } else if (e instanceof TupleExpr t) {
      for (int i = 0; i < t.items().size(); i++) {
        passwordLiteral(t.items().get(i), place.element(i), why);
      }
    } else if (e instanceof FunctionCallExpr f && PasswordInputs.PASS_THROUGH.contains(f.name())
        && !f.name().startsWith("base64")) {
      f.args().forEach(a -> passwordLiteral(a, place, why));
    }
  }

  // ---- every string ----

  private void body(Body body, SecretReporter.Place place) {
    Optional<String> pairName = body.attribute("name").flatMap(a -> literal(a.expression()));
    for (BodyItem item : body.items()) {
      if (pairName.isPresent() && item instanceof Attribute a && a.name().equals("value")) {
        value(a.expression(), place.child("value").named(pairName.get()), false);
      } else {
        item(item, place);
      }
    }
  }

  /** The text of a literal string ({@code "DB_PASSWORD"}), if {@code e} is one. */
  private static Optional<String> literal(Expression e) {
    return e instanceof TemplateExpr t ? t.literalValue() : Optional.empty();
  }

  /**
   * In {@code {name = "DB_PASSWORD", value = "…"}} (or {@code Name}/{@code Value}) the value is
   * assigned to that name: ECS container definitions, Kubernetes env blocks, CodeBuild variables.
   */
  private static Optional<String> pairName(ObjectExpr o) {
    for (ObjectItem i : o.items()) {
      Optional<String> key = i.literalKey();
      if (key.isPresent() && (key.get().equals("name") || key.get().equals("Name"))) {
        return literal(i.value());
      }
    }
    return Optional.empty();
  }

  private void item(BodyItem item, SecretReporter.Place place) {
    if (item instanceof Attribute a) {
      value(a.expression(), place.child(a.name()), false);
    } else if (item instanceof Block b) {
      body(b.body(), place.child(b.type()));
    }
  }

  /**
   * Every literal text in {@code e}. A literal that is the whole value is judged under the name it
   * is assigned to; text that is only part of a template (around an interpolation) is scanned for
   * token formats and {@code NAME=value} assignments only, since it is not the whole value.
   * With {@code userData}, a whole literal that is base64 text is decoded first.
   */
  private void value(Expression e, SecretReporter.Place place, boolean userData) {
    if (e instanceof TemplateExpr t) {
      Optional<String> whole = t.literalValue();
      if (whole.isPresent()) {
        if (userData) {
          reporter.decodingBase64(t.range(), whole.get(), place);
        } else {
          reporter.matches(SecretDetector.scan(whole.get(), place.name()), whole.get(), t.range(),
              false, place);
        }
      } else {
        parts(t.parts(), place);
      }
    } else if (e instanceof ScopeTraversalExpr) {
      return; // a reference: its value is judged where it is written
    } else if (e instanceof ParenthesesExpr p) {
      value(p.expression(), place, userData);
    } else if (e instanceof ConditionalExpr c) {
      value(c.condition(), place.named(""), false);
      value(c.trueResult(), place, userData);
      value(c.falseResult(), place, userData);
    } else if (e instanceof TupleExpr t) {
      for (int i = 0; i < t.items().size(); i++) {
        value(t.items().get(i), place.element(i), userData);
      }
    } else if (e instanceof ObjectExpr o) {
      Optional<String> pairName = pairName(o);
      for (ObjectItem i : o.items()) {
        Optional<String> key = i.literalKey();
        SecretReporter.Place child = key.isPresent() ? place.child(key.get()) : place.named("");
        if (pairName.isPresent() && key.isPresent()
            && (key.get().equals("value") || key.get().equals("Value"))) {
          child = child.named(pairName.get());
        }
        value(i.value(), child, userData);
      }
    } else if (e instanceof FunctionCallExpr f) {
      SecretReporter.Place args = PasswordInputs.PASS_THROUGH.contains(f.name()) ? place : place.named("");
      f.args().forEach(a -> value(a, args, userData));
    } else {
      for (Expression child : Expressions.children(e)) {
        value(child, place.named(""), false);
      }
    }
  }

  private void parts(List<TemplatePart> parts, SecretReporter.Place place) {
    for (TemplatePart part : parts) {
      if (part instanceof TemplatePart.Literal lit) {
        reporter.matches(SecretDetector.scan(lit.value(), null), lit.value(), lit.range(), false, place);
      } else if (part instanceof TemplatePart.Interpolation i) {
        value(i.expression(), place.named(""), false);
      } else if (part instanceof TemplatePart.IfDirective d) {
        value(d.condition(), place.named(""), false);
        parts(d.thenParts(), place);
        parts(d.elseParts(), place);
      } else if (part instanceof TemplatePart.ForDirective d) {
        value(d.collection(), place.named(""), false);
        parts(d.body(), place);
      }
    }
  }
}
