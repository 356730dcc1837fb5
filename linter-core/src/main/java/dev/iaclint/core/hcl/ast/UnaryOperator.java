package dev.iaclint.core.hcl.ast;

/** Prefix operators. */
public enum UnaryOperator {
  NEGATE("-"), NOT("!");

  private final String symbol;

  UnaryOperator(String symbol) {
    this.symbol = symbol;
  }

  public String symbol() {
    return symbol;
  }
}
