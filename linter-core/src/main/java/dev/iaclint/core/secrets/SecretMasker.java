package dev.iaclint.core.secrets;

import dev.iaclint.core.source.SourceFile;
import dev.iaclint.core.source.SourceRange;
import java.util.Collection;
import java.util.List;

/**
 * Turns secrets into text that is safe to print. Everything iaclint writes about a secret (finding
 * messages, snippets, diagnostics, log lines) goes through here.
 *
 * <p>A masked secret shows at most the fixed, public prefix of its format ({@code AKIA},
 * {@code ghp_}, {@code sk_live_}), then a mask and the length: {@code sk_live_****…(51 chars)}. A
 * secret of no known format shows no character of itself: {@code ****…(24 chars)}.
 */
public final class SecretMasker {
  private SecretMasker() {}

  /** The longest prefix ever shown; a prefix is only shown if the rest is at least as long. */
  static final int MAX_PREFIX = 8;

  /** {@code value} masked, showing the fixed prefix of the format it has (if any). */
  public static String mask(String value) {
    if (value == null) {
      return "****";
    }
    return mask(value, TokenFormats.kindOf(value).orElse(null));
  }

  /** {@code value} masked, showing the fixed prefix of {@code kind} when the value starts with it. */
  public static String mask(String value, SecretKind kind) {
    if (value == null) {
      return "****";
    }
    int length = value.codePointCount(0, value.length());
    String prefix = "";
    if (kind != null) {
      for (String p : kind.fixedPrefixes()) {
        if (value.startsWith(p) && p.length() <= MAX_PREFIX && value.length() >= 2 * p.length()) {
          prefix = p;
          break;
        }
      }
    }
    return prefix + "****…(" + length + (length == 1 ? " char)" : " chars)");
  }

  /**
   * Line {@code line} of {@code file} with every character covered by {@code redactions} replaced
   * by {@code *}, one per character so that columns (and carets under them) still line up.
   */
  public static String redactLine(SourceFile file, int line, Collection<SourceRange> redactions) {
    String text = file.line(line);
    if (redactions.isEmpty()) {
      return text;
    }
    int[] cps = text.codePoints().toArray();
    boolean changed = false;
    for (SourceRange r : redactions) {
      if (r.file() != file || line < r.startLine() || line > r.endLine()) {
        continue;
      }
      int from = line == r.startLine() ? r.startColumn() - 1 : 0;
      int to = line == r.endLine() ? r.endColumn() - 1 : cps.length;
      for (int i = Math.max(0, from); i < Math.min(cps.length, to); i++) {
        if (!Character.isWhitespace(cps[i])) {
          cps[i] = '*';
          changed = true;
        }
      }
    }
    return changed ? new String(cps, 0, cps.length) : text;
  }

  /** Lines {@code fromLine..toLine} (inclusive) of {@code file}, redacted, joined with {@code \n}. */
  public static String redactLines(SourceFile file, int fromLine, int toLine,
      Collection<SourceRange> redactions) {
    StringBuilder sb = new StringBuilder();
    for (int l = fromLine; l <= toLine; l++) {
      if (l > fromLine) {
        sb.append('\n');
      }
      sb.append(redactLine(file, l, redactions));
    }
    return sb.toString();
  }

  /**
   * {@code text} with every secret the detectors recognise in it masked: for messages that quote
   * input we do not control (a parser error, an exception message), as a last line of defence.
   */
  public static String scrub(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    List<SecretMatch> found = SecretDetector.scan(text, null);
    if (found.isEmpty()) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text.length());
    int at = 0;
    for (SecretMatch m : found) {
      sb.append(text, at, m.start()).append(m.masked());
      at = m.end();
    }
    return sb.append(text, at, text.length()).toString();
  }
}
