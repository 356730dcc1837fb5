package dev.iaclint.core.hcl;

import dev.iaclint.core.diag.Diagnostic;
import dev.iaclint.core.hcl.ast.Attribute;
import dev.iaclint.core.hcl.ast.BinaryOpExpr;
import dev.iaclint.core.hcl.ast.BinaryOperator;
import dev.iaclint.core.hcl.ast.Block;
import dev.iaclint.core.hcl.ast.BlockLabel;
import dev.iaclint.core.hcl.ast.Body;
import dev.iaclint.core.hcl.ast.BodyItem;
import dev.iaclint.core.hcl.ast.ConditionalExpr;
import dev.iaclint.core.hcl.ast.Expression;
import dev.iaclint.core.hcl.ast.ForExpr;
import dev.iaclint.core.hcl.ast.FunctionCallExpr;
import dev.iaclint.core.hcl.ast.GetAttrExpr;
import dev.iaclint.core.hcl.ast.IndexExpr;
import dev.iaclint.core.hcl.ast.InvalidExpr;
import dev.iaclint.core.hcl.ast.LiteralExpr;
import dev.iaclint.core.hcl.ast.ObjectExpr;
import dev.iaclint.core.hcl.ast.ObjectItem;
import dev.iaclint.core.hcl.ast.ParenthesesExpr;
import dev.iaclint.core.hcl.ast.ScopeTraversalExpr;
import dev.iaclint.core.hcl.ast.SplatExpr;
import dev.iaclint.core.hcl.ast.SplatItemExpr;
import dev.iaclint.core.hcl.ast.TemplateExpr;
import dev.iaclint.core.hcl.ast.TemplatePart;
import dev.iaclint.core.hcl.ast.TraversalStep;
import dev.iaclint.core.hcl.ast.TupleExpr;
import dev.iaclint.core.hcl.ast.UnaryOpExpr;
import dev.iaclint.core.hcl.ast.UnaryOperator;
import dev.iaclint.core.source.SourceRange;
import dev.iaclint.grammar.HCLLexer;
import dev.iaclint.grammar.HCLParser;
import dev.iaclint.grammar.HCLParser.*;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Turns ANTLR's parse tree into the immutable AST. Also performs the checks a context-free
 * grammar cannot: single-line block rules, escape sequences, duplicate attributes. Parts of the
 * tree damaged by a syntax error become {@link InvalidExpr} rather than exceptions.
 */
final class AstBuilder {
  private final Positions pos;
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  AstBuilder(Positions pos) {
    this.pos = pos;
  }

  List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  // ---------------------------------------------------------------- structure

  Body file(ConfigFileContext ctx, int textLength) {
    return body(ctx.body(), pos.range(0, textLength));
  }

  private Body body(BodyContext ctx, SourceRange range) {
    if (ctx == null || ctx.children == null) {
      return new Body(List.of(), range);
    }
    List<BodyItem> items = new ArrayList<>();
    Map<String, Attribute> seen = null;
    for (ParseTree child : ctx.children) {
      if (!(child instanceof BodyItemContext ic)) {
        continue;
      }
      BodyItem item;
      try {
        item = bodyItem(ic);
      } catch (RuntimeException e) {
        // A damaged item (after a syntax error) is left out; its error is already reported.
        continue;
      }
      if (item == null) {
        continue;
      }
      if (item instanceof Attribute a) {
        if (seen == null) {
          seen = new HashMap<>();
        }
        Attribute first = seen.putIfAbsent(a.name(), a);
        if (first != null) {
          error(a.nameRange(), "attribute '" + a.name() + "' is already defined at line "
              + first.nameRange().startLine());
        }
      }
      items.add(item);
    }
    return new Body(items, range);
  }

  private BodyItem bodyItem(BodyItemContext ctx) {
    if (ctx instanceof AttributeContext a) {
      if (a.name() == null) {
        return null;
      }
      SourceRange nameRange = range(a.name());
      Expression value = expr(a.expression());
      return new Attribute(a.name().start.getText(), nameRange, value, SourceRange.span(nameRange, value.range()));
    }
    if (ctx instanceof BlockContext b) {
      return block(b);
    }
    return null;
  }

  private Block block(BlockContext b) {
    if (b.name() == null || b.LBRACE() == null) {
      return null;
    }
    List<BlockLabel> labels = new ArrayList<>(b.blockLabel().size());
    for (BlockLabelContext l : b.blockLabel()) {
      labels.add(label(l));
    }
    Token open = b.LBRACE().getSymbol();
    TerminalNode closeNode = b.RBRACE();
    Token close = closeNode == null ? null : closeNode.getSymbol();
    SourceRange openRange = range(open);
    SourceRange closeRange = close == null ? openRange : range(close);
    int bodyEnd = close == null ? open.getStopIndex() + 1 : close.getStartIndex();
    Body body = body(b.body(), pos.range(open.getStopIndex() + 1, Math.max(open.getStopIndex() + 1, bodyEnd)));
    checkSingleLine(b);
    SourceRange typeRange = range(b.name());
    return new Block(b.name().start.getText(), typeRange, labels, body, openRange, closeRange,
        SourceRange.span(typeRange, closeRange));
  }

  /**
   * A block whose '{' is not followed by a newline is a single-line block: at most one
   * attribute, no nested block, and the '}' on the same line.
   */
  private void checkSingleLine(BlockContext b) {
    BodyContext body = b.body();
    if (body == null || body.children == null || body.children.isEmpty()) {
      return;
    }
    ParseTree first = body.children.get(0);
    if (first instanceof TerminalNode) {
      return;
    }
    if (first instanceof BlockContext nested && nested.LBRACE() != null) {
      error(pos.range(nested.start.getStartIndex(), nested.LBRACE().getSymbol().getStopIndex() + 1),
          "a single-line block cannot contain another block; put '" + nested.name().start.getText()
              + "' on its own line");
      return;
    }
    if (body.children.size() > 1 && body.children.get(1) instanceof TerminalNode nl
        && nl.getSymbol().getType() == HCLLexer.NEWLINE) {
      error(range(nl.getSymbol()), "the closing '}' of a single-line block must be on the same line;"
          + " start the block's content on a new line after '{'");
    }
  }

  private BlockLabel label(BlockLabelContext l) {
    if (l.name() != null) {
      return new BlockLabel(l.name().start.getText(), false, range(l.name()));
    }
    QuotedTemplateContext q = l.quotedTemplate();
    TemplateExpr t = template(q.templateItem(), false, false, range(q));
    String value = t.literalValue().orElse(null);
    if (value == null) {
      error(t.range(), "a block label must be a plain string, without ${ } or %{ }");
      value = "";
    }
    return new BlockLabel(value, true, t.range());
  }

  // ---------------------------------------------------------------- expressions

  Expression expr(ExpressionContext ctx) {
    if (ctx == null) {
      return new InvalidExpr(pos.range(0, 0));
    }
    try {
      return exprUnchecked(ctx);
    } catch (RuntimeException e) {
      return new InvalidExpr(range(ctx));
    }
  }

  private Expression exprUnchecked(ExpressionContext ctx) {
    if (ctx instanceof TermExprContext t) {
      return term(t.exprTerm());
    }
    if (ctx instanceof BinaryExprContext b) {
      Expression lhs = expr(b.expression(0));
      Expression rhs = expr(b.expression(1));
      return new BinaryOpExpr(binaryOp(b.op.getType()), lhs, rhs, range(b.op), range(ctx));
    }
    if (ctx instanceof UnaryExprContext u) {
      UnaryOperator op = u.op.getType() == HCLLexer.MINUS ? UnaryOperator.NEGATE : UnaryOperator.NOT;
      return new UnaryOpExpr(op, expr(u.expression()), range(ctx));
    }
    if (ctx instanceof ConditionalExprContext c) {
      return new ConditionalExpr(expr(c.expression(0)), expr(c.expression(1)), expr(c.expression(2)),
          range(ctx));
    }
    return new InvalidExpr(range(ctx));
  }

  private static BinaryOperator binaryOp(int type) {
    return switch (type) {
      case HCLLexer.STAR -> BinaryOperator.MULTIPLY;
      case HCLLexer.SLASH -> BinaryOperator.DIVIDE;
      case HCLLexer.PERCENT -> BinaryOperator.MODULO;
      case HCLLexer.PLUS -> BinaryOperator.ADD;
      case HCLLexer.MINUS -> BinaryOperator.SUBTRACT;
      case HCLLexer.LT -> BinaryOperator.LESS_THAN;
      case HCLLexer.LE -> BinaryOperator.LESS_OR_EQUAL;
      case HCLLexer.GT -> BinaryOperator.GREATER_THAN;
      case HCLLexer.GE -> BinaryOperator.GREATER_OR_EQUAL;
      case HCLLexer.EQEQ -> BinaryOperator.EQUAL;
      case HCLLexer.NEQ -> BinaryOperator.NOT_EQUAL;
      case HCLLexer.AND -> BinaryOperator.AND;
      case HCLLexer.OR -> BinaryOperator.OR;
      default -> throw new IllegalStateException("not a binary operator: " + type);
    };
  }

  private Expression term(ExprTermContext ctx) {
    Expression base = primary((PrimaryContext) ctx.getChild(0));
    if (ctx.getChildCount() == 1) {
      return base;
    }
    return postfix(base, ctx.postfix(), 0, base.range());
  }

  /**
   * Applies postfix operators {@code posts[from..]} to {@code base}. A full splat takes all the
   * remaining operators into its per-element expression; an attribute-only splat takes only the
   * attribute (and legacy index) steps right after it.
   */
  private Expression postfix(Expression base, List<PostfixContext> posts, int from, SourceRange start) {
    Expression cur = base;
    int n = posts.size();
    int i = from;
    while (i < n) {
      PostfixContext p = posts.get(i);
      if (p instanceof FullSplatContext) {
        SplatItemExpr item = new SplatItemExpr(range(p));
        Expression each = i + 1 < n ? postfix(item, posts, i + 1, item.range()) : item;
        SourceRange r = SourceRange.span(start, range(posts.get(n - 1)));
        return new SplatExpr(cur, each, item, true, r);
      }
      if (p instanceof AttrSplatContext) {
        SplatItemExpr item = new SplatItemExpr(range(p));
        Expression each = item;
        int j = i + 1;
        while (j < n && (posts.get(j) instanceof GetAttrContext || posts.get(j) instanceof LegacyIndexContext)) {
          each = step(each, posts.get(j), item.range());
          j++;
        }
        cur = new SplatExpr(cur, each, item, false, SourceRange.span(start, range(posts.get(j - 1))));
        i = j;
        continue;
      }
      cur = step(cur, p, start);
      i++;
    }
    return cur;
  }

  /** One attribute, index or legacy index step, folded into a traversal where possible. */
  private Expression step(Expression cur, PostfixContext p, SourceRange start) {
    SourceRange pr = range(p);
    SourceRange whole = SourceRange.span(start, pr);
    if (p instanceof GetAttrContext g) {
      String name = g.name().start.getText();
      if (cur instanceof ScopeTraversalExpr t) {
        return t.withStep(new TraversalStep.Attr(name, pr), whole);
      }
      return new GetAttrExpr(cur, name, range(g.name()), whole);
    }
    if (p instanceof LegacyIndexContext l) {
      Token num = l.NUMBER().getSymbol();
      long index = legacyIndex(num);
      if (cur instanceof ScopeTraversalExpr t) {
        return t.withStep(new TraversalStep.LegacyIndex(index, pr), whole);
      }
      return new IndexExpr(cur, new LiteralExpr(BigDecimal.valueOf(index), range(num)), true, whole);
    }
    IndexContext ix = (IndexContext) p;
    Expression key = expr(ix.expression());
    if (cur instanceof ScopeTraversalExpr t) {
      LiteralExpr constant = constantKey(key);
      if (constant != null) {
        return t.withStep(new TraversalStep.Index(constant, pr), whole);
      }
    }
    return new IndexExpr(cur, key, false, whole);
  }

  private long legacyIndex(Token num) {
    String text = num.getText();
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        error(range(num), "invalid index '." + text + "'; write each index in brackets, e.g. [0]");
        return 0;
      }
    }
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      error(range(num), "index '" + text + "' is too large");
      return 0;
    }
  }

  /** A number or literal-only string key, as hcl treats {@code a[0]} and {@code a["k"]}. */
  private static LiteralExpr constantKey(Expression key) {
    if (key instanceof LiteralExpr l && (l.isNumber() || l.isString())) {
      return l;
    }
    if (key instanceof TemplateExpr t && !t.heredoc()) {
      String s = t.literalValue().orElse(null);
      return s == null ? null : new LiteralExpr(s, t.range());
    }
    return null;
  }

  private Expression primary(PrimaryContext ctx) {
    SourceRange r = range(ctx);
    if (ctx instanceof VariableContext v) {
      return new ScopeTraversalExpr(v.start.getText(), r, List.of(), r);
    }
    if (ctx instanceof QuotedTemplateExprContext q) {
      return template(q.quotedTemplate().templateItem(), false, false, r);
    }
    if (ctx instanceof NumberLitContext) {
      return new LiteralExpr(new BigDecimal(ctx.start.getText()), r);
    }
    if (ctx instanceof BoolLitContext b) {
      return new LiteralExpr(b.TRUE() != null, r);
    }
    if (ctx instanceof NullLitContext) {
      return new LiteralExpr(null, r);
    }
    if (ctx instanceof FunctionCallContext f) {
      return call(f, r);
    }
    if (ctx instanceof ObjectContext o) {
      List<ObjectItem> items = new ArrayList<>(o.objectItem().size());
      for (ObjectItemContext item : o.objectItem()) {
        items.add(objectItem(item));
      }
      if (!items.isEmpty() && items.get(0).keyIsIdentifier() && isBareFor(o.objectItem(0).expression(0))) {
        error(items.get(0).key().range(), "an object cannot start with a key named 'for'; write \"for\" or (for)");
      }
      return new ObjectExpr(items, r);
    }
    if (ctx instanceof TupleContext t) {
      List<Expression> items = new ArrayList<>(t.expression().size());
      for (ExpressionContext e : t.expression()) {
        items.add(expr(e));
      }
      if (!items.isEmpty() && isBareFor(t.expression(0))) {
        error(items.get(0).range(), "'for' here starts a for expression; write (for) for a variable named 'for'");
      }
      return new TupleExpr(items, r);
    }
    if (ctx instanceof HeredocTemplateExprContext h) {
      HeredocTemplateContext hc = h.heredocTemplate();
      boolean flush = hc.HEREDOC_START().getText().charAt(2) == '-';
      return template(hc.templateItem(), true, flush, r);
    }
    if (ctx instanceof ParensContext p) {
      return new ParenthesesExpr(expr(p.expression()), r);
    }
    if (ctx instanceof ForTupleContext f) {
      ForIntroContext in = f.forIntro();
      List<ExpressionContext> es = f.expression();
      Expression cond = f.IF() != null ? expr(es.get(1)) : null;
      return new ForExpr(keyVar(in), valueVar(in), expr(in.expression()), null, expr(es.get(0)), cond,
          false, r);
    }
    if (ctx instanceof ForObjectContext f) {
      ForIntroContext in = f.forIntro();
      List<ExpressionContext> es = f.expression();
      Expression cond = f.IF() != null ? expr(es.get(2)) : null;
      return new ForExpr(keyVar(in), valueVar(in), expr(in.expression()), expr(es.get(0)),
          expr(es.get(1)), cond, f.ELLIPSIS() != null, r);
    }
    return new InvalidExpr(r);
  }

  /** Whether the expression is the bare word "for", which the spec reserves at these places. */
  private static boolean isBareFor(ExpressionContext e) {
    return e instanceof TermExprContext t && t.exprTerm().getChildCount() == 1
        && t.exprTerm().primary() instanceof VariableContext v && v.start.getType() == HCLLexer.FOR;
  }

  private static String keyVar(ForIntroContext in) {
    return in.name().size() > 1 ? in.name(0).start.getText() : null;
  }

  private static String valueVar(ForIntroContext in) {
    return in.name(in.name().size() - 1).start.getText();
  }

  private Expression call(FunctionCallContext f, SourceRange r) {
    List<NameContext> names = f.functionName().name();
    String name = names.get(names.size() - 1).start.getText();
    String namespace = null;
    if (names.size() > 1) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < names.size() - 1; i++) {
        if (i > 0) {
          sb.append("::");
        }
        sb.append(names.get(i).start.getText());
      }
      namespace = sb.toString();
    }
    List<Expression> args = new ArrayList<>();
    boolean expand = false;
    ArgumentsContext a = f.arguments();
    if (a != null) {
      for (ExpressionContext e : a.expression()) {
        args.add(expr(e));
      }
      expand = a.ELLIPSIS() != null;
    }
    return new FunctionCallExpr(namespace, name, range(f.functionName()), args, expand, r);
  }

  private ObjectItem objectItem(ObjectItemContext item) {
    ExpressionContext keyCtx = item.expression(0);
    Expression value = expr(item.expression(1));
    Expression key = null;
    boolean ident = false;
    // A bare name is the key's text, not a variable (true, false and null included).
    if (keyCtx instanceof TermExprContext t && t.exprTerm().postfix().isEmpty()) {
      PrimaryContext p = t.exprTerm().primary();
      if (p instanceof VariableContext || p instanceof BoolLitContext || p instanceof NullLitContext) {
        key = new LiteralExpr(p.start.getText(), range(p));
        ident = true;
      }
    }
    if (key == null) {
      key = expr(keyCtx);
    }
    return new ObjectItem(key, ident, value, SourceRange.span(key.range(), value.range()));
  }

  // ---------------------------------------------------------------- templates

  Expression templateFile(TemplateFileContext ctx, int textLength) {
    return template(ctx.templateItem(), false, false, pos.range(0, textLength));
  }

  private TemplateExpr template(List<TemplateItemContext> items, boolean heredoc, boolean flush,
      SourceRange range) {
    // Most strings are one literal without escapes: skip the general machinery.
    if (items.isEmpty()) {
      return new TemplateExpr(List.of(), heredoc, range);
    }
    if (items.size() == 1 && !flush && items.get(0) instanceof TemplateLiteralContext l) {
      Token t = l.start;
      String raw = t.getText();
      if (raw.indexOf('\\') < 0 && raw.indexOf("${") < 0 && raw.indexOf("%{") < 0) {
        return new TemplateExpr(List.of(new TemplatePart.Literal(nfc(raw), range(t))), heredoc, range);
      }
    }
    List<Piece> flat = new ArrayList<>();
    flatten(items, heredoc, flat);
    applyStripMarkers(flat);
    if (flush) {
      dedent(flat);
    }
    int[] at = {0};
    List<TemplatePart> parts = nest(flat, at);
    return new TemplateExpr(parts, heredoc, range);
  }

  /** A template element in source order, before directives are nested. */
  private static final class Piece {
    static final int LIT = 0;
    static final int INTERP = 1;
    static final int IF = 2;
    static final int ELSE = 3;
    static final int ENDIF = 4;
    static final int FOR = 5;
    static final int ENDFOR = 6;

    final int kind;
    int begin;
    int end;
    String text;
    boolean stripBefore;
    boolean stripAfter;
    ParserRuleContext ctx;
    /** For directives: the range of the whole directive, from its opener to its end marker. */
    int blockEnd;

    Piece(int kind, int begin, int end) {
      this.kind = kind;
      this.begin = begin;
      this.end = end;
    }
  }

  private void flatten(List<TemplateItemContext> items, boolean heredoc, List<Piece> out) {
    Piece lit = null;
    StringBuilder sb = null;
    for (TemplateItemContext item : items) {
      if (item instanceof TemplateLiteralContext l) {
        Token t = l.getStart();
        if (lit == null) {
          lit = new Piece(Piece.LIT, t.getStartIndex(), t.getStopIndex() + 1);
          sb = new StringBuilder();
        }
        lit.end = t.getStopIndex() + 1;
        String raw = t.getText();
        if (t.getType() == HCLLexer.QUOTED_LITERAL) {
          decodeQuoted(raw, t.getStartIndex(), sb);
        } else {
          decodeHeredoc(raw, sb);
        }
        // Heredoc literals are kept one per line, as the indentation rule works on lines.
        if (heredoc && raw.endsWith("\n")) {
          lit.text = sb.toString();
          out.add(lit);
          lit = null;
        }
        continue;
      }
      if (lit != null) {
        lit.text = sb.toString();
        out.add(lit);
        lit = null;
      }
      if (item instanceof TemplateInterpolationContext ic) {
        Piece p = new Piece(Piece.INTERP, ic.start.getStartIndex(), ic.stop.getStopIndex() + 1);
        p.stripBefore = ic.TEMPLATE_INTERP().getText().length() == 3;
        p.stripAfter = isStrip(ic.templateClose());
        p.ctx = ic.expression();
        out.add(p);
      } else if (item instanceof TemplateIfContext ti) {
        flattenIf(ti.ifDirective(), heredoc, out);
      } else if (item instanceof TemplateForContext tf) {
        flattenFor(tf.forDirective(), heredoc, out);
      }
    }
    if (lit != null) {
      lit.text = sb.toString();
      out.add(lit);
    }
  }

  private static boolean isStrip(TemplateCloseContext c) {
    return c != null && c.STRIP_RBRACE() != null;
  }

  private void flattenIf(IfDirectiveContext d, boolean heredoc, List<Piece> out) {
    List<TerminalNode> openers = d.TEMPLATE_DIRECTIVE();
    List<TemplateCloseContext> closers = d.templateClose();
    Piece open = directive(Piece.IF, openers.get(0), closers.get(0));
    open.ctx = d.expression();
    open.blockEnd = d.stop.getStopIndex() + 1;
    out.add(open);
    // Children in order: opener parts, then items, [else marker, items], endif marker.
    List<TemplateItemContext> thenItems = new ArrayList<>();
    List<TemplateItemContext> elseItems = new ArrayList<>();
    boolean inElse = false;
    for (ParseTree c : d.children) {
      if (c instanceof TerminalNode tn && tn.getSymbol().getType() == HCLLexer.ELSE) {
        inElse = true;
      } else if (c instanceof TemplateItemContext ti) {
        (inElse ? elseItems : thenItems).add(ti);
      }
    }
    flatten(thenItems, heredoc, out);
    int k = 1;
    if (d.ELSE() != null && openers.size() > 2) {
      out.add(directive(Piece.ELSE, openers.get(k), closers.get(k)));
      k++;
      flatten(elseItems, heredoc, out);
    }
    out.add(directive(Piece.ENDIF, openers.get(Math.min(k, openers.size() - 1)),
        closers.get(Math.min(k, closers.size() - 1))));
  }

  private void flattenFor(ForDirectiveContext d, boolean heredoc, List<Piece> out) {
    List<TerminalNode> openers = d.TEMPLATE_DIRECTIVE();
    List<TemplateCloseContext> closers = d.templateClose();
    Piece open = directive(Piece.FOR, openers.get(0), closers.get(0));
    open.ctx = d;
    open.blockEnd = d.stop.getStopIndex() + 1;
    out.add(open);
    flatten(d.templateItem(), heredoc, out);
    out.add(directive(Piece.ENDFOR, openers.get(openers.size() - 1), closers.get(closers.size() - 1)));
  }

  private static Piece directive(int kind, TerminalNode opener, TemplateCloseContext close) {
    Token o = opener.getSymbol();
    Piece p = new Piece(kind, o.getStartIndex(), close.stop.getStopIndex() + 1);
    p.stripBefore = o.getText().length() == 3;
    p.stripAfter = isStrip(close);
    return p;
  }

  /** {@code ${~} and {@code ~}} remove the whitespace of the adjacent literal text. */
  private static void applyStripMarkers(List<Piece> flat) {
    for (int i = 0; i < flat.size(); i++) {
      Piece p = flat.get(i);
      if (p.kind == Piece.LIT) {
        continue;
      }
      if (p.stripBefore && i > 0 && flat.get(i - 1).kind == Piece.LIT) {
        Piece l = flat.get(i - 1);
        l.text = trimEnd(l.text);
      }
      if (p.stripAfter && i + 1 < flat.size() && flat.get(i + 1).kind == Piece.LIT) {
        Piece l = flat.get(i + 1);
        l.text = trimStart(l.text);
      }
    }
  }

  /**
   * {@code <<-}: remove the smallest indentation of the lines from every line. As in hcl, a line
   * of only whitespace does not count, and a line starting with an interpolation counts as 0.
   */
  private static void dedent(List<Piece> flat) {
    int min = Integer.MAX_VALUE;
    boolean lineStart = true;
    List<Piece> adjust = new ArrayList<>();
    for (Piece p : flat) {
      if (lineStart) {
        lineStart = false;
        int spaces;
        if (p.kind == Piece.LIT) {
          int lead = leadingSpaceCodePoints(p.text);
          if (lead == p.text.codePointCount(0, p.text.length()) && p.text.endsWith("\n")) {
            spaces = Integer.MAX_VALUE;
          } else {
            spaces = lead;
            adjust.add(p);
          }
        } else {
          spaces = 0;
        }
        min = Math.min(min, spaces);
      }
      if (p.kind == Piece.LIT && p.text.endsWith("\n")) {
        lineStart = true;
      }
    }
    if (min == Integer.MAX_VALUE || min == 0) {
      return;
    }
    for (Piece p : adjust) {
      int n = Math.min(min, p.text.codePointCount(0, p.text.length()));
      p.text = p.text.substring(p.text.offsetByCodePoints(0, n));
    }
  }

  private List<TemplatePart> nest(List<Piece> flat, int[] at) {
    List<TemplatePart> parts = new ArrayList<>();
    while (at[0] < flat.size()) {
      Piece p = flat.get(at[0]);
      if (p.kind == Piece.ELSE || p.kind == Piece.ENDIF || p.kind == Piece.ENDFOR) {
        return parts;
      }
      at[0]++;
      switch (p.kind) {
        case Piece.LIT -> {
          Piece first = p;
          StringBuilder sb = new StringBuilder(p.text);
          int end = p.end;
          while (at[0] < flat.size() && flat.get(at[0]).kind == Piece.LIT) {
            Piece q = flat.get(at[0]++);
            sb.append(q.text);
            end = q.end;
          }
          if (sb.length() > 0) {
            parts.add(new TemplatePart.Literal(nfc(sb.toString()), pos.range(first.begin, end)));
          }
        }
        case Piece.INTERP -> parts.add(new TemplatePart.Interpolation(
            expr((ExpressionContext) p.ctx), pos.range(p.begin, p.end)));
        case Piece.IF -> {
          List<TemplatePart> thenParts = nest(flat, at);
          List<TemplatePart> elseParts = List.of();
          boolean hasElse = false;
          if (at[0] < flat.size() && flat.get(at[0]).kind == Piece.ELSE) {
            at[0]++;
            hasElse = true;
            elseParts = nest(flat, at);
          }
          if (at[0] < flat.size() && flat.get(at[0]).kind == Piece.ENDIF) {
            at[0]++;
          }
          parts.add(new TemplatePart.IfDirective(expr((ExpressionContext) p.ctx), thenParts, hasElse,
              elseParts, pos.range(p.begin, p.blockEnd)));
        }
        case Piece.FOR -> {
          List<TemplatePart> body = nest(flat, at);
          if (at[0] < flat.size() && flat.get(at[0]).kind == Piece.ENDFOR) {
            at[0]++;
          }
          ForDirectiveContext d = (ForDirectiveContext) p.ctx;
          String key = d.name().size() > 1 ? d.name(0).start.getText() : null;
          String value = d.name(d.name().size() - 1).start.getText();
          parts.add(new TemplatePart.ForDirective(key, value, expr(d.expression()), body,
              pos.range(p.begin, p.blockEnd)));
        }
        default -> {
        }
      }
    }
    return parts;
  }

  /** Decodes a quoted-string literal token, reporting bad escapes at their exact column. */
  private void decodeQuoted(String raw, int tokenStart, StringBuilder out) {
    int n = raw.length();
    for (int i = 0; i < n; i++) {
      char c = raw.charAt(i);
      if (c == '$' || c == '%') {
        if (i + 2 < n && raw.charAt(i + 1) == c && raw.charAt(i + 2) == '{') {
          out.append(c).append('{');
          i += 2;
        } else {
          out.append(c);
        }
        continue;
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      int escBegin = tokenStart + raw.codePointCount(0, i);
      if (i + 1 >= n) {
        error(pos.range(escBegin, escBegin + 1),
            "invalid escape sequence: a backslash must be followed by n, r, t, \", \\, u or U");
        out.append(c);
        continue;
      }
      char e = raw.charAt(i + 1);
      switch (e) {
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case '"' -> out.append('"');
        case '\\' -> out.append('\\');
        case 'u', 'U' -> {
          int digits = e == 'u' ? 4 : 8;
          int cp = hex(raw, i + 2, digits);
          if (cp < 0 || !Character.isValidCodePoint(cp)
              || (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE)) {
            int shown = Math.min(n, i + 2 + digits);
            error(pos.range(escBegin, escBegin + raw.codePointCount(i, shown)),
                "invalid escape sequence " + raw.substring(i, shown) + ": \\" + e + " must be followed by "
                    + (digits == 4 ? "four" : "eight") + " hexadecimal digits of a Unicode character");
            out.append(raw, i, i + 2);
            i += 1;
            continue;
          }
          out.appendCodePoint(cp);
          i += 1 + digits;
          continue;
        }
        default -> {
          int cpLen = Character.charCount(raw.codePointAt(i + 1));
          String seq = raw.substring(i, i + 1 + cpLen);
          error(pos.range(escBegin, escBegin + 2), "invalid escape sequence " + seq
              + (e == '$' || e == '%'
                  ? "; write " + e + e + "{ to get a literal " + e + "{"
                  : "; use \\\\ for a literal backslash"));
          out.append(seq);
          i += cpLen;
          continue;
        }
      }
      i++;
    }
  }

  private static int hex(String s, int from, int digits) {
    if (from + digits > s.length()) {
      return -1;
    }
    int v = 0;
    for (int i = from; i < from + digits; i++) {
      int d = Character.digit(s.charAt(i), 16);
      if (d < 0) {
        return -1;
      }
      v = v * 16 + d;
    }
    return v;
  }

  /** Heredocs and bare templates have no backslash escapes; only $${ and %%{. */
  private static void decodeHeredoc(String raw, StringBuilder out) {
    if (raw.indexOf("${") < 0 && raw.indexOf("%{") < 0) {
      out.append(raw);
      return;
    }
    int n = raw.length();
    for (int i = 0; i < n; i++) {
      char c = raw.charAt(i);
      if ((c == '$' || c == '%') && i + 2 < n && raw.charAt(i + 1) == c && raw.charAt(i + 2) == '{') {
        out.append(c).append('{');
        i += 2;
      } else {
        out.append(c);
      }
    }
  }

  // ---------------------------------------------------------------- helpers

  /**
   * NFC form of literal text: HCL strings are compared and used normalized, so "ñ" written with a
   * combining tilde is the same string as the precomposed one.
   */
  static String nfc(String s) {
    for (int i = 0; i < s.length(); i++) {
      // Nothing below U+0300 (the first combining mark) can change under NFC.
      if (s.charAt(i) >= '\u0300') {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC);
      }
    }
    return s;
  }

  /** Unicode white space as Go's unicode.IsSpace sees it, which hcl uses for strip markers. */
  static boolean isSpace(int cp) {
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == 0x0B || cp == '\f' || cp == '\r'
        || cp == 0x85 || cp == 0xA0 || (cp > 0xFF && Character.isSpaceChar(cp));
  }

  private static String trimStart(String s) {
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      if (!isSpace(cp)) {
        break;
      }
      i += Character.charCount(cp);
    }
    return s.substring(i);
  }

  private static String trimEnd(String s) {
    int i = s.length();
    while (i > 0) {
      int cp = s.codePointBefore(i);
      if (!isSpace(cp)) {
        break;
      }
      i -= Character.charCount(cp);
    }
    return s.substring(0, i);
  }

  private static int leadingSpaceCodePoints(String s) {
    int n = 0;
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      if (!isSpace(cp)) {
        break;
      }
      n++;
      i += Character.charCount(cp);
    }
    return n;
  }

  private void error(SourceRange r, String message) {
    diagnostics.add(Diagnostic.error(r, message));
  }

  SourceRange range(Token t) {
    return pos.range(t.getStartIndex(), Math.max(t.getStartIndex(), t.getStopIndex() + 1));
  }

  SourceRange range(ParserRuleContext ctx) {
    Token s = ctx.start;
    Token e = ctx.stop;
    int begin = s.getType() == Token.EOF ? s.getStartIndex() : s.getStartIndex();
    int end = e == null || e.getTokenIndex() < s.getTokenIndex() ? begin : e.getStopIndex() + 1;
    return pos.range(begin, Math.max(begin, end));
  }
}
