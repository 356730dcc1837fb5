package dev.iaclint.core.source;

import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;

/** A file whose bytes are not valid UTF-8. */
public final class MalformedInputException extends CharacterCodingException {
  private final Path file;
  private final int byteOffset;

  public MalformedInputException(Path file, int byteOffset) {
    this.file = file;
    this.byteOffset = byteOffset;
  }

  public Path file() {
    return file;
  }

  /** 0-based offset of the first byte that is not valid UTF-8. */
  public int byteOffset() {
    return byteOffset;
  }

  @Override
  public String getMessage() {
    return "not valid UTF-8 text (first invalid byte at offset " + byteOffset + ")";
  }
}
