package dev.iaclint.core.hcl.ast;

/** Binary operators with the spec's precedence levels (higher binds tighter). */
public enum BinaryOperator {
  MULTIPLY("*", 6), DIVIDE("/", 6), MODULO("%", 6),
  ADD("+", 5), SUBTRACT("-", 5),
  LESS_THAN("<", 4), LESS_OR_EQUAL("<=", 4), GREATER_THAN(">", 4), GREATER_OR_EQUAL(">=", 4),
  EQUAL("==", 3), NOT_EQUAL("!=", 3),
  AND("&&", 2),
  OR("||", 1);

  private final String symbol;
  private final int precedence;

  BinaryOperator(String symbol, int precedence) {
    this.symbol = symbol;
    this.precedence = precedence;
  }

  public String symbol() {
    return symbol;
  }

  public int precedence() {
    return precedence;
  }
}
