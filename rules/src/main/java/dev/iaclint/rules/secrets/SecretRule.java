package dev.iaclint.rules.secrets;

import dev.iaclint.core.load.Document;
import dev.iaclint.core.rule.AnnotatedDocumentRule;
import dev.iaclint.core.rule.CheckResult;
import dev.iaclint.core.rule.Failure;
import dev.iaclint.core.rule.RuleContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Base of the secrets rules: each reports its share of the secrets {@link SecretsAnalysis} finds
 * in a document. Secrets hide in every file iaclint reads, so these rules judge every document,
 * whatever its format (including YAML/JSON that is none of the known formats).
 */
abstract class SecretRule extends AnnotatedDocumentRule {

  @Override
  public boolean appliesTo(Document document) {
    return true;
  }

  @Override
  public CheckResult check(Document document, RuleContext context) {
    List<Failure> failures = new ArrayList<>();
    for (SecretFinding f : SecretsAnalysis.findings(document, context, id())) {
      failures.add(f.toFailure());
    }
    return CheckResult.fail(failures);
  }
}
