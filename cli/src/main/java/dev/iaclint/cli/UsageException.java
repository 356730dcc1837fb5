package dev.iaclint.cli;

/** A mistake in how iaclint was called (a bad option value, an unknown rule): exit 2, one line. */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
