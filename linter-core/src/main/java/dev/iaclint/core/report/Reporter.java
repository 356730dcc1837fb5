package dev.iaclint.core.report;

import dev.iaclint.core.scan.ScanResult;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes a scan result in one output format. Implementations are stateless, write the same bytes
 * for the same result, never print a secret, and flush but do not close {@code out}.
 */
public interface Reporter {
  void write(ScanResult result, ReportContext context, Writer out) throws IOException;
}
