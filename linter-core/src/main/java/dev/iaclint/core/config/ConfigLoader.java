package dev.iaclint.core.config;

import dev.iaclint.core.report.ReportFormat;
import dev.iaclint.core.rule.Severity;
import dev.iaclint.core.rule.declarative.RuleFiles;
import dev.iaclint.core.scan.PathGlobs;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Finds and reads {@code .iaclint.yml}. Keys are the long command-line option names; every
 * problem (unknown key, wrong type, bad value, unknown rule id) is reported with the file, line
 * and column.
 */
public final class ConfigLoader {
  public static final String FILE_NAME = ".iaclint.yml";

  static final List<String> KEYS = List.of("format", "output", "fail-on", "soft-fail", "include",
      "exclude", "exclude-path", "var", "var-file", "cfn-param", "baseline", "inline-suppressions",
      "rules", "custom-rules");
  private static final List<String> RULE_KEYS = List.of("severity", "enabled");

  private final Collection<String> knownRuleIds;

  /** @param knownRuleIds the ids {@code rules:}, {@code include} and {@code exclude} may name */
  public ConfigLoader(Collection<String> knownRuleIds) {
    this.knownRuleIds = List.copyOf(knownRuleIds);
  }

  /**
   * The configuration that applies to a scan of {@code scanRoot}: the first {@code .iaclint.yml}
   * in it or its parents, up to the repository root (the directory holding {@code .git}). Outside
   * a repository only the scan root itself is looked at.
   */
  public static Optional<Path> find(Path scanRoot) {
    Path start = scanRoot.toAbsolutePath().normalize();
    if (!Files.isDirectory(start)) {
      start = start.getParent();
    }
    if (start == null) {
      return Optional.empty();
    }
    Path repoRoot = null;
    for (Path d = start; d != null; d = d.getParent()) {
      if (Files.exists(d.resolve(".git"))) {
        repoRoot = d;
        break;
      }
    }
    for (Path d = start; d != null; d = d.getParent()) {
      Path candidate = d.resolve(FILE_NAME);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
      if (repoRoot == null || d.equals(repoRoot)) {
        break;
      }
    }
    return Optional.empty();
  }

  public IaclintConfig load(Path file) throws ConfigException {
    String shown = file.toString();
    Node root;
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      LoaderOptions options = new LoaderOptions();
      options.setAllowDuplicateKeys(false);
      root = new Yaml(options).compose(in);
    } catch (MarkedYAMLException e) {
      Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String problem = e.getProblem() != null ? e.getProblem() : "not valid YAML";
      throw new ConfigException(m == null ? shown + ": " + problem
          : shown + ":" + (m.getLine() + 1) + ":" + (m.getColumn() + 1) + ": " + problem);
    } catch (YAMLException e) {
      throw new ConfigException(shown + ": not valid YAML");
    } catch (IOException e) {
      throw new ConfigException(shown + ": cannot read the file");
    }
    if (root == null) {
      return withFile(IaclintConfig.EMPTY, file);
    }
    return new Reading(file, shown).read(root);
  }

  private static IaclintConfig withFile(IaclintConfig c, Path file) {
    return new IaclintConfig(file, c.format(), c.outputs(), c.failOn(), c.softFail(), c.include(),
        c.exclude(), c.excludePaths(), c.vars(), c.varFiles(), c.cfnParams(), c.baseline(),
        c.inlineSuppressions(), c.severityOverrides(), c.disabledRules(), c.customRuleDirectories());
  }

  /** One read of one file. */
  private final class Reading {
    private final Path file;
    private final Path dir;
    private final String shown;
    private final Set<String> knownRuleIds = new LinkedHashSet<>(ConfigLoader.this.knownRuleIds);

    Reading(Path file, String shown) {
      this.file = file;
      this.dir = file.toAbsolutePath().normalize().getParent();
      this.shown = shown;
    }

    IaclintConfig read(Node root) throws ConfigException {
      MappingNode map = mapping(root, "the configuration");
      knowCustomRuleIds(map);
      String format = null;
      List<String> outputs = List.of();
      Severity failOn = null;
      Boolean softFail = null;
      List<String> include = List.of();
      List<String> exclude = List.of();
      List<String> excludePaths = List.of();
      Map<String, String> vars = Map.of();
      List<Path> varFiles = List.of();
      Map<String, String> cfnParams = Map.of();
      Path baseline = null;
      Boolean inline = null;
      Map<String, Severity> overrides = new LinkedHashMap<>();
      Set<String> disabled = new LinkedHashSet<>();
      List<Path> customRules = List.of();
      Set<String> seen = new HashSet<>();
      for (NodeTuple t : map.getValue()) {
        String key = key(t, seen);
        Node v = t.getValueNode();
        switch (key) {
          case "format" -> {
            format = scalar(v, key);
            if (ReportFormat.byId(format) == null) {
              throw error(v, "format must be one of " + String.join(", ", ReportFormat.ids())
                  + ", not '" + format + "'");
            }
          }
          case "output" -> {
            outputs = strings(v, key);
            for (int i = 0; i < outputs.size(); i++) {
              String problem = OutputSpec.problem(outputs.get(i));
              if (problem != null) {
                throw error(element(v, i), problem);
              }
            }
            outputs = outputs.stream().map(o -> {
              OutputSpec spec = OutputSpec.parse(o);
              return spec.format().id() + "=" + dir.resolve(spec.file());
            }).toList();
          }
          case "fail-on" -> failOn = severity(v, key);
          case "soft-fail" -> softFail = bool(v, key);
          case "include" -> include = selectors(v, key);
          case "exclude" -> exclude = selectors(v, key);
          case "exclude-path" -> {
            excludePaths = strings(v, key);
            for (int i = 0; i < excludePaths.size(); i++) {
              String problem = PathGlobs.problem(excludePaths.get(i));
              if (problem != null) {
                throw error(element(v, i), "exclude-path: " + problem);
              }
            }
          }
          case "var" -> vars = stringMap(v, key);
          case "var-file" -> varFiles = existing(v, key, Files::isRegularFile, "no such file");
          case "cfn-param" -> cfnParams = stringMap(v, key);
          case "baseline" -> baseline = dir.resolve(scalar(v, key));
          case "inline-suppressions" -> inline = bool(v, key);
          case "rules" -> rules(v, overrides, disabled);
          case "custom-rules" -> customRules = existing(v, key, Files::isDirectory, "no such directory");
          default -> throw error(t.getKeyNode(), "unknown key '" + key + "'" + suggestion(key, KEYS)
              + " (known keys: " + String.join(", ", KEYS) + ")");
        }
      }
      return new IaclintConfig(file, format, outputs, failOn, softFail, include, exclude,
          excludePaths, vars, varFiles, cfnParams, baseline, inline, overrides, disabled, customRules);
    }

    /**
     * The rules of {@code custom-rules} directories may be named in {@code rules:}, {@code include}
     * and {@code exclude} wherever they stand in the file. Broken rule files are left to the scan,
     * which reports them with their positions.
     */
    private void knowCustomRuleIds(MappingNode map) {
      for (NodeTuple t : map.getValue()) {
        if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("custom-rules")
            && t.getValueNode() instanceof SequenceNode dirs) {
          for (Node d : dirs.getValue()) {
            if (d instanceof ScalarNode s && Files.isDirectory(dir.resolve(s.getValue()))) {
              RuleFiles.loadDirectory(dir.resolve(s.getValue())).rules()
                  .forEach(r -> knownRuleIds.add(r.id()));
            }
          }
        }
      }
    }

    private void rules(Node v, Map<String, Severity> overrides, Set<String> disabled)
        throws ConfigException {
      MappingNode rules = mapping(v, "rules");
      Set<String> seen = new HashSet<>();
      for (NodeTuple t : rules.getValue()) {
        String given = key(t, seen);
        String id = knownRuleIds.stream().filter(k -> k.equalsIgnoreCase(given)).findFirst()
            .orElseThrow(() -> error(t.getKeyNode(), "rules: unknown rule id '" + given + "'"
                + suggestion(given, knownRuleIds) + " (see 'iaclint rules')"));
        MappingNode settings = mapping(t.getValueNode(), "rules." + given);
        Set<String> seenSetting = new HashSet<>();
        for (NodeTuple s : settings.getValue()) {
          String key = key(s, seenSetting);
          switch (key) {
            case "severity" -> overrides.put(id, severity(s.getValueNode(), "rules." + given + ".severity"));
            case "enabled" -> {
              if (!bool(s.getValueNode(), "rules." + given + ".enabled")) {
                disabled.add(id);
              }
            }
            default -> throw error(s.getKeyNode(), "unknown key '" + key + "' in rules." + given
                + suggestion(key, RULE_KEYS) + " (known keys: severity, enabled)");
          }
        }
      }
    }

    private String key(NodeTuple t, Set<String> seen) throws ConfigException {
      Node k = t.getKeyNode();
      if (!(k instanceof ScalarNode s)) {
        throw error(k, "keys must be plain names");
      }
      if (!seen.add(s.getValue())) {
        throw error(k, "duplicate key '" + s.getValue() + "'");
      }
      return s.getValue();
    }

    private MappingNode mapping(Node n, String what) throws ConfigException {
      if (n instanceof MappingNode m) {
        return m;
      }
      throw error(n, what + " must be a mapping of keys to values");
    }

    private String scalar(Node n, String key) throws ConfigException {
      if (n instanceof ScalarNode s && !s.getTag().equals(Tag.NULL)) {
        return s.getValue();
      }
      throw error(n, key + " must be a single value");
    }

    private boolean bool(Node n, String key) throws ConfigException {
      if (n instanceof ScalarNode s && s.getTag().equals(Tag.BOOL)) {
        String v = s.getValue().toLowerCase(java.util.Locale.ROOT);
        return v.equals("true") || v.equals("yes") || v.equals("on") || v.equals("y");
      }
      throw error(n, key + " must be true or false");
    }

    private Severity severity(Node n, String key) throws ConfigException {
      String v = scalar(n, key);
      Severity s = Severity.parse(v);
      if (s == null) {
        throw error(n, key + " must be one of CRITICAL, HIGH, MEDIUM, LOW, not '" + v + "'");
      }
      return s;
    }

    /** A single value or a list of values. */
    private List<String> strings(Node n, String key) throws ConfigException {
      if (n instanceof SequenceNode seq) {
        List<String> result = new ArrayList<>();
        for (Node e : seq.getValue()) {
          result.add(scalar(e, key + " entries"));
        }
        return result;
      }
      return List.of(scalar(n, key));
    }

    /** The paths a list names, relative to this file; one that {@code exists} rejects is an error at its entry. */
    private List<Path> existing(Node n, String key, Predicate<Path> exists, String missing) throws ConfigException {
      List<String> names = strings(n, key);
      List<Path> resolved = new ArrayList<>();
      for (int i = 0; i < names.size(); i++) {
        Path p = dir.resolve(names.get(i));
        if (!exists.test(p)) {
          throw error(element(n, i), key + ": " + missing + ": " + names.get(i));
        }
        resolved.add(p);
      }
      return resolved;
    }

    private List<String> selectors(Node n, String key) throws ConfigException {
      List<String> values = strings(n, key);
      for (int i = 0; i < values.size(); i++) {
        try {
          Selector.parse(values.get(i), knownRuleIds);
        } catch (IllegalArgumentException e) {
          throw error(element(n, i), key + ": " + e.getMessage());
        }
      }
      return values;
    }

    private Map<String, String> stringMap(Node n, String key) throws ConfigException {
      Map<String, String> result = new LinkedHashMap<>();
      Set<String> seen = new HashSet<>();
      for (NodeTuple t : mapping(n, key).getValue()) {
        result.put(key(t, seen), scalar(t.getValueNode(), key + "." + ((ScalarNode) t.getKeyNode()).getValue()));
      }
      return result;
    }

    private Node element(Node n, int i) {
      return n instanceof SequenceNode seq ? seq.getValue().get(i) : n;
    }

    private ConfigException error(Node n, String message) {
      Mark m = n.getStartMark();
      return new ConfigException(shown + ":" + (m.getLine() + 1) + ":" + (m.getColumn() + 1) + ": " + message);
    }
  }

  /** " (did you mean 'x'?)" for a close enough known name, else "". */
  public static String suggestion(String given, Collection<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String k : known) {
      int d = distance(given.toLowerCase(java.util.Locale.ROOT), k.toLowerCase(java.util.Locale.ROOT));
      if (d < bestDistance) {
        bestDistance = d;
        best = k;
      }
    }
    return best != null && bestDistance <= Math.max(2, given.length() / 3) ? " (did you mean '" + best + "'?)" : "";
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
