package dev.iaclint.core.report;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The output formats of {@code iaclint scan}. */
public enum ReportFormat {
  TEXT("text"),
  JSON("json"),
  SARIF("sarif"),
  JUNIT("junit"),
  CHECKSTYLE("checkstyle"),
  GCC("gcc"),
  GITHUB("github");

  private final String id;

  ReportFormat(String id) {
    this.id = id;
  }

  /** The name used on the command line and in {@code .iaclint.yml}: {@code sarif}. */
  public String id() {
    return id;
  }

  /** The format named {@code id} (any case), or {@code null}. */
  public static ReportFormat byId(String id) {
    if (id == null) {
      return null;
    }
    String wanted = id.trim().toLowerCase(Locale.ROOT);
    for (ReportFormat f : values()) {
      if (f.id.equals(wanted)) {
        return f;
      }
    }
    return null;
  }

  public static List<String> ids() {
    return Arrays.stream(values()).map(ReportFormat::id).toList();
  }

  /** A reporter for this format. */
  public Reporter reporter() {
    return switch (this) {
      case TEXT -> new TextReporter();
      case JSON -> new JsonReporter();
      case SARIF -> new SarifReporter();
      case JUNIT -> new JunitReporter();
      case CHECKSTYLE -> new CheckstyleReporter();
      case GCC -> new GccReporter();
      case GITHUB -> new GithubReporter();
    };
  }

  /** Whether the format is meant for machines (so nothing else may be mixed into its stream). */
  public boolean isMachineReadable() {
    return this != TEXT;
  }
}
