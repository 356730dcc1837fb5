package dev.iaclint.core.terraform.functions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iaclint.core.value.Value;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FunctionRegistryTest extends FunctionTestSupport {

  @Test
  void knowsEveryRequiredFunction() {
    for (String name : List.of("abs", "ceil", "floor", "log", "max", "min", "parseint", "pow", "signum",
        "chomp", "endswith", "format", "formatlist", "indent", "join", "lower", "upper", "regex", "regexall",
        "replace", "split", "startswith", "strcontains", "strrev", "substr", "title", "trim", "trimprefix",
        "trimsuffix", "trimspace", "alltrue", "anytrue", "chunklist", "coalesce", "coalescelist", "compact",
        "concat", "contains", "distinct", "element", "flatten", "index", "keys", "length", "lookup", "matchkeys",
        "merge", "one", "range", "reverse", "setintersection", "setproduct", "setsubtract", "setunion", "slice",
        "sort", "sum", "transpose", "values", "zipmap", "base64decode", "base64encode", "csvdecode", "jsondecode",
        "jsonencode", "urlencode", "yamldecode", "yamlencode", "textencodebase64", "textdecodebase64", "abspath",
        "basename", "dirname", "pathexpand", "file", "fileexists", "fileset", "filebase64", "md5", "sha1",
        "sha256", "sha512", "base64sha256", "base64sha512", "cidrhost", "cidrnetmask", "cidrsubnet", "cidrsubnets",
        "nonsensitive", "sensitive", "tobool", "tolist", "tomap", "tonumber", "toset", "tostring", "type",
        "timestamp", "uuid", "uuidv5", "bcrypt", "plantimestamp")) {
      assertThat(FunctionRegistry.standard().lookup(name)).as(name).isNotNull();
    }
  }

  @Test
  void unknownNamesAndEvaluatorFormsAreNotFound() {
    FunctionRegistry r = FunctionRegistry.standard();
    assertThat(r.lookup("no_such_function")).isNull();
    assertThat(r.lookup("provider::aws::arn_parse")).isNull();
    assertThat(r.lookup(null)).isNull();
    for (String special : FunctionRegistry.EVALUATOR_FUNCTIONS) {
      assertThat(r.contains(special)).as(special).isFalse();
    }
    assertThat(r.lookup("core::length")).isSameAs(r.lookup("length"));
  }

  @Test
  void arityMetadataDescribesVariadicFunctions() {
    TerraformFunction join = FunctionRegistry.standard().lookup("join");
    assertThat(join.minArgs()).isEqualTo(1);
    assertThat(join.maxArgs()).isEqualTo(Integer.MAX_VALUE);
    assertThat(join.variadic().name()).isEqualTo("lists");
    TerraformFunction substr = FunctionRegistry.standard().lookup("substr");
    assertThat(substr.params()).extracting(Param::name).containsExactly("str", "offset", "length");
    assertThat(substr.maxArgs()).isEqualTo(3);
  }

  @Test
  void argumentErrorsCarryTheArgumentIndex() {
    assertError("cidrhost", s("10.0.0.0/8"), s("x"))
        .satisfies(e -> assertThat(((FunctionException) e).argumentIndex()).isEqualTo(1));
  }

  /** Every function, every small combination of awkward arguments: a result or a FunctionException, nothing else. */
  @Test
  void noFunctionThrowsAnythingButFunctionExceptionForAnyInput(@TempDir Path tmp) throws Exception {
    Files.writeString(tmp.resolve("a.txt"), "x");
    ctx = files(tmp, tmp);
    List<Value> samples = List.of(nul(), unknown("r"), s(""), s("abc"), s("10.0.0.0/8"), s("/(a/"), s("*"),
        s("%d %s %[9]v"), s("../x"), s("a.txt"), n(0), n(-1), n("1.5"), n("1e400"), n("99999999999999999999"),
        b(true), tuple(), strings("a", "b"), tuple(n(1), unknown("r")), tuple(tuple(s("x")), nul()),
        obj("a", s("b")), map("k", strings("v")), set(s("x"), unknown("r")), obj("a", unknown("r")));
    int calls = 0;
    for (String name : FunctionRegistry.standard().names()) {
      TerraformFunction f = FunctionRegistry.standard().lookup(name);
      int min = f.minArgs();
      int max = Math.min(f.maxArgs(), min + 1);
      for (int arity = min; arity <= max && arity <= 3; arity++) {
        for (List<Value> args : combinations(samples, arity, name.hashCode())) {
          try {
            Value v = f.call(args, ctx);
            assertThat(v).as("%s result", name).isNotNull();
            assertThat(v.range()).isEqualTo(CALL);
          } catch (FunctionException expected) {
            // The catch-all for bugs in a function body must never be what answers.
            assertThat(expected.getMessage()).as("%s%s", name, args).isNotBlank()
                .doesNotContain("could not be evaluated on this input");
          }
          calls++;
        }
      }
    }
    assertThat(calls).isGreaterThan(1000);
  }

  /** All combinations for arity 0-2; a deterministic sample of them for arity 3. */
  private static List<List<Value>> combinations(List<Value> samples, int arity, int seed) {
    List<List<Value>> out = new ArrayList<>();
    if (arity == 0) {
      out.add(List.of());
    } else if (arity == 1) {
      samples.forEach(s -> out.add(List.of(s)));
    } else if (arity == 2) {
      for (Value a : samples) {
        for (Value b : samples) {
          out.add(List.of(a, b));
        }
      }
    } else {
      java.util.Random random = new java.util.Random(seed);
      for (int i = 0; i < 600; i++) {
        out.add(List.of(samples.get(random.nextInt(samples.size())), samples.get(random.nextInt(samples.size())),
            samples.get(random.nextInt(samples.size()))));
      }
    }
    return out;
  }
}
