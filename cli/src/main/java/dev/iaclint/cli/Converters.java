package dev.iaclint.cli;

import dev.iaclint.core.report.ReportFormat;
import dev.iaclint.core.rule.Severity;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import picocli.CommandLine;

/** Option value converters whose errors read as one clear line. */
final class Converters {
  private Converters() {}

  static final class Format implements CommandLine.ITypeConverter<ReportFormat> {
    @Override
    public ReportFormat convert(String value) {
      ReportFormat f = ReportFormat.byId(value);
      if (f == null) {
        throw new CommandLine.TypeConversionException("unknown format '" + value + "' (expected one of "
            + String.join(", ", ReportFormat.ids()) + ")");
      }
      return f;
    }
  }

  static final class Formats implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return ReportFormat.ids().iterator();
    }
  }

  static final class SeverityConverter implements CommandLine.ITypeConverter<Severity> {
    @Override
    public Severity convert(String value) {
      Severity s = Severity.parse(value);
      if (s == null) {
        throw new CommandLine.TypeConversionException("unknown severity '" + value
            + "' (expected one of CRITICAL, HIGH, MEDIUM, LOW)");
      }
      return s;
    }
  }

  static final class Severities implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      List<String> names = new ArrayList<>();
      for (Severity s : Severity.values()) {
        names.add(s.name());
      }
      return names.iterator();
    }
  }

  /** {@code text} or {@code json}, for {@code rules} and {@code graph}. */
  enum ListFormat {
    text, json
  }

  static final class ListFormatConverter implements CommandLine.ITypeConverter<ListFormat> {
    @Override
    public ListFormat convert(String value) {
      for (ListFormat f : ListFormat.values()) {
        if (f.name().equalsIgnoreCase(value.trim())) {
          return f;
        }
      }
      throw new CommandLine.TypeConversionException("unknown format '" + value + "' (expected text or json)");
    }
  }
}
