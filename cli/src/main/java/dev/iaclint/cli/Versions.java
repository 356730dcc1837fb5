package dev.iaclint.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The iaclint version, from a resource Maven fills in at build time. */
final class Versions {
  private Versions() {}

  static String version() {
    try (InputStream in = Versions.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        Properties p = new Properties();
        p.load(in);
        String v = p.getProperty("version");
        if (v != null && !v.startsWith("${")) {
          return v;
        }
      }
    } catch (IOException e) {
      // fall through: a development build without filtered resources
    }
    return "development";
  }
}
