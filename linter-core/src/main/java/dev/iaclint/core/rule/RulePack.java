package dev.iaclint.core.rule;

import dev.iaclint.core.diag.Diagnostic;
import dev.iaclint.core.source.SourceFile;
import dev.iaclint.core.source.SourceRange;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the rules of a rule pack in its own code source (a classes directory or a jar, including
 * a shaded jar): every class under a package that carries {@link RuleInfo}. Nothing else registers
 * a rule, so adding the annotated class (and its examples) is all it takes.
 *
 * <p>Classes are loaded without being initialised just to read their annotation; only rule
 * classes are instantiated.
 */
public final class RulePack {

  /** The rules found, and what was wrong with the pack (empty when all is well). */
  public record Loaded(List<Rule> rules, List<Diagnostic> problems) {
    public Loaded {
      rules = List.copyOf(rules);
      problems = List.copyOf(problems);
    }

    /** Both sets of rules, sorted by id, with a problem for an id used twice. */
    public Loaded plus(Loaded other) {
      List<Rule> all = new ArrayList<>(rules);
      all.addAll(other.rules);
      List<Diagnostic> allProblems = new ArrayList<>(problems);
      allProblems.addAll(other.problems);
      return new Loaded(sorted(all, allProblems), allProblems);
    }

    /** The rules, or an exception listing every problem: for packs that ship inside iaclint. */
    public List<Rule> rulesOrThrow() {
      if (!problems.isEmpty()) {
        StringBuilder sb = new StringBuilder("broken rule pack:");
        for (Diagnostic d : problems) {
          sb.append(System.lineSeparator()).append("  ").append(d.format());
        }
        throw new IllegalStateException(sb.toString());
      }
      return rules;
    }
  }

  private RulePack() {}

  /**
   * The Java rules under {@code javaPackage} in the code source of {@code anchor}.
   *
   * @param javaPackage for example {@code dev.iaclint.rules}; sub-packages are included
   */
  public static Loaded javaRules(Class<?> anchor, String javaPackage) {
    ResourceTree tree = ResourceTree.of(anchor);
    List<Rule> rules = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    String prefix = javaPackage.replace('.', '/') + "/";
    for (String name : tree.list(prefix)) {
      if (!name.endsWith(".class") || name.endsWith("module-info.class") || name.endsWith("package-info.class")) {
        continue;
      }
      String className = name.substring(0, name.length() - ".class".length()).replace('/', '.');
      Class<?> c;
      try {
        c = Class.forName(className, false, anchor.getClassLoader());
      } catch (ClassNotFoundException | LinkageError e) {
        problems.add(problem(tree.displayPath(name), "cannot load " + className + ": " + e));
        continue;
      }
      if (!c.isAnnotationPresent(RuleInfo.class)) {
        continue;
      }
      Rule rule = instantiate(c, tree.displayPath(name), problems);
      if (rule != null) {
        rules.add(rule);
      }
    }
    return new Loaded(sorted(rules, problems), problems);
  }

  private static Rule instantiate(Class<?> c, String where, List<Diagnostic> problems) {
    if (!Rule.class.isAssignableFrom(c) || Modifier.isAbstract(c.getModifiers())) {
      problems.add(problem(where, c.getName()
          + " has @RuleInfo but is not a concrete ResourceRule or DocumentRule"
          + " (extend AnnotatedResourceRule or AnnotatedDocumentRule)"));
      return null;
    }
    try {
      Constructor<?> ctor = c.getDeclaredConstructor();
      if (!Modifier.isPublic(ctor.getModifiers()) || !Modifier.isPublic(c.getModifiers())) {
        problems.add(problem(where, c.getName() + " must be public with a public no-argument constructor"));
        return null;
      }
      return (Rule) ctor.newInstance();
    } catch (NoSuchMethodException e) {
      problems.add(problem(where, c.getName() + " needs a public no-argument constructor"));
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      problems.add(problem(where, "cannot create " + c.getName() + ": " + cause));
    }
    return null;
  }

  /** {@code rules} sorted by id, with a problem for each id that is used twice. */
  static List<Rule> sorted(List<Rule> rules, List<Diagnostic> problems) {
    List<Rule> result = new ArrayList<>(rules);
    result.sort(Comparator.comparing(Rule::id));
    Map<String, Rule> seen = new HashMap<>();
    for (Rule r : result) {
      Rule previous = seen.putIfAbsent(r.id(), r);
      if (previous != null) {
        problems.add(problem(describe(r), "rule id " + r.id() + " is also used by " + describe(previous)));
      }
    }
    return result;
  }

  static String describe(Rule rule) {
    return rule.definedIn();
  }

  /** A problem with a rule pack that has no position in a file. */
  public static Diagnostic problem(String where, String message) {
    return Diagnostic.error(SourceRange.startOf(SourceFile.synthetic(where)), where + ": " + message);
  }
}
