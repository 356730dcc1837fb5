package dev.iaclint.core.compose;

import dev.iaclint.core.source.SourceFile;
import dev.iaclint.core.value.ListValue;
import dev.iaclint.core.value.MapValue;
import dev.iaclint.core.value.StringValue;
import dev.iaclint.core.value.Value;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code .env} file docker compose reads from the project directory (the compose file's
 * directory), and the substitution of its variables into the compose file's strings. A variable
 * the file does not set is left for {@link ComposeFiles#interpolate}: the shell docker compose
 * runs in may set it, so it stays unknown (and so does a {@code ${VAR:-default}} whose variable
 * is not in the file).
 */
final class DotEnv {
  private DotEnv() {}

  private static final Pattern LINE = Pattern.compile("^\\s*(?:export\\s+)?([A-Za-z_][A-Za-z0-9_]*)\\s*=\\s*(.*?)\\s*$");
  /** {@code ${VAR}}, {@code ${VAR:-x}} and friends, or {@code $VAR}; {@code $$} is skipped by the caller. */
  private static final Pattern REFERENCE =
      Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])[^}]*)?}|\\$([A-Za-z_][A-Za-z0-9_]*)");

  /** The variables of the {@code .env} beside {@code composeFile}; empty when there is none or it cannot be read. */
  static Map<String, String> of(SourceFile composeFile) {
    Map<String, String> vars = new LinkedHashMap<>();
    if (composeFile.path() == null || composeFile.path().getParent() == null) {
      return vars;
    }
    Path file = composeFile.path().getParent().resolve(".env");
    if (!Files.isRegularFile(file)) {
      return vars;
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      return vars;
    }
    for (String line : lines) {
      if (line.stripLeading().startsWith("#")) {
        continue;
      }
      Matcher m = LINE.matcher(line);
      if (m.matches()) {
        vars.put(m.group(1), unquote(m.group(2)));
      }
    }
    return vars;
  }

  private static String unquote(String v) {
    if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
      return v.substring(1, v.length() - 1);
    }
    int comment = v.indexOf(" #");
    return comment >= 0 ? v.substring(0, comment).stripTrailing() : v;
  }

  /** {@code value} with every reference to a variable of {@code vars} replaced, at the same ranges. */
  static Value substitute(Value value, Map<String, String> vars) {
    if (vars.isEmpty()) {
      return value;
    }
    if (value instanceof StringValue s && s.value().contains("$")) {
      String text = substitute(s.value(), vars);
      return text.equals(s.value()) ? s : new StringValue(text, s.range(), s.origin());
    }
    if (value instanceof MapValue m) {
      Map<String, Value> entries = new LinkedHashMap<>();
      boolean changed = false;
      for (String key : m.keys()) {
        Value v = substitute(m.get(key), vars);
        changed |= v != m.get(key);
        entries.put(key, v);
      }
      return changed ? new MapValue(entries, m.memberRanges(), m.kind(), m.range(), m.origin()) : m;
    }
    if (value instanceof ListValue l) {
      List<Value> elements = new ArrayList<>();
      boolean changed = false;
      for (Value e : l.elements()) {
        Value v = substitute(e, vars);
        changed |= v != e;
        elements.add(v);
      }
      return changed ? new ListValue(elements, l.kind(), l.range(), l.origin()) : l;
    }
    return value;
  }

  /**
   * Whether the {@code .env} value {@code set} is what compose substitutes: {@code ${VAR}},
   * {@code ${VAR-x}}, {@code ${VAR?x}} take any set value; {@code ${VAR:-x}}, {@code ${VAR:?x}} a
   * non-empty one; {@code ${VAR+x}} forms are left alone.
   */
  private static boolean usable(String set, String operator) {
    if (set == null || operator != null && operator.endsWith("+")) {
      return false;
    }
    return operator == null || !operator.startsWith(":") || !set.isEmpty();
  }

  private static String substitute(String text, Map<String, String> vars) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      if (text.startsWith("$$", i)) {
        out.append("$$"); // an escaped dollar: ComposeFiles.interpolate turns it into '$'
        i += 2;
        continue;
      }
      Matcher m = REFERENCE.matcher(text).region(i, text.length());
      if (text.charAt(i) == '$' && m.lookingAt()) {
        String name = m.group(1) != null ? m.group(1) : m.group(3);
        String operator = m.group(2);
        String set = vars.get(name);
        if (usable(set, m.group(2))) {
          out.append(set.replace("$", "$$"));
        } else {
          out.append(m.group());
        }
        i = m.end();
        continue;
      }
      out.append(text.charAt(i++));
    }
    return out.toString();
  }
}
