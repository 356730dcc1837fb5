package dev.iaclint.core.yaml;

import dev.iaclint.core.diag.Diagnostic;
import dev.iaclint.core.source.SourceFile;
import dev.iaclint.core.source.SourceRange;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads YAML and JSON files into positioned {@link dev.iaclint.core.value.Value} trees: the one
 * reader behind every data format (CloudFormation, Kubernetes, docker-compose, node settings).
 *
 * <p>Never throws for bad input: syntax errors, duplicate keys and exceeded {@link Limits} become
 * diagnostics with a position and a message that quotes no input.
 */
public final class DataParser {
  /** Template code such as Helm's {@code {{ .Values.x }}}; CloudFormation's {@code {{resolve:…}}} is not. */
  private static final Pattern TEMPLATE_CODE = Pattern.compile("\\{\\{(?!resolve:)[^\\n]*?}}");

  private DataParser() {}

  /** JSON for {@code .json} files, YAML otherwise; text that starts with a bracket is tried as JSON first. */
  public static ParsedData parse(SourceFile file) {
    String name = file.displayPath().toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) {
      return parseJson(file);
    }
    ParsedData tooLarge = checkSize(file, Limits.MAX_CODE_POINTS);
    if (tooLarge != null) {
      return tooLarge;
    }
    String text = file.text().stripLeading();
    if (text.startsWith("{") || text.startsWith("[")) {
      ParsedData json = JsonReader.read(new Positions(file), hasTemplateCode(file));
      if (!json.hasErrors()) {
        return json;
      }
      ParsedData yaml = YamlReader.read(new Positions(file), hasTemplateCode(file));
      return yaml.hasErrors() ? json : yaml;
    }
    return YamlReader.read(new Positions(file), hasTemplateCode(file));
  }

  public static ParsedData parseYaml(SourceFile file) {
    ParsedData tooLarge = checkSize(file, Limits.MAX_CODE_POINTS);
    return tooLarge != null ? tooLarge : YamlReader.read(new Positions(file), hasTemplateCode(file));
  }

  public static ParsedData parseJson(SourceFile file) {
    ParsedData tooLarge = checkSize(file, Limits.MAX_JSON_CODE_POINTS);
    return tooLarge != null ? tooLarge : JsonReader.read(new Positions(file), hasTemplateCode(file));
  }

  /**
   * JSON with comments and trailing commas ("JSONC": {@code tsconfig.json}, dev container and
   * editor settings). No infrastructure format allows them; a loader uses this to tell such files
   * from broken infrastructure code.
   */
  public static ParsedData parseJsonWithComments(SourceFile file) {
    ParsedData tooLarge = checkSize(file, Limits.MAX_JSON_CODE_POINTS);
    return tooLarge != null ? tooLarge : JsonReader.readWithComments(new Positions(file), hasTemplateCode(file));
  }

  /** Whether {@code file} contains template code ({@code {{ … }}}) that YAML cannot read as intended. */
  public static boolean hasTemplateCode(SourceFile file) {
    return file.text().contains("{{") && TEMPLATE_CODE.matcher(file.text()).find();
  }

  private static ParsedData checkSize(SourceFile file, int maxCodePoints) {
    String text = file.text();
    if (text.length() <= maxCodePoints || text.codePointCount(0, text.length()) <= maxCodePoints) {
      return null;
    }
    Diagnostic d = Diagnostic.error(SourceRange.startOf(file), "the file is larger than "
        + (maxCodePoints / (1024 * 1024)) + " MiB and is not read");
    return new ParsedData(file, ParsedData.Syntax.YAML, List.of(), Map.of(), List.of(d), false);
  }
}
