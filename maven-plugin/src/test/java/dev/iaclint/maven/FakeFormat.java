package dev.iaclint.maven;

import dev.iaclint.core.diag.Diagnostic;
import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.load.Document;
import dev.iaclint.core.load.InputLoader;
import dev.iaclint.core.load.LoadContext;
import dev.iaclint.core.rule.Category;
import dev.iaclint.core.rule.CheckResult;
import dev.iaclint.core.rule.DocumentRule;
import dev.iaclint.core.rule.Failure;
import dev.iaclint.core.rule.RuleContext;
import dev.iaclint.core.rule.RuleExample;
import dev.iaclint.core.rule.RuleMetadata;
import dev.iaclint.core.rule.Severity;
import dev.iaclint.core.scan.Scanner;
import dev.iaclint.core.source.SourceFile;
import dev.iaclint.core.source.SourceRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A tiny input format for tests, so that the plugin's behaviour can be checked against the real
 * engine with findings of every severity, input errors and secrets, whatever the rule pack holds.
 *
 * <p>Every file (name them {@code .tf}, which discovery picks up) is read line by line: {@code open SEVERITY} fails the rule at
 * that line with that severity; {@code token = VALUE} fails with the value marked as a secret (and
 * a message that wrongly quotes it); {@code broken} makes the file an input error there.
 */
final class FakeFormat {
  static final String RULE_ID = "IAC-TEST-001";
  static final RuleMetadata RULE = new RuleMetadata(RULE_ID, "Fake thing is open", Severity.HIGH,
      Category.PUBLIC_EXPOSURE, "", "Close it.", List.of(), List.of(SourceFormat.TERRAFORM), Map.of());

  private FakeFormat() {}

  static Scanner scanner() {
    return new Scanner(List.of(new OpenRule()), List.of(new Loader()));
  }

  record FakeDocument(SourceFile file) implements Document {
    @Override
    public SourceFormat format() {
      return SourceFormat.TERRAFORM;
    }
  }

  static final class Loader implements InputLoader {
    @Override
    public void load(LoadContext context) {
      for (SourceFile f : context.unclaimedFiles()) {
        context.claim(f);
        boolean broken = false;
        for (int line = 1; line <= f.lineCount(); line++) {
          if (f.line(line).strip().equals("broken")) {
            int start = f.lineStartIndex(line) + f.line(line).indexOf("broken");
            context.report(Diagnostic.error(f.rangeOfChars(start, start + 6), "expected something else"));
            broken = true;
          }
        }
        if (!broken) {
          context.addDocument(new FakeDocument(f));
        }
      }
    }
  }

  static final class OpenRule implements DocumentRule {
    @Override
    public RuleMetadata metadata() {
      return RULE;
    }

    @Override
    public List<RuleExample> examples() {
      return List.of();
    }

    @Override
    public boolean appliesTo(Document document) {
      return document instanceof FakeDocument;
    }

    @Override
    public CheckResult check(Document document, RuleContext context) {
      SourceFile f = document.file();
      List<Failure> failures = new ArrayList<>();
      for (int line = 1; line <= f.lineCount(); line++) {
        String text = f.line(line);
        int start = f.lineStartIndex(line);
        SourceRange whole = f.rangeOfChars(start, start + text.length());
        if (text.startsWith("open ")) {
          Severity severity = Severity.valueOf(text.substring(5).strip().toUpperCase(Locale.ROOT));
          failures.add(Failure.at(whole, "thing is open", "open").withSeverity(severity));
        } else if (text.startsWith("token = ")) {
          String value = text.substring("token = ".length());
          SourceRange secret = f.rangeOfChars(start + "token = ".length(), start + text.length());
          // Quotes the value on purpose: reports and logs must mask it anyway.
          failures.add(Failure.at(whole, "token " + value + " is hardcoded", "token")
              .withSeverity(Severity.CRITICAL).withSecret("fingerprint", List.of(secret)));
        }
      }
      return CheckResult.fail(failures);
    }
  }
}
