package dev.iaclint.core.hcl.ast;

import dev.iaclint.core.source.SourceRange;

/** A block label, quoted ({@code "aws_s3_bucket"}) or bare ({@code aws_s3_bucket}). */
public record BlockLabel(String value, boolean quoted, SourceRange range) implements Node {
}
