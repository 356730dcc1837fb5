package dev.iaclint.core.rule;

import dev.iaclint.core.graph.SourceFormat;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The metadata of a Java rule, written on the rule class (Error Prone's {@code @BugPattern} idea):
 * one check is one small class extending {@link AnnotatedResourceRule} or {@link
 * AnnotatedDocumentRule}, and this annotation is all a rule pack needs to find and describe it.
 *
 * <p>Examples live beside the rule as resources: {@code examples/<id>/<format>/good.tf},
 * {@code bad.tf}, {@code good-<label>.yaml}, or a directory {@code bad-<label>/} of files (see
 * {@link RuleExamples}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {
  /** {@code IAC-<PROVIDER>-<SERVICE>-<NNN>}. */
  String id();

  String title();

  Severity severity();

  Category category();

  /** The input formats the rule judges; each needs a good and a bad example. */
  SourceFormat[] formats();

  /**
   * The resource types the rule judges, of any of its formats ({@code aws_opensearch_domain},
   * {@code AWS::OpenSearchService::Domain}). Used by the default {@code appliesTo}; leave empty
   * when the rule overrides it.
   */
  String[] types() default {};

  String description() default "";

  String remediation() default "";

  String[] links() default {};

  /** Checkov check ids ({@code CKV_AWS_5}). */
  String[] checkov() default {};

  /** Trivy AVD ids ({@code AVD-AWS-0048}). */
  String[] trivy() default {};

  /** tfsec long ids ({@code aws-elastic-search-enable-domain-encryption}), which {@code #tfsec:ignore:} uses. */
  String[] tfsec() default {};

  /** KICS query ids (UUIDs). */
  String[] kics() default {};
}
