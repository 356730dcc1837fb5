package dev.iaclint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iaclint.core.rule.DocumentRule;
import dev.iaclint.core.rule.Rule;
import dev.iaclint.core.rule.RuleExample;
import dev.iaclint.core.rule.testing.ExampleVerifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example of every built-in rule, run as a test: written to a directory, scanned with all
 * installed loaders and only its rule. A good example must be judged and pass; a bad example must
 * yield findings exactly on its {@code expect: RULE-ID} lines. An example in a format no installed
 * loader reads fails here; the only exception is the named, shrinking {@link
 * TemporaryGates#FORMATS_WITHOUT_LOADER} while loaders are being written, and only for resource
 * rules: a document rule (the secrets rules) reads the files as parsed, which every loader
 * registers before it builds graph nodes, so its examples run in every format.
 */
class RuleExamplesTest {

  static List<Arguments> examples() {
    List<Arguments> all = new ArrayList<>();
    for (Rule rule : new BuiltinRuleProvider().rules()) {
      for (RuleExample example : rule.examples()) {
        if (TemporaryGates.FORMATS_WITHOUT_LOADER.contains(example.format())
            && !(rule instanceof DocumentRule)) {
          continue;
        }
        all.add(Arguments.of(Named.of(rule.id() + " " + example.format().id() + "/" + example.name(), rule),
            example));
      }
    }
    return all;
  }

  @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
  @MethodSource("examples")
  void exampleBehavesAsItsMarkersSay(Rule rule, RuleExample example, @TempDir Path dir) throws Exception {
    ExampleVerifier.Verdict verdict = new ExampleVerifier().verify(rule, example, dir);

    assertThat(verdict.passed()).as(verdict.explanation()).isTrue();
  }
}
