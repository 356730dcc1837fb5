package dev.iaclint.core.suppress;

import dev.iaclint.core.source.SourceFile;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the comments of a file without parsing it: HCL ({@code #}, {@code //}, {@code /* *\/},
 * skipping strings, template interpolations and heredocs) and YAML ({@code #} after whitespace,
 * outside quoted scalars and block scalars). JSON has no comments.
 */
public final class CommentScanner {
  private static final Pattern HEREDOC = Pattern.compile("<<-?([A-Za-z_][A-Za-z0-9_-]*)[ \\t]*(\\r?\\n|\\r)");
  private static final Pattern BLOCK_SCALAR = Pattern.compile(".*(?:^|[:\\-?]\\s)\\s*[|>][0-9+-]*\\s*(?:#.*)?$");

  /** The comment syntax of a file. */
  public enum Syntax { HCL, YAML, NONE }

  private CommentScanner() {}

  public static Syntax syntaxOf(SourceFile file) {
    String name = file.displayPath().toLowerCase(Locale.ROOT);
    if (name.endsWith(".tf") || name.endsWith(".tfvars") || name.endsWith(".hcl")) {
      return Syntax.HCL;
    }
    if (name.endsWith(".yml") || name.endsWith(".yaml")) {
      return Syntax.YAML;
    }
    if (name.endsWith(".template")) {
      return file.text().stripLeading().startsWith("{") ? Syntax.NONE : Syntax.YAML;
    }
    return Syntax.NONE;
  }

  public static List<Comment> scan(SourceFile file) {
    return switch (syntaxOf(file)) {
      case HCL -> hcl(file);
      case YAML -> yaml(file);
      case NONE -> List.of();
    };
  }

  private static List<Comment> hcl(SourceFile file) {
    String s = file.text();
    List<Comment> comments = new ArrayList<>();
    // Frames: a negative number is a template interpolation's brace depth, 0 is a string.
    Deque<int[]> stack = new ArrayDeque<>();
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      int[] top = stack.peek();
      boolean inString = top != null && top[0] == 0;
      if (inString) {
        if (c == '\\') {
          i += 2;
        } else if (c == '"' || c == '\n') {
          stack.pop();
          i++;
        } else if ((c == '$' || c == '%') && i + 2 < n && s.charAt(i + 1) == c && s.charAt(i + 2) == '{') {
          i += 3; // $${ and %%{ are literal text, not interpolations
        } else if ((c == '$' || c == '%') && i + 1 < n && s.charAt(i + 1) == '{') {
          stack.push(new int[] {-1});
          i += 2;
        } else {
          i++;
        }
        continue;
      }
      if (c == '"') {
        stack.push(new int[] {0});
        i++;
      } else if (c == '{' && top != null) {
        top[0]--;
        i++;
      } else if (c == '}' && top != null) {
        top[0]++;
        if (top[0] == 0) {
          stack.pop();
        }
        i++;
      } else if (c == '#' || (c == '/' && i + 1 < n && s.charAt(i + 1) == '/')) {
        int start = i;
        int end = i;
        while (end < n && s.charAt(end) != '\n' && s.charAt(end) != '\r') {
          end++;
        }
        String text = s.substring(start + (c == '#' ? 1 : 2), end);
        comments.add(new Comment(text, ownLine(s, start), file.rangeOfChars(start, end)));
        i = end;
      } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
        int close = s.indexOf("*/", i + 2);
        int end = close < 0 ? n : close + 2;
        String text = s.substring(i + 2, close < 0 ? n : close);
        comments.add(new Comment(text, ownLine(s, i), file.rangeOfChars(i, end)));
        i = end;
      } else if (c == '<' && i + 1 < n && s.charAt(i + 1) == '<') {
        Matcher m = HEREDOC.matcher(s).region(i, n);
        if (m.lookingAt()) {
          i = skipHeredoc(s, m.end(), m.group(1));
        } else {
          i += 2;
        }
      } else {
        i++;
      }
    }
    return comments;
  }

  /** The index just past the heredoc's closing marker line. */
  private static int skipHeredoc(String s, int bodyStart, String marker) {
    int i = bodyStart;
    while (i < s.length()) {
      int eol = i;
      while (eol < s.length() && s.charAt(eol) != '\n' && s.charAt(eol) != '\r') {
        eol++;
      }
      if (s.substring(i, eol).strip().equals(marker)) {
        return eol;
      }
      i = eol + 1;
    }
    return s.length();
  }

  private static boolean ownLine(String s, int index) {
    for (int j = index - 1; j >= 0; j--) {
      char c = s.charAt(j);
      if (c == '\n' || c == '\r') {
        return true;
      }
      if (c != ' ' && c != '\t') {
        return false;
      }
    }
    return true;
  }

  private static List<Comment> yaml(SourceFile file) {
    List<Comment> comments = new ArrayList<>();
    int blockIndent = -1;
    for (int line = 1; line <= file.lineCount(); line++) {
      String text = file.line(line);
      int indent = indentOf(text);
      boolean blank = text.isBlank();
      if (blockIndent >= 0) {
        if (blank || indent > blockIndent) {
          continue; // inside a literal or folded block scalar: '#' is content
        }
        blockIndent = -1;
      }
      int hash = commentStart(text);
      if (hash >= 0) {
        int start = file.lineStartIndex(line) + hash;
        comments.add(new Comment(text.substring(hash + 1), text.substring(0, hash).isBlank(),
            file.rangeOfChars(start, file.lineStartIndex(line) + text.length())));
      }
      String code = hash >= 0 ? text.substring(0, hash) : text;
      if (!code.isBlank() && BLOCK_SCALAR.matcher(code.stripTrailing()).matches()) {
        blockIndent = indent;
      }
    }
    return comments;
  }

  /** The index of the {@code #} that starts a YAML comment on {@code line}, or -1. */
  static int commentStart(String line) {
    char quote = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quote == '"') {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          quote = 0;
        }
      } else if (quote == '\'') {
        if (c == '\'') {
          if (i + 1 < line.length() && line.charAt(i + 1) == '\'') {
            i++;
          } else {
            quote = 0;
          }
        }
      } else if (c == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
        return i;
      } else if ((c == '"' || c == '\'') && startsScalar(line, i)) {
        quote = c;
      }
    }
    return -1;
  }

  /** A quote opens a quoted scalar only where a scalar can begin. */
  private static boolean startsScalar(String line, int i) {
    for (int j = i - 1; j >= 0; j--) {
      char p = line.charAt(j);
      if (!Character.isWhitespace(p)) {
        return p == ':' || p == '-' || p == '[' || p == '{' || p == ',' || p == '?';
      }
    }
    return true;
  }

  private static int indentOf(String line) {
    int i = 0;
    while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }
}
