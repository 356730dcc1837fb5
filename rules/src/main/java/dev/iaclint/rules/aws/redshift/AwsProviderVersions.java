package dev.iaclint.rules.aws.redshift;

import dev.iaclint.core.graph.Node;
import dev.iaclint.core.hcl.ast.Attribute;
import dev.iaclint.core.hcl.ast.Block;
import dev.iaclint.core.hcl.ast.Expression;
import dev.iaclint.core.hcl.ast.HclFile;
import dev.iaclint.core.hcl.ast.ObjectExpr;
import dev.iaclint.core.hcl.ast.TemplateExpr;
import dev.iaclint.core.load.Document;
import dev.iaclint.core.load.HclDocument;
import dev.iaclint.core.source.SourceRange;
import dev.iaclint.core.terraform.OverrideFiles;
import dev.iaclint.rules.aws.TerraformScopes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which AWS provider versions a Terraform module says it runs with: the {@code version} of {@code
 * aws} in {@code terraform { required_providers { … } }} (or the legacy string form, or {@code
 * provider "aws" { version = … }}) in the files of the resource's own directory and of its root module. Provider 6.0
 * changed defaults (Redshift clusters became private and encrypted), so rules ask whether the
 * constraints admit versions before 6.0, from 6.0 on, or both. The constraints of the root module
 * the resource is evaluated from count too, each directory's override files merged in as
 * Terraform merges them (an override's {@code required_providers} entry replaces the original).
 */
final class AwsProviderVersions {
  private static final Pattern CONSTRAINT = Pattern.compile("\\s*(~>|>=|<=|!=|=|>|<)?\\s*v?(\\d{1,6}(?:\\.\\d{1,6}){0,2})\\S*\\s*");
  private static final int[] SIX = {6, 0, 0};

  /**
   * @param before6 some allowed version is older than 6.0.0
   * @param from6 some allowed version is 6.0.0 or newer
   * @param writtenAt the first constraint read
   */
  record Allowed(boolean before6, boolean from6, SourceRange writtenAt) {}

  private AwsProviderVersions() {}

  /** What the constraints of {@code node}'s module allow, or {@code null} when it states none that can be read. */
  static Allowed of(Node node, List<Document> documents) {
    // Terraform picks one version that meets the constraints of the root module and of every module.
    Set<String> dirs = new TreeSet<>();
    dirs.add(directory(node.file().displayPath()));
    String root = TerraformScopes.rootDirectory(node);
    if (root != null) {
      dirs.add(root);
    }
    Map<String, List<HclFile>> filesByDirectory = new LinkedHashMap<>();
    for (Document d : documents) {
      String directory = directory(d.file().displayPath());
      if (d instanceof HclDocument hcl && !hcl.isVariablesFile() && dirs.contains(directory) && hcl.syntax() != null) {
        filesByDirectory.computeIfAbsent(directory, k -> new ArrayList<>()).add(hcl.syntax());
      }
    }
    List<String> constraints = new ArrayList<>();
    SourceRange first = null;
    // An override file's constraint replaces the one it overrides (the loader reports bad overrides).
    for (HclFile file : filesByDirectory.values().stream()
        .flatMap(files -> OverrideFiles.merge(files, problem -> { }).stream()).toList()) {
      for (Block terraform : file.body().blocks("terraform")) {
        for (Block required : terraform.body().blocks("required_providers")) {
          Optional<Attribute> aws = required.body().attribute("aws");
          if (aws.isPresent()) {
            Expression e = aws.get().expression();
            Optional<String> version = e instanceof ObjectExpr o
                ? o.item("version").flatMap(i -> literal(i.value())) : literal(e);
            if (version.isPresent()) {
              constraints.add(version.get());
              first = first == null ? aws.get().range() : first;
            }
          }
        }
      }
      for (Block provider : file.body().blocks("provider")) {
        Optional<String> version = "aws".equals(provider.label(0))
            ? provider.body().attribute("version").flatMap(a -> literal(a.expression())) : Optional.empty();
        if (version.isPresent()) {
          constraints.add(version.get());
          first = first == null ? provider.body().attribute("version").get().range() : first;
        }
      }
    }
    return constraints.isEmpty() ? null : allowed(constraints, first);
  }

  /** The allowed versions of constraints such as {@code ">= 4.0, < 6.0"}, {@code "~> 5.0"}; {@code null} when unreadable. */
  static Allowed allowed(List<String> constraints, SourceRange writtenAt) {
    int[] low = {0, 0, 0};
    boolean lowInclusive = true;
    int[] high = null;
    boolean highInclusive = false;
    for (String list : constraints) {
      for (String c : list.split(",")) {
        if (c.isBlank()) {
          continue;
        }
        Matcher m = CONSTRAINT.matcher(c);
        if (!m.matches()) {
          return null;
        }
        String op = m.group(1) == null ? "=" : m.group(1);
        String[] parts = m.group(2).split("\\.");
        int[] v = version(parts);
        int[] upper = null;
        boolean upperInclusive = false;
        int[] lower = null;
        boolean lowerInclusive = true;
        switch (op) {
          case "=" -> {
            lower = v;
            upper = v;
            upperInclusive = true;
          }
          case ">=" -> lower = v;
          case ">" -> {
            lower = v;
            lowerInclusive = false;
          }
          case "<=" -> {
            upper = v;
            upperInclusive = true;
          }
          case "<" -> upper = v;
          case "~>" -> {
            lower = v;
            // ~> 5.1 allows 5.x from 5.1; ~> 5.1.2 allows 5.1.x from 5.1.2; ~> 5 allows 5.x.
            int bump = parts.length <= 1 ? 0 : parts.length - 2;
            upper = new int[] {0, 0, 0};
            for (int i = 0; i < bump; i++) {
              upper[i] = v[i];
            }
            upper[bump] = v[bump] + 1;
          }
          default -> { } // != excludes one version: it does not move the bounds
        }
        if (lower != null) {
          int cmp = compare(lower, low);
          if (cmp > 0 || cmp == 0 && !lowerInclusive) {
            low = lower;
            lowInclusive = lowerInclusive;
          }
        }
        if (upper != null && (high == null || compare(upper, high) < 0
            || compare(upper, high) == 0 && !upperInclusive)) {
          high = upper;
          highInclusive = upperInclusive;
        }
      }
    }
    boolean empty = high != null && (compare(low, high) > 0 || compare(low, high) == 0 && !(lowInclusive && highInclusive));
    if (empty) {
      return new Allowed(false, false, writtenAt);
    }
    boolean before6 = compare(low, SIX) < 0;
    boolean from6 = high == null || compare(high, SIX) > 0 || compare(high, SIX) == 0 && highInclusive;
    return new Allowed(before6, from6, writtenAt);
  }

  private static int[] version(String[] parts) {
    int[] v = new int[3];
    for (int i = 0; i < Math.min(3, parts.length); i++) {
      v[i] = Integer.parseInt(parts[i]);
    }
    return v;
  }

  private static int compare(int[] a, int[] b) {
    for (int i = 0; i < 3; i++) {
      if (a[i] != b[i]) {
        return Integer.compare(a[i], b[i]);
      }
    }
    return 0;
  }

  private static Optional<String> literal(Expression e) {
    return e instanceof TemplateExpr t ? t.literalValue() : Optional.empty();
  }

  private static String directory(String displayPath) {
    int slash = displayPath.lastIndexOf('/');
    return slash < 0 ? "" : displayPath.substring(0, slash);
  }
}
