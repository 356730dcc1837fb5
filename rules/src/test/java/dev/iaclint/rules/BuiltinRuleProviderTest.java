package dev.iaclint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iaclint.core.rule.RuleProvider;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class BuiltinRuleProviderTest {

  @Test
  void theBuiltInPackIsRegisteredAsAServiceAndLoadsWithoutProblems() {
    assertThat(ServiceLoader.load(RuleProvider.class).stream().map(ServiceLoader.Provider::type))
        .contains(BuiltinRuleProvider.class);
    // rulesOrThrow() inside rules() fails on any broken rule class or rule file.
    assertThat(new BuiltinRuleProvider().rules()).isNotNull();
  }
}
