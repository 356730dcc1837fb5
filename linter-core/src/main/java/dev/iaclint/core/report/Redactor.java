package dev.iaclint.core.report;

import dev.iaclint.core.rule.Finding;
import dev.iaclint.core.scan.ScanResult;
import dev.iaclint.core.secrets.SecretDetector;
import dev.iaclint.core.secrets.SecretMatch;
import dev.iaclint.core.secrets.SecretValues;
import dev.iaclint.core.source.SourceFile;
import dev.iaclint.core.source.SourceRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Keeps secrets out of every report.
 *
 * <p>Built from the redaction ranges of all findings of a scan: wherever source text is shown, any
 * code point inside such a range is replaced by {@code *} ({@link #maskedLine}); and any text a
 * report prints (messages, reasons, attribute values) is scrubbed of the secret strings those
 * ranges hold ({@link #scrub}), as a second line of defence against a rule that quotes a secret.
 */
public final class Redactor {
  /** What a scrubbed secret becomes in free text. */
  public static final String MASK = "****";
  /** Shorter strings are too likely to be ordinary words to scrub everywhere. */
  private static final int MIN_SCRUB_LENGTH = 4;

  private static final Redactor NONE = new Redactor(List.of());

  private final Map<SourceFile, List<SourceRange>> rangesByFile = new IdentityHashMap<>();
  /** Longest first, so that a secret containing another is replaced whole. */
  private final List<String> secrets;
  /** The secrets that could be secrets on their own ({@link SecretValues#mayBeSecret}). */
  private final List<String> nameSecrets;

  private Redactor(List<SourceRange> ranges) {
    TreeSet<String> strings = new TreeSet<>(Comparator.comparingInt(String::length).reversed()
        .thenComparing(Comparator.naturalOrder()));
    for (SourceRange r : ranges) {
      rangesByFile.computeIfAbsent(r.file(), f -> new ArrayList<>()).add(r);
      String text = textOf(r);
      addSecret(strings, text);
      addSecret(strings, text.strip());
      addSecret(strings, unquote(text.strip()));
      for (String line : text.split("\\R")) {
        addSecret(strings, line.strip());
      }
    }
    this.secrets = List.copyOf(strings);
    this.nameSecrets = strings.stream().filter(SecretValues::mayBeSecret).toList();
  }

  /** A redactor for every secret range any finding of {@code result} marks. */
  public static Redactor of(ScanResult result) {
    return of(result.findings());
  }

  public static Redactor of(List<Finding> findings) {
    List<SourceRange> ranges = new ArrayList<>();
    for (Finding f : findings) {
      ranges.addAll(f.redactions());
    }
    return ranges.isEmpty() ? NONE : new Redactor(ranges);
  }

  public static Redactor ofRanges(List<SourceRange> ranges) {
    return ranges.isEmpty() ? NONE : new Redactor(ranges);
  }

  public static Redactor none() {
    return NONE;
  }

  /** {@code text} with every known secret string replaced by {@link #MASK}. */
  public String scrub(String text) {
    if (text == null || secrets.isEmpty()) {
      return text;
    }
    String result = text;
    for (String s : secrets) {
      if (result.contains(s)) {
        result = result.replace(s, MASK);
      }
    }
    return result;
  }

  /**
   * A resource name or graph address, scrubbed of the secrets that could be secrets on their own.
   * A weak password that is also an ordinary word ("mysql", "minio") stays in the names of
   * resources, where it names the resource and reveals nothing: {@code Pod/mysql-pod} stays
   * readable and keeps the resource-name contract, while messages still mask that word.
   */
  public String scrubName(String name) {
    if (name == null || nameSecrets.isEmpty()) {
      return name;
    }
    String result = name;
    for (String s : nameSecrets) {
      if (result.contains(s)) {
        result = result.replace(s, MASK);
      }
    }
    return result;
  }

  /** Whether {@code range} overlaps a secret. */
  public boolean overlaps(SourceRange range) {
    for (SourceRange r : rangesByFile.getOrDefault(range.file(), List.of())) {
      if (r.startOffset() < range.endOffset() && range.startOffset() < r.endOffset()) {
        return true;
      }
      // An empty range inside a secret still points into it.
      if (range.startOffset() == range.endOffset() && r.startOffset() <= range.startOffset()
          && range.startOffset() < r.endOffset()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Line {@code line} of {@code file} with every code point inside a secret range replaced by
   * {@code *} (so columns still line up), then scrubbed.
   */
  public String maskedLine(SourceFile file, int line) {
    String text = file.line(line);
    List<SourceRange> ranges = rangesByFile.get(file);
    if (ranges != null) {
      int lineStartOffset = file.text().codePointCount(0, file.lineStartIndex(line));
      int[] cps = text.codePoints().toArray();
      for (SourceRange r : ranges) {
        int from = Math.max(0, r.startOffset() - lineStartOffset);
        int to = Math.min(cps.length, r.endOffset() - lineStartOffset);
        for (int i = from; i < to; i++) {
          cps[i] = '*';
        }
      }
      text = new String(cps, 0, cps.length);
    }
    return scrub(maskDetected(text));
  }

  /**
   * {@code line} with every secret the detectors recognise in it starred out, column for column:
   * a line shown for a diagnostic may hold a secret no finding marks (the file did not parse).
   */
  private static String maskDetected(String line) {
    List<SecretMatch> found = SecretDetector.scan(line, null);
    if (found.isEmpty()) {
      return line;
    }
    StringBuilder sb = new StringBuilder(line.length());
    for (int i = 0; i < line.length(); ) {
      int cp = line.codePointAt(i);
      boolean secret = false;
      for (SecretMatch m : found) {
        secret |= i >= m.start() && i < m.end();
      }
      if (secret && !Character.isWhitespace(cp)) {
        sb.append('*');
      } else {
        sb.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    return sb.toString();
  }

  private static void addSecret(TreeSet<String> strings, String s) {
    if (s.codePointCount(0, s.length()) >= MIN_SCRUB_LENGTH) {
      strings.add(s);
    }
  }

  private static String unquote(String s) {
    if (s.length() >= 2 && (s.charAt(0) == '"' || s.charAt(0) == '\'')
        && s.charAt(s.length() - 1) == s.charAt(0)) {
      return s.substring(1, s.length() - 1);
    }
    return s;
  }

  private static String textOf(SourceRange r) {
    String text = r.file().text();
    int cpCount = text.codePointCount(0, text.length());
    int start = Math.min(Math.max(0, r.startOffset()), cpCount);
    int end = Math.min(Math.max(start, r.endOffset()), cpCount);
    int begin = text.offsetByCodePoints(0, start);
    return text.substring(begin, text.offsetByCodePoints(begin, end - start));
  }
}
