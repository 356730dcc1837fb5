package dev.iaclint.core.report;

/** ANSI styles for the text format; every method returns plain text when colour is off. */
final class Ansi {
  private static final String RESET = "\u001b[0m";

  private final boolean on;

  Ansi(boolean on) {
    this.on = on;
  }

  String bold(String s) {
    return style("1", s);
  }

  String dim(String s) {
    return style("2", s);
  }

  String red(String s) {
    return style("31", s);
  }

  String boldRed(String s) {
    return style("1;31", s);
  }

  String yellow(String s) {
    return style("33", s);
  }

  String cyan(String s) {
    return style("36", s);
  }

  String magenta(String s) {
    return style("1;35", s);
  }

  String green(String s) {
    return style("32", s);
  }

  private String style(String code, String s) {
    return on ? "\u001b[" + code + "m" + s + RESET : s;
  }
}
