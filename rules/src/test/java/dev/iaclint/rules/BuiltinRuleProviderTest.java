package dev.iaclint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iaclint.core.diag.Diagnostic;
import dev.iaclint.core.rule.RuleProvider;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class BuiltinRuleProviderTest {

  @Test
  void theBuiltInPackIsRegisteredAsAService() {
    assertThat(ServiceLoader.load(RuleProvider.class).stream().map(ServiceLoader.Provider::type))
        .contains(BuiltinRuleProvider.class);
  }

  @Test
  void everyRuleClassAndRuleFileLoadsWithoutProblems() {
    assertThat(BuiltinRuleProvider.load().problems()).extracting(Diagnostic::format).isEmpty();
  }
}
