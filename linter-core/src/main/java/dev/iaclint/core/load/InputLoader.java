package dev.iaclint.core.load;

/**
 * Turns the files of one family of formats into graph nodes and documents. Loaders run in a fixed
 * order; each claims the files it understands and must never throw for bad input (a malformed file
 * becomes an error diagnostic, and the other files go on).
 */
public interface InputLoader {
  void load(LoadContext context);
}
