package dev.iaclint.core.hcl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.iaclint.core.diag.Diagnostic;
import dev.iaclint.core.hcl.ast.Attribute;
import dev.iaclint.core.hcl.ast.Block;
import dev.iaclint.core.hcl.ast.Body;
import dev.iaclint.core.hcl.ast.Expression;
import dev.iaclint.core.hcl.ast.HclFile;
import dev.iaclint.core.hcl.ast.LiteralExpr;
import dev.iaclint.core.hcl.ast.ObjectExpr;
import dev.iaclint.core.hcl.ast.ObjectItem;
import dev.iaclint.core.hcl.ast.ScopeTraversalExpr;
import dev.iaclint.core.hcl.ast.TemplateExpr;
import dev.iaclint.core.hcl.ast.TemplatePart;
import dev.iaclint.core.hcl.ast.TupleExpr;
import dev.iaclint.core.hcl.ast.UnaryOpExpr;
import dev.iaclint.core.hcl.ast.UnaryOperator;
import dev.iaclint.core.source.SourceFile;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * hashicorp/hcl's specsuite: each {@code x.hcl} has an {@code x.t} (itself HCL, read with our own
 * parser) listing the diagnostics expected, with ranges, and often the expected result, and an
 * {@code x.hcldec} schema.
 *
 * <p>Diagnostics must match exactly by range. A few expected diagnostics come from the schema
 * rather than the syntax ("argument c is not expected"); for schemas that are a plain
 * {@code object} of {@code attr}s this test applies that check itself, as hcldec would. Where the
 * schema is such an object and the {@code .t} gives a {@code result} of literals and templates,
 * the parsed values (heredoc indentation included) are compared too.
 */
class HclSpecSuiteTest {

  @TestFactory
  Stream<DynamicTest> everySpecSuiteFileParsesAsItsTestFileSays() throws IOException {
    Optional<Path> suite = SharedDir.find("reference/hcl/specsuite");
    assumeTrue(suite.isPresent(), "shared/reference/hcl/specsuite not found; skipping conformance");
    Path root = suite.get();
    List<Path> files;
    try (Stream<Path> s = Files.walk(root)) {
      files = s.filter(p -> p.toString().endsWith(".hcl") || p.toString().endsWith(".hcl.json"))
          .sorted().toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(16);
    return files.stream().map(f -> DynamicTest.dynamicTest(root.relativize(f).toString(), () -> check(root, f)));
  }

  private static void check(Path root, Path file) throws IOException {
    String name = file.getFileName().toString();
    String base = name.endsWith(".hcl.json") ? name.substring(0, name.length() - 9) : name.substring(0, name.length() - 4);
    Path tFile = file.resolveSibling(base + ".t");
    assertThat(tFile).exists();
    HclFile spec = parseClean(SourceFile.read(tFile, root));
    Optional<HclFile> dec = Files.exists(file.resolveSibling(base + ".hcldec"))
        ? Optional.of(parseClean(SourceFile.read(file.resolveSibling(base + ".hcldec"), root))) : Optional.empty();

    SourceFile src = SourceFile.read(file, root);
    HclParseResult result = name.endsWith(".json") ? HclJsonLoader.load(src) : HclParser.parse(src);

    Set<String> actual = new TreeSet<>();
    for (Diagnostic d : result.diagnostics()) {
      assertThat(d.isError()).isTrue();
      actual.add(rangeOf(d));
    }
    Optional<Set<String>> declared = dec.flatMap(HclSpecSuiteTest::declaredAttributes);
    if (declared.isPresent()) {
      for (Attribute a : result.file().body().attributes()) {
        if (!declared.get().contains(a.name())) {
          actual.add(span(a.nameRange().startLine(), a.nameRange().startColumn(),
              a.nameRange().endLine(), a.nameRange().endColumn()));
        }
      }
    }
    assertThat(actual).as("diagnostic ranges of %s (messages: %s)", name, result.diagnostics())
        .isEqualTo(expectedRanges(spec));

    Optional<Attribute> expectedResult = spec.body().attribute("result");
    if (declared.isPresent() && expectedResult.isPresent()) {
      Map<String, Object> vars = new HashMap<>();
      dec.get().body().blocks("variables").forEach(v -> v.body().attributes()
          .forEach(a -> vars.put(a.name(), eval(a.expression(), Map.of()))));
      Map<String, Object> values = new LinkedHashMap<>();
      for (Attribute a : result.file().body().attributes()) {
        values.put(a.name(), eval(a.expression(), vars));
      }
      assertThat(values).as("values of %s", name).isEqualTo(eval(expectedResult.get().expression(), Map.of()));
    }
  }

  private static HclFile parseClean(SourceFile f) {
    HclParseResult r = HclParser.parse(f);
    assertThat(r.diagnostics()).as("diagnostics of %s", f).isEmpty();
    return r.file();
  }

  /** Ranges of the {@code diagnostics { error { from {...} to {...} } }} entries. */
  private static Set<String> expectedRanges(HclFile spec) {
    Set<String> out = new TreeSet<>();
    for (Block diags : spec.body().blocks("diagnostics")) {
      for (Block error : diags.body().blocks("error")) {
        Body from = error.body().blocks("from").get(0).body();
        Body to = error.body().blocks("to").get(0).body();
        out.add(span(intAttr(from, "line"), intAttr(from, "column"), intAttr(to, "line"), intAttr(to, "column")));
      }
    }
    return out;
  }

  /** For an {@code object { attr "x" {...} ... }} schema: the declared attribute names. */
  private static Optional<Set<String>> declaredAttributes(HclFile dec) {
    List<Block> objects = dec.body().blocks("object");
    if (objects.size() != 1 || dec.body().blocks().size() - dec.body().blocks("variables").size() != 1) {
      return Optional.empty();
    }
    Set<String> names = new TreeSet<>();
    for (Block b : objects.get(0).body().blocks()) {
      if (!b.type().equals("attr")) {
        return Optional.empty();
      }
      names.add(b.label(0));
    }
    return Optional.of(names);
  }

  private static int intAttr(Body body, String name) {
    LiteralExpr l = (LiteralExpr) body.attribute(name).orElseThrow().expression();
    return ((BigDecimal) l.value()).intValueExact();
  }

  private static String rangeOf(Diagnostic d) {
    return span(d.range().startLine(), d.range().startColumn(), d.range().endLine(), d.range().endColumn());
  }

  private static String span(int l1, int c1, int l2, int c2) {
    return l1 + ":" + c1 + "-" + l2 + ":" + c2;
  }

  /** Just enough evaluation for the suite's results: literals, templates, objects, variables. */
  private static Object eval(Expression e, Map<String, Object> vars) {
    if (e instanceof LiteralExpr l) {
      return l.value() instanceof BigDecimal b ? b.stripTrailingZeros() : l.value();
    }
    if (e instanceof UnaryOpExpr u && u.op() == UnaryOperator.NEGATE) {
      return ((BigDecimal) eval(u.operand(), vars)).negate();
    }
    if (e instanceof ScopeTraversalExpr t && t.steps().isEmpty()) {
      assertThat(vars).containsKey(t.root());
      return vars.get(t.root());
    }
    if (e instanceof TemplateExpr t) {
      if (t.unwrapped().isPresent()) {
        return eval(t.unwrapped().get(), vars);
      }
      StringBuilder sb = new StringBuilder();
      for (TemplatePart p : t.parts()) {
        if (p instanceof TemplatePart.Literal lit) {
          sb.append(lit.value());
        } else if (p instanceof TemplatePart.Interpolation i) {
          sb.append(eval(i.expression(), vars));
        } else {
          throw new AssertionError("directive not supported by this test: " + p);
        }
      }
      return sb.toString();
    }
    if (e instanceof TupleExpr t) {
      List<Object> items = new ArrayList<>();
      t.items().forEach(i -> items.add(eval(i, vars)));
      return items;
    }
    if (e instanceof ObjectExpr o) {
      Map<String, Object> m = new LinkedHashMap<>();
      for (ObjectItem i : o.items()) {
        m.put(i.literalKey().orElseThrow(), eval(i.value(), vars));
      }
      return m;
    }
    throw new AssertionError("expression not supported by this test: " + e);
  }

}
