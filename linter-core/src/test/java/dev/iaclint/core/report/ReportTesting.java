package dev.iaclint.core.report;

import dev.iaclint.core.scan.ScanResult;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

final class ReportTesting {
  private ReportTesting() {}

  static String render(ReportFormat format, ScanResult result, ReportContext context) {
    StringWriter out = new StringWriter();
    try {
      format.reporter().write(result, context, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
