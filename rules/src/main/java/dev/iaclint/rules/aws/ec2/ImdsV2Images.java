package dev.iaclint.rules.aws.ec2;

import dev.iaclint.core.graph.Node;
import dev.iaclint.core.rule.AttributePath;
import dev.iaclint.core.rule.RuleContext;
import dev.iaclint.core.rule.Slot;
import dev.iaclint.core.rule.Values;
import dev.iaclint.core.source.SourceRange;
import dev.iaclint.core.value.ListValue;
import dev.iaclint.core.value.MapValue;
import dev.iaclint.core.value.Value;
import java.util.Locale;

/**
 * Images whose instances require IMDSv2 unless told otherwise. AWS registers the Amazon Linux 2023
 * AMIs with {@code ImdsSupport = v2.0}, so an instance started from one gets {@code HttpTokens =
 * required} when its metadata options leave tokens out. An AL2023 image is recognised by name:
 * its public SSM parameter ({@code /aws/service/ami-amazon-linux-latest/al2023-…}, also through
 * {@code resolve:ssm:} and CloudFormation SSM parameter types) or the AMI name ({@code al2023-ami-…})
 * in a {@code data "aws_ami"} filter or a {@code data "aws_ssm_parameter"} name.
 */
final class ImdsV2Images {
  private ImdsV2Images() {}

  /** Whether the image at {@code path} of {@code node} is known to default to IMDSv2. */
  static boolean requiresTokensByDefault(Node node, RuleContext context, String path) {
    Slot image = AttributePath.parse(path).resolve(node).get(0);
    if (image.isAbsent()) {
      return false;
    }
    if (isAl2023(Values.asString(image.value())) || writtenAsAl2023(image.location())) {
      return true;
    }
    for (Node source : context.graph().referencedAt(node, path, "aws_ssm_parameter", "aws_ami")) {
      if (mentionsAl2023(source.config())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAl2023(String s) {
    return s != null && s.toLowerCase(Locale.ROOT).contains("al2023-ami");
  }

  /** A dynamic reference keeps its parameter name only in the source text. */
  private static boolean writtenAsAl2023(SourceRange range) {
    if (range.file().isSynthetic()) {
      return false;
    }
    for (int line = range.startLine(); line <= range.endLine() && line <= range.file().lineCount(); line++) {
      if (isAl2023(range.file().line(line))) {
        return true;
      }
    }
    return false;
  }

  /** An SSM parameter name, an AMI name filter or name_regex naming an AL2023 image. */
  private static boolean mentionsAl2023(Value v) {
    if (v instanceof MapValue m) {
      return m.keys().stream().anyMatch(k -> mentionsAl2023(m.get(k)));
    }
    if (v instanceof ListValue l) {
      return l.elements().stream().anyMatch(ImdsV2Images::mentionsAl2023);
    }
    return isAl2023(Values.asString(v));
  }
}
