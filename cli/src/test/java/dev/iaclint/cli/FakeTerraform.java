package dev.iaclint.cli;

import dev.iaclint.core.graph.Node;
import dev.iaclint.core.graph.NodeKind;
import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.load.InputLoader;
import dev.iaclint.core.load.LoadContext;
import dev.iaclint.core.rule.Category;
import dev.iaclint.core.rule.CheckResult;
import dev.iaclint.core.rule.Failure;
import dev.iaclint.core.rule.Fingerprints;
import dev.iaclint.core.rule.ResourceRule;
import dev.iaclint.core.rule.Rule;
import dev.iaclint.core.rule.RuleContext;
import dev.iaclint.core.rule.RuleExample;
import dev.iaclint.core.rule.RuleMetadata;
import dev.iaclint.core.rule.Severity;
import dev.iaclint.core.source.SourceFile;
import dev.iaclint.core.source.SourceRange;
import dev.iaclint.core.value.BoolValue;
import dev.iaclint.core.value.MapValue;
import dev.iaclint.core.value.StringValue;
import dev.iaclint.core.value.Value;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A test stand-in for the real loaders and rules: reads {@code resource "type" "name" {…}} blocks
 * with {@code key = "string"|true|false} lines and nested {@code name {…}} blocks from {@code .tf}
 * files, and checks them with four simple rules.
 */
final class FakeTerraform {
  private FakeTerraform() {}

  static final RuleMetadata ENCRYPTION = meta("TEST-ENC-001", "Storage is not encrypted", Severity.HIGH,
      Category.ENCRYPTION_AT_REST, Map.of("checkov", List.of("CKV_AWS_5"),
          "tfsec", List.of("aws-elasticsearch-enable-domain-encryption"), "trivy", List.of("AVD-AWS-0048"),
          "kics", List.of("24e16922-4330-4e9d-be8a-caa90299466a")));
  static final RuleMetadata PUBLIC = meta("TEST-PUB-001", "Resource is public", Severity.MEDIUM,
      Category.PUBLIC_EXPOSURE, Map.of());
  static final RuleMetadata SECRET = meta("TEST-SEC-001", "Hardcoded password", Severity.CRITICAL,
      Category.SECRETS, Map.of());
  static final RuleMetadata LOGGING = meta("TEST-LOG-001", "Logging is off", Severity.LOW,
      Category.LOGGING, Map.of());

  static List<Rule> rules() {
    return List.of(
        new AttributeRule(ENCRYPTION, "encryption.enabled", v -> v instanceof BoolValue b && !b.value(), true),
        new AttributeRule(PUBLIC, "public", v -> v instanceof BoolValue b && b.value(), false),
        new AttributeRule(SECRET, "password", v -> v instanceof StringValue, false),
        new AttributeRule(LOGGING, "logging", v -> v instanceof BoolValue b && !b.value(), true));
  }

  private static RuleMetadata meta(String id, String title, Severity s, Category c, Map<String, List<String>> eq) {
    return new RuleMetadata(id, title, s, c, "Description of " + id + ".", "Fix " + id + ".",
        List.of("https://example.test/" + id), List.of(SourceFormat.TERRAFORM), eq);
  }

  /** Fails when the attribute at {@code path} matches, or (if {@code failWhenAbsent}) is missing. */
  private record AttributeRule(RuleMetadata metadata, String path, Predicate<Value> bad,
      boolean failWhenAbsent) implements ResourceRule {
    @Override
    public List<RuleExample> examples() {
      return List.of(new RuleExample(SourceFormat.TERRAFORM, RuleExample.Kind.BAD, "main.tf",
          "resource \"x\" \"y\" {\n  " + path + " = false # expect: " + metadata.id() + "\n}\n"));
    }

    @Override
    public boolean appliesTo(Node node) {
      return node.kind() == NodeKind.RESOURCE;
    }

    @Override
    public CheckResult check(Node node, RuleContext context) {
      MapValue map = node.config();
      String[] parts = path.split("\\.");
      for (int i = 0; i < parts.length - 1; i++) {
        if (!(map.get(parts[i]) instanceof MapValue m)) {
          return failWhenAbsent ? CheckResult.fail(Failure.at(node.headerRange(), path + " is not set", path))
              : CheckResult.pass();
        }
        map = m;
      }
      String last = parts[parts.length - 1];
      Value v = map.get(last);
      if (v == null) {
        return failWhenAbsent ? CheckResult.fail(Failure.at(node.headerRange(), path + " is not set", path))
            : CheckResult.pass();
      }
      if (!bad.test(v)) {
        return CheckResult.pass();
      }
      Failure f = Failure.at(map.memberRange(last), path + " is " + v.typeName(), path);
      if (v instanceof StringValue s) {
        f = f.withSecret(Fingerprints.secret(metadata.id(), node.address(), s.value()), List.of(s.range()));
      }
      return CheckResult.fail(f);
    }
  }

  /** Reads the toy HCL subset. */
  static final class Loader implements InputLoader {
    private static final Pattern RESOURCE = Pattern.compile("^resource \"(\\w+)\" \"(\\w+)\" \\{");
    private static final Pattern BLOCK = Pattern.compile("^\\s*(\\w+) \\{\\s*(#.*)?$");
    private static final Pattern ATTRIBUTE = Pattern.compile("^(\\s*)(\\w+) = (\"([^\"]*)\"|true|false)");

    @Override
    public void load(LoadContext context) {
      for (SourceFile file : context.unclaimedFiles()) {
        if (!file.displayPath().endsWith(".tf")) {
          continue;
        }
        context.claim(file);
        Deque<Object[]> stack = new ArrayDeque<>(); // {builder, name, startLine}
        String type = null;
        String name = null;
        int resourceLine = 0;
        for (int line = 1; line <= file.lineCount(); line++) {
          String text = file.line(line);
          Matcher r = RESOURCE.matcher(text);
          Matcher b = BLOCK.matcher(text);
          Matcher a = ATTRIBUTE.matcher(text);
          if (r.find()) {
            type = r.group(1);
            name = r.group(2);
            resourceLine = line;
            stack.push(new Object[] {new MapValue.Builder(MapValue.Kind.BLOCK), "", line});
          } else if (!stack.isEmpty() && b.find()) {
            stack.push(new Object[] {new MapValue.Builder(MapValue.Kind.BLOCK), b.group(1), line});
          } else if (!stack.isEmpty() && a.find()) {
            int col = a.group(1).length();
            int start = file.lineStartIndex(line) + col;
            SourceRange member = file.rangeOfChars(start, file.lineStartIndex(line) + a.end());
            Value v;
            if (a.group(4) != null) {
              int vs = file.lineStartIndex(line) + a.start(4);
              v = new StringValue(a.group(4), file.rangeOfChars(vs, vs + a.group(4).length()));
            } else {
              v = new BoolValue(a.group(3).equals("true"), file.rangeOfChars(file.lineStartIndex(line) + a.start(3),
                  file.lineStartIndex(line) + a.end(3)));
            }
            ((MapValue.Builder) stack.peek()[0]).put(a.group(2), v, member);
          } else if (!stack.isEmpty() && text.strip().equals("}")) {
            Object[] top = stack.pop();
            int startLine = (int) top[2];
            SourceRange range = file.rangeOfChars(file.lineStartIndex(startLine),
                file.lineStartIndex(line) + text.length());
            MapValue built = ((MapValue.Builder) top[0]).build(range);
            if (stack.isEmpty()) {
              context.graph().add(new Node(file.displayPath() + ":" + type + "." + name, NodeKind.RESOURCE,
                  SourceFormat.TERRAFORM, type, type + "." + name, range, built, Map.of("module", "")));
            } else {
              ((MapValue.Builder) stack.peek()[0]).put((String) top[1], built, range);
            }
          }
        }
        if (resourceLine == 0) {
          continue;
        }
      }
    }
  }
}
