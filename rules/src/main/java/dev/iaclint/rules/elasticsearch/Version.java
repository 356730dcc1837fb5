package dev.iaclint.rules.elasticsearch;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A product version as far as the rules need it: major and minor. */
/**
 * @param minor {@code -1} when the version names only a major ({@code elasticsearch:8})
 */
public record Version(int major, int minor) implements Comparable<Version> {
  private static final Pattern LEADING = Pattern.compile("^v?(\\d{1,4})(?:\\.(\\d{1,4}))?(?:[.\\-+_].*)?$");

  /** {@code 8.13.4}, {@code 7.17}, {@code 8}, {@code 8.13.4-debian-12-r0}, {@code v2.11.0}; otherwise {@code null}. */
  public static Version parse(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = LEADING.matcher(text.trim());
    if (!m.matches()) {
      return null;
    }
    return new Version(Integer.parseInt(m.group(1)), m.group(2) == null ? -1 : Integer.parseInt(m.group(2)));
  }

  public boolean isBefore(int major) {
    return this.major < major;
  }

  @Override
  public int compareTo(Version o) {
    return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor);
  }

  @Override
  public String toString() {
    return minor < 0 ? Integer.toString(major) : major + "." + minor;
  }
}
