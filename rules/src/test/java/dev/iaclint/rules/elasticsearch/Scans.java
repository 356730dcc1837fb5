package dev.iaclint.rules.elasticsearch;

import dev.iaclint.core.rule.Finding;
import dev.iaclint.core.rule.Indeterminate;
import dev.iaclint.core.rule.Rule;
import dev.iaclint.core.scan.ScanRequest;
import dev.iaclint.core.scan.ScanResult;
import dev.iaclint.core.scan.Scanner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Scans files written to a directory with some rules, and shows findings as short lines for assertions. */
public final class Scans {
  private final Path dir;
  private ScanResult result;

  private Scans(Path dir) {
    this.dir = dir;
  }

  public static Scans in(Path dir) {
    return new Scans(dir);
  }

  /** Writes {@code content} (text blocks) to {@code path} under the directory. */
  public Scans file(String path, String content) {
    try {
      Path p = dir.resolve(path);
      Files.createDirectories(p.getParent());
      Files.writeString(p, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  public Scans scan(Rule... rules) {
    result = new Scanner(List.of(rules)).scan(ScanRequest.builder().path(dir).build());
    return this;
  }

  /** {@code "file:line SEVERITY RULE resource"} per finding, in report order. */
  public List<String> findings() {
    List<String> out = new ArrayList<>();
    for (Finding f : result.findings()) {
      out.add(f.location().file().displayPath() + ":" + f.location().startLine() + " " + f.severity() + " "
          + f.ruleId() + " " + f.resource());
    }
    return out;
  }

  public List<Finding> raw() {
    return result.findings();
  }

  /** {@code "file:line RULE"} per undecided check. */
  public List<String> undecided() {
    List<String> out = new ArrayList<>();
    for (Indeterminate i : result.indeterminate()) {
      out.add(i.location().file().displayPath() + ":" + i.location().startLine() + " " + i.ruleId());
    }
    return out;
  }

  public ScanResult result() {
    return result;
  }
}
