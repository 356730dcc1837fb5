package dev.iaclint.core.terraform;

import dev.iaclint.core.diag.Diagnostic;
import dev.iaclint.core.hcl.HclJsonLoader;
import dev.iaclint.core.hcl.HclParseResult;
import dev.iaclint.core.hcl.HclParser;
import dev.iaclint.core.hcl.ast.Attribute;
import dev.iaclint.core.hcl.ast.HclFile;
import dev.iaclint.core.load.HclDocument;
import dev.iaclint.core.scan.ScanRequest;
import dev.iaclint.core.source.SourceFile;
import dev.iaclint.core.source.SourceRange;
import dev.iaclint.core.terraform.eval.Evaluator;
import dev.iaclint.core.value.Origin;
import dev.iaclint.core.value.StringValue;
import dev.iaclint.core.value.Value;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The values of a root module's input variables, from Terraform's sources in Terraform's order,
 * later ones winning: {@code TF_VAR_name} environment variables, {@code terraform.tfvars}, {@code
 * terraform.tfvars.json}, {@code *.auto.tfvars} and {@code *.auto.tfvars.json} in lexical order of
 * their names, then {@code --var-file} files and {@code --var} values in the order given. (A
 * variable's {@code default} applies only when none of them sets it.)
 */
final class InputVariables {

  /**
   * One input value. Strings from the command line and the environment ({@code raw}) are read as
   * Terraform does: literally for a variable of primitive or no type, as an HCL expression for any
   * other declared type ({@code any} included).
   */
  record Input(Value value, String raw, Origin.Step step) {
    Value value(TerraformType type, boolean typed, Evaluator constants) {
      if (raw == null) {
        return value;
      }
      Value v = new StringValue(raw, step.range());
      if (typed && !TypeConstraints.isPrimitive(type)) {
        HclParseResult parsed = HclParser.parseExpression(SourceFile.of("<" + step.kind().label() + " " + step.name()
            + ">", raw));
        if (!parsed.hasErrors()) {
          v = constants.evaluate(parsed.expression());
        }
      }
      return v.withOrigin(Origin.of(step));
    }
  }

  private InputVariables() {}

  /**
   * The inputs of the root module in {@code dir}.
   *
   * @param tfvars the scanned {@code .tfvars}/{@code .tfvars.json} files of {@code dir}
   * @param declared the variables the module declares (others in auto-loaded files are warned about)
   */
  static Map<String, Input> of(List<HclDocument> tfvars, ScanRequest request, Map<String, ?> declared,
      Path scanRoot, Evaluator constants, Consumer<Diagnostic> diagnostics) {
    Map<String, Input> inputs = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : new TreeMap<>(request.environment()).entrySet()) {
      if (e.getKey().startsWith("TF_VAR_") && e.getKey().length() > 7) {
        String name = e.getKey().substring(7);
        SourceRange where = SourceRange.startOf(SourceFile.synthetic("environment TF_VAR_" + name));
        inputs.put(name, new Input(null, e.getValue(), new Origin.Step(Origin.Kind.ENVIRONMENT, name, where)));
      }
    }
    List<HclDocument> auto = new ArrayList<>();
    for (HclDocument d : tfvars) {
      String name = fileName(d.file());
      if (name.equals("terraform.tfvars") || name.equals("terraform.tfvars.json") || name.endsWith(".auto.tfvars")
          || name.endsWith(".auto.tfvars.json")) {
        auto.add(d);
      }
    }
    auto.sort(Comparator.comparingInt((HclDocument d) -> autoRank(fileName(d.file())))
        .thenComparing(d -> fileName(d.file())));
    for (HclDocument d : auto) {
      read(d.syntax(), Origin.Kind.TFVARS_FILE, inputs, declared, constants, diagnostics);
    }
    for (ScanRequest.TerraformInput given : request.terraformInputs()) {
      if (given instanceof ScanRequest.TerraformInput.VarFile f) {
        HclFile parsed = readVarFile(f.file(), scanRoot, diagnostics);
        if (parsed != null) {
          read(parsed, Origin.Kind.VAR_FILE, inputs, null, constants, diagnostics);
        }
      } else if (given instanceof ScanRequest.TerraformInput.Var v) {
        SourceRange where = SourceRange.startOf(SourceFile.synthetic("--var " + v.name()));
        inputs.put(v.name(), new Input(null, v.value(), new Origin.Step(Origin.Kind.CLI_VAR, v.name(), where)));
      }
    }
    return inputs;
  }

  private static int autoRank(String name) {
    return name.equals("terraform.tfvars") ? 0 : name.equals("terraform.tfvars.json") ? 1 : 2;
  }

  static String fileName(SourceFile f) {
    String p = f.displayPath().replace('\\', '/');
    return p.substring(p.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
  }

  private static void read(HclFile file, Origin.Kind kind, Map<String, Input> into, Map<String, ?> declared,
      Evaluator constants, Consumer<Diagnostic> diagnostics) {
    for (Attribute a : file.body().attributes()) {
      if (declared != null && !declared.containsKey(a.name())) {
        diagnostics.accept(Diagnostic.warning(a.nameRange(), "Value for undeclared variable: the root module"
            + " declares no variable \"" + a.name() + "\", so this value is not used"));
        continue;
      }
      Value v = constants.evaluate(a.expression());
      into.put(a.name(), new Input(v.withOrigin(Origin.of(new Origin.Step(kind, a.name(), a.range()))), null,
          new Origin.Step(kind, a.name(), a.range())));
    }
  }

  private static HclFile readVarFile(Path file, Path scanRoot, Consumer<Diagnostic> diagnostics) {
    try {
      SourceFile source = SourceFile.read(file, scanRoot != null && file.toAbsolutePath().normalize()
          .startsWith(scanRoot.toAbsolutePath().normalize()) ? scanRoot : null);
      HclParseResult parsed = source.displayPath().toLowerCase(Locale.ROOT).endsWith(".json")
          ? HclJsonLoader.load(source, HclJsonLoader.Mode.VARIABLES) : HclParser.parse(source);
      parsed.diagnostics().forEach(diagnostics);
      return parsed.file();
    } catch (IOException e) {
      diagnostics.accept(Diagnostic.error(SourceRange.startOf(SourceFile.synthetic(file.toString())),
          "the variable file " + file + " given with --var-file cannot be read"));
      return null;
    }
  }
}
