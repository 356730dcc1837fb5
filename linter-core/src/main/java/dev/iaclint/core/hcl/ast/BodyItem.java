package dev.iaclint.core.hcl.ast;

/** An attribute or a block, in the order written. */
public sealed interface BodyItem extends Node permits Attribute, Block {
}
