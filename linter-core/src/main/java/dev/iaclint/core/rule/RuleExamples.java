package dev.iaclint.core.rule;

import dev.iaclint.core.graph.SourceFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a rule's example files from a {@link ResourceTree}:
 *
 * <pre>
 * examples/IAC-AWS-ES-002/terraform/good.tf              one file, written as good.tf
 * examples/IAC-AWS-ES-002/terraform/bad-kms.tf           one file, written as bad-kms.tf
 * examples/IAC-ES-001/elasticsearch-yml/bad/elasticsearch.yml
 *                                                          a directory: its files, under their own
 *                                                          names, make one example (for formats
 *                                                          recognised by file name, or several files)
 * </pre>
 *
 * The second segment is a format id ({@link SourceFormat#id()}); names start with {@code good} or
 * {@code bad}, optionally followed by {@code -label}.
 */
public final class RuleExamples {
  private static final Pattern SINGLE = Pattern.compile("(good|bad)(-[A-Za-z0-9_.\\-]+)?\\.[A-Za-z0-9.]+");
  private static final Pattern DIRECTORY = Pattern.compile("(good|bad)(-[A-Za-z0-9_.\\-]+)?");

  private RuleExamples() {}

  /** Where a rule's examples live in a tree. */
  public static String directory(String ruleId) {
    return "examples/" + ruleId + "/";
  }

  /**
   * The examples of {@code ruleId} in {@code tree}, ordered by format, then name.
   *
   * @throws IllegalArgumentException naming the file when the layout is wrong
   */
  public static List<RuleExample> load(ResourceTree tree, String ruleId) {
    String prefix = directory(ruleId);
    Map<String, List<RuleExample.ExampleFile>> grouped = new LinkedHashMap<>();
    Map<String, SourceFormat> formats = new LinkedHashMap<>();
    Map<String, RuleExample.Kind> kinds = new LinkedHashMap<>();
    for (String name : tree.list(prefix)) {
      String rest = name.substring(prefix.length());
      String[] parts = rest.split("/", 3);
      if (parts.length < 2) {
        throw new IllegalArgumentException(tree.displayPath(name)
            + ": examples go in a directory named for their format, such as " + prefix + "terraform/");
      }
      SourceFormat format = SourceFormat.byId(parts[0]);
      if (format == null) {
        throw new IllegalArgumentException(tree.displayPath(name) + ": unknown format directory '"
            + parts[0] + "'; expected one of " + formatIds());
      }
      String key;
      RuleExample.Kind kind;
      String filePath;
      if (parts.length == 2) {
        Matcher m = SINGLE.matcher(parts[1]);
        if (!m.matches()) {
          throw new IllegalArgumentException(tree.displayPath(name)
              + ": an example file is named good[-label].<ext> or bad[-label].<ext>");
        }
        kind = RuleExample.Kind.valueOf(m.group(1).toUpperCase(java.util.Locale.ROOT));
        key = parts[0] + "/" + parts[1];
        filePath = parts[1];
      } else {
        Matcher m = DIRECTORY.matcher(parts[1]);
        if (!m.matches()) {
          throw new IllegalArgumentException(tree.displayPath(name)
              + ": an example directory is named good[-label] or bad[-label]");
        }
        kind = RuleExample.Kind.valueOf(m.group(1).toUpperCase(java.util.Locale.ROOT));
        key = parts[0] + "/" + parts[1] + "/";
        filePath = parts[2];
      }
      grouped.computeIfAbsent(key, k -> new ArrayList<>())
          .add(new RuleExample.ExampleFile(filePath, tree.read(name)));
      formats.put(key, format);
      kinds.put(key, kind);
    }
    List<RuleExample> result = new ArrayList<>();
    for (Map.Entry<String, List<RuleExample.ExampleFile>> e : grouped.entrySet()) {
      String key = e.getKey();
      result.add(new RuleExample(formats.get(key), kinds.get(key), key.substring(key.indexOf('/') + 1),
          e.getValue()));
    }
    return result;
  }

  static String formatIds() {
    List<String> ids = new ArrayList<>();
    for (SourceFormat f : SourceFormat.values()) {
      ids.add(f.id());
    }
    return String.join(", ", ids);
  }
}
