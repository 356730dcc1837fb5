package dev.iaclint.core.rule;

import dev.iaclint.core.graph.SourceFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A good or bad example of a rule in one input format. Examples are the rule's documentation and
 * they run as tests: a good example yields no finding from the rule; a bad example yields findings
 * exactly on the lines marked {@code expect: RULE-ID} (in a comment at the end of that line; one
 * marker per expected finding, several ids separated by commas).
 *
 * <p>Most examples are one file; an example may hold several (a module and its tfvars, a template
 * and a parameter file). They are written side by side under their paths and scanned together.
 *
 * @param name what the example is called in test reports ({@code good.tf}, {@code bad-in-vpc/})
 * @param files the files, by path relative to the scan root; the path decides how a file is read
 *     ({@code main.tf}, {@code template.yaml}, {@code elasticsearch.yml} …)
 */
public record RuleExample(SourceFormat format, Kind kind, String name, List<ExampleFile> files) {
  public enum Kind {
    GOOD, BAD;

    /** {@code good} / {@code bad}: how rule files and example directories spell it. */
    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** One file of an example. */
  public record ExampleFile(String path, String content) {
    public ExampleFile {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(content, "content");
    }
  }

  /** A marker: the rule expected to report on {@code line} of {@code path}. */
  public record Expectation(String path, int line) {}

  // "# expect: IAC-AWS-ES-002", "// expect: A, B", "/* expect: A */"
  private static final Pattern MARKER =
      Pattern.compile("(?:#|//|/\\*)\\s*expect:\\s*([A-Za-z0-9_.\\-]+(?:\\s*,\\s*[A-Za-z0-9_.\\-]+)*)");

  public RuleExample {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    files = List.copyOf(files);
    if (files.isEmpty()) {
      throw new IllegalArgumentException("an example needs at least one file");
    }
  }

  /** A one-file example named after its file. */
  public RuleExample(SourceFormat format, Kind kind, String fileName, String content) {
    this(format, kind, fileName, List.of(new ExampleFile(fileName, content)));
  }

  /** The path of the first (usually only) file. */
  public String fileName() {
    return files.get(0).path();
  }

  /** The content of the first (usually only) file. */
  public String content() {
    return files.get(0).content();
  }

  /** Every {@code expect: ruleId} marker in the example's files, one per expected finding, in file order. */
  public List<Expectation> expectations(String ruleId) {
    List<Expectation> result = new ArrayList<>();
    for (ExampleFile f : files) {
      String[] lines = f.content().split("\r\n|\r|\n", -1);
      for (int i = 0; i < lines.length; i++) {
        Matcher m = MARKER.matcher(lines[i]);
        while (m.find()) {
          for (String id : m.group(1).split(",")) {
            if (id.trim().equals(ruleId)) {
              result.add(new Expectation(f.path(), i + 1));
            }
          }
        }
      }
    }
    return result;
  }
}
