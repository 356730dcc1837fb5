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
 * directory), and docker compose's interpolation of the compose file's strings with it, as the
 * compose specification defines it: {@code ${VAR}} and {@code $VAR} take the variable's value;
 * {@code ${VAR:-default}} the default when the variable is unset or empty, {@code ${VAR-default}}
 * only when it is unset; {@code ${VAR:+alt}} / {@code ${VAR+alt}} the alternative when it is set
 * (and not empty); {@code ${VAR:?err}} / {@code ${VAR?err}} fail without it; defaults and
 * alternatives may themselves interpolate; {@code $$} is a literal {@code $}.
 *
 * <p>The variables iaclint knows are those of {@code .env}; the values it reads are what
 * {@code docker compose up} gives in a shell that sets none of them, so a default written in the
 * file is used, as Terraform's variable defaults are. What only the shell can give (a variable
 * without a default that {@code .env} does not set, a {@code :?} form, an alternative of an unset
 * variable) is left as written for {@link ComposeFiles#interpolate}, which makes it unknown.
 * {@code .env} values are interpolated too (unquoted and double-quoted ones, with the variables
 * above them); single-quoted values are literal.
 */
final class DotEnv {
  private DotEnv() {}

  private static final Pattern LINE = Pattern.compile("^\\s*(?:export\\s+)?([A-Za-z_][A-Za-z0-9_]*)\\s*=\\s*(.*?)\\s*$");
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  /**
   * The variables of the {@code .env} beside {@code composeFile}; empty when there is none or it
   * cannot be read. A variable whose value refers to one the file does not set maps to null (only
   * the shell can tell).
   */
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
        vars.put(m.group(1), value(m.group(2), vars));
      }
    }
    return vars;
  }

  /** A {@code .env} value as compose reads it, or null when it refers to a variable not known. */
  private static String value(String raw, Map<String, String> vars) {
    if (raw.length() >= 2 && raw.startsWith("'") && raw.endsWith("'")) {
      return raw.substring(1, raw.length() - 1);
    }
    String text;
    if (raw.length() >= 2 && raw.startsWith("\"") && raw.endsWith("\"")) {
      text = raw.substring(1, raw.length() - 1).replace("\\n", "\n").replace("\\\"", "\"").replace("\\\\", "\\");
    } else {
      int comment = raw.indexOf(" #");
      text = comment >= 0 ? raw.substring(0, comment).stripTrailing() : raw;
    }
    if (!text.contains("$")) {
      return text;
    }
    String resolved = interpolate(text, vars);
    return resolved == null || resolved.replace("$$", "").contains("$") ? null : resolved.replace("$$", "$");
  }

  /** {@code value} with every variable reference compose can resolve from {@code vars} replaced, at the same ranges. */
  static Value substitute(Value value, Map<String, String> vars) {
    if (value instanceof StringValue s && s.value().contains("$")) {
      String text = interpolate(s.value(), vars);
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
   * {@code text} with the references compose resolves from {@code vars} replaced by their values
   * (a {@code $} in a value written {@code $$}); references only the shell can resolve, and
   * {@code $$}, stay as written.
   */
  private static String interpolate(String text, Map<String, String> vars) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c != '$' || i + 1 >= text.length()) {
        out.append(c);
        i++;
      } else if (text.charAt(i + 1) == '$') {
        out.append("$$"); // an escaped dollar: ComposeFiles.interpolate turns it into '$'
        i += 2;
      } else if (text.charAt(i + 1) == '{') {
        int end = closingBrace(text, i + 2);
        if (end < 0) {
          out.append(text, i, text.length());
          break;
        }
        out.append(braced(text.substring(i, end + 1), text.substring(i + 2, end), vars));
        i = end + 1;
      } else {
        Matcher name = NAME.matcher(text).region(i + 1, text.length());
        if (name.lookingAt()) {
          String set = vars.get(name.group());
          out.append(set != null ? escape(set) : text.substring(i, name.end()));
          i = name.end();
        } else {
          out.append(c);
          i++;
        }
      }
    }
    return out.toString();
  }

  /** The index of the '}' closing a {@code ${} whose body starts at {@code from}, nested ones skipped; -1 if none. */
  private static int closingBrace(String text, int from) {
    int depth = 0;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '$') {
        i++;
      } else if (c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
        depth++;
        i++;
      } else if (c == '}') {
        if (depth == 0) {
          return i;
        }
        depth--;
      }
    }
    return -1;
  }

  /** What {@code ${body}} becomes, or {@code written} when only the shell can tell. */
  private static String braced(String written, String body, Map<String, String> vars) {
    Matcher name = NAME.matcher(body);
    if (!name.lookingAt()) {
      return written;
    }
    String var = name.group();
    String rest = body.substring(var.length());
    boolean inEnv = vars.containsKey(var);
    String set = vars.get(var); // null when .env does not set it, or sets it from what only the shell knows
    if (inEnv && set == null) {
      return written;
    }
    if (rest.isEmpty()) {
      return set != null ? escape(set) : written;
    }
    boolean colon = rest.startsWith(":");
    String op = colon ? rest.substring(1) : rest;
    if (op.isEmpty()) {
      return written;
    }
    String word = op.substring(1);
    boolean present = set != null && (!colon || !set.isEmpty());
    switch (op.charAt(0)) {
      case '-' -> {
        return present ? escape(set) : interpolate(word, vars);
      }
      case '+' -> {
        if (present) {
          return interpolate(word, vars);
        }
        return set != null ? "" : written; // set but empty under ':+'
      }
      case '?' -> {
        return present ? escape(set) : written;
      }
      default -> {
        return written;
      }
    }
  }

  private static String escape(String value) {
    return value.replace("$", "$$");
  }
}
