package dev.iaclint.core.hcl;

import static dev.iaclint.grammar.HCLLexer.*;

import dev.iaclint.core.diag.Diagnostic;
import dev.iaclint.core.secrets.SecretMasker;
import dev.iaclint.core.secrets.SecretValues;
import dev.iaclint.grammar.HCLParser;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.FailedPredicateException;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * ANTLR's recovery with messages in a Terraform user's words. Every report goes through
 * {@link #message}, which knows the grammar's rules; ANTLR's own texts ("mismatched input",
 * token names) are never used.
 */
final class SyntaxErrorStrategy extends DefaultErrorStrategy {
  /** Later errors are mostly consequences of the first. */
  static final int MAX_ERRORS = 3;

  private static final int[] EXPRESSION_STARTS = {
    NUMBER, TRUE, FALSE, NULL, IDENT, OQUOTE, HEREDOC_START, LBRACK, LBRACE, LPAREN, MINUS, BANG
  };
  private static final int[] CONTINUATIONS = {
    EQEQ, NEQ, LE, GE, LT, GT, AND, OR, PLUS, MINUS, STAR, SLASH, PERCENT, QUESTION, DOT, LBRACK
  };

  private final Positions positions;
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  SyntaxErrorStrategy(Positions positions) {
    this.positions = positions;
  }

  List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /**
   * In a body, recover line by line: anything after a complete attribute or block other than a
   * newline is reported, and parsing goes on at the next line. ANTLR alone would end the body
   * there and skip to whatever may follow it, often the end of the file.
   */
  @Override
  public void sync(Parser p) throws RecognitionException {
    if (p.getContext() instanceof HCLParser.BodyContext body && !inErrorRecoveryMode(p)) {
      TokenStream in = p.getInputStream();
      int la = in.LA(1);
      if (la != NEWLINE && la != RBRACE && la != Token.EOF && lastItem(body) != null) {
        add(p, in.LT(1), p.getExpectedTokens());
        int depth = 0;
        while (true) {
          la = in.LA(1);
          if (la == Token.EOF || (depth == 0 && (la == NEWLINE || la == RBRACE))) {
            break;
          }
          if (la == LBRACE) {
            depth++;
          } else if (la == RBRACE) {
            depth--;
          }
          p.consume();
        }
        return;
      }
    }
    super.sync(p);
  }

  /** Never "recover" by deleting a newline: it ends the attribute, so the next one survives. */
  @Override
  protected Token singleTokenDeletion(Parser p) {
    return p.getInputStream().LA(1) == NEWLINE ? null : super.singleTokenDeletion(p);
  }

  @Override
  protected void reportNoViableAlternative(Parser p, NoViableAltException e) {
    add(p, e.getOffendingToken(), e.getExpectedTokens());
  }

  @Override
  protected void reportInputMismatch(Parser p, InputMismatchException e) {
    add(p, e.getOffendingToken(), e.getExpectedTokens());
  }

  @Override
  protected void reportFailedPredicate(Parser p, FailedPredicateException e) {
    add(p, e.getOffendingToken(), p.getExpectedTokens());
  }

  @Override
  protected void reportUnwantedToken(Parser p) {
    if (inErrorRecoveryMode(p)) {
      return;
    }
    beginErrorCondition(p);
    add(p, p.getCurrentToken(), getExpectedTokens(p));
  }

  @Override
  protected void reportMissingToken(Parser p) {
    if (inErrorRecoveryMode(p)) {
      return;
    }
    beginErrorCondition(p);
    add(p, p.getCurrentToken(), getExpectedTokens(p));
  }

  private void add(Parser p, Token offending, IntervalSet expected) {
    if (diagnostics.size() >= MAX_ERRORS || offending == null) {
      return;
    }
    String msg;
    try {
      msg = message(p, offending, expected);
    } catch (RuntimeException e) {
      msg = "unexpected " + describe(offending);
    }
    int begin = offending.getStartIndex();
    int end = offending.getType() == Token.EOF ? begin : Math.max(begin, offending.getStopIndex() + 1);
    if (offending.getType() == HEREDOC_START) {
      end = begin + TokenFilter.heredocIntro(offending).length();
    }
    diagnostics.add(Diagnostic.error(positions.range(begin, end), msg));
  }

  private String message(Parser p, Token offending, IntervalSet expected) {
    TokenStream tokens = p.getInputStream();
    int type = offending.getType();
    Token prev = previous(tokens, offending);
    ParserRuleContext ctx = p.getContext();
    String found = describe(offending);

    // "name" then something that starts neither an attribute nor a block.
    int rule = ctx.getRuleIndex();
    if (rule == HCLParser.RULE_bodyItem || rule == HCLParser.RULE_blockLabel) {
      ParserRuleContext item = rule == HCLParser.RULE_bodyItem ? ctx : ctx.getParent();
      String name = item.start.getText();
      if (prev != null && prev.getTokenIndex() == item.start.getTokenIndex()) {
        return "expected '=' or a block body after '" + name + "', found " + found;
      }
      if (expected.contains(LBRACE) || rule == HCLParser.RULE_blockLabel) {
        return "expected '{' to open the body of block '" + name + "', found " + found;
      }
    }

    boolean wantsExpression = countIn(expected, EXPRESSION_STARTS) >= 6;
    if (wantsExpression && !isExpressionStart(type)) {
      if (prev != null && prev.getType() == EQ && enclosing(ctx, HCLParser.RULE_bodyItem) != null
          && enclosing(ctx, HCLParser.RULE_objectItem) == null) {
        ParserRuleContext it = enclosing(ctx, HCLParser.RULE_bodyItem);
        return "expected a value after '=' for '" + it.start.getText() + "', found " + found;
      }
      if (prev != null) {
        return "expected an expression after " + describe(prev) + ", found " + found;
      }
      return "expected an expression, found " + found;
    }

    if (prev != null && prev.getType() == DOT && type != IDENT && type != NUMBER && type != STAR
        && !(type >= TRUE && type <= ENDFOR)) {
      return "expected an attribute name after '.', found " + found;
    }

    // A stray closer at the top of a body is clearest named as such; inside an expression the
    // expected tokens say more ("[for x in y]": expected ':').
    List<String> words = expectedWords(expected, wantsExpression);
    boolean atBody = ctx instanceof HCLParser.BodyContext || ctx instanceof HCLParser.ConfigFileContext;
    if ((type == RPAREN || type == RBRACK || type == RBRACE || type == STRIP_RBRACE)
        && !p.getExpectedTokens().contains(type) && (atBody || words.isEmpty() || words.size() > 4)) {
      return "unexpected " + found;
    }

    // Something after a complete attribute or block on the same line.
    if (ctx instanceof HCLParser.BodyContext || ctx instanceof HCLParser.ConfigFileContext) {
      ParseTree last = lastItem(ctx);
      if (last instanceof HCLParser.AttributeContext a && type != Token.EOF) {
        return "unexpected " + found + " after the value of '" + a.name().getText()
            + "'; each attribute must end at the end of its line";
      }
      if (last instanceof HCLParser.BlockContext b && type != Token.EOF) {
        return "unexpected " + found + " after the closing '}' of block '" + b.name().getText()
            + "'; a block must end at the end of its line";
      }
      if (type == EQ && prev != null) {
        return "unexpected '='; an attribute name must be a single identifier";
      }
    }

    // Template directives that are never closed.
    ParserRuleContext ifDir = enclosing(ctx, HCLParser.RULE_ifDirective);
    ParserRuleContext forDir = enclosing(ctx, HCLParser.RULE_forDirective);
    if (ifDir != null && expected.contains(TEMPLATE_DIRECTIVE) && !isIn(ifDir, forDir)) {
      return "missing %{ endif } for the %{ if } at line " + line(ifDir.start) + ", found " + found;
    } else if (forDir != null && expected.contains(TEMPLATE_DIRECTIVE)) {
      return "missing %{ endfor } for the %{ for } at line " + line(forDir.start) + ", found " + found;
    }

    if (!words.isEmpty() && words.size() <= 4) {
      return "unexpected " + found + "; expected " + joinOr(words);
    }
    return "unexpected " + found;
  }

  private static boolean isIn(ParserRuleContext outer, ParserRuleContext inner) {
    for (ParserRuleContext c = inner; c != null; c = c.getParent()) {
      if (c == outer) {
        return true;
      }
    }
    return false;
  }

  private int line(Token t) {
    return positions.range(t.getStartIndex(), t.getStartIndex()).startLine();
  }

  /** The attribute or block that {@code ctx} (a body) ends with, or null if it ends otherwise. */
  private static ParseTree lastItem(ParserRuleContext ctx) {
    ParserRuleContext body = ctx instanceof HCLParser.ConfigFileContext f ? f.body() : ctx;
    if (body == null || body.children == null || body.children.isEmpty()) {
      return null;
    }
    ParseTree last = body.children.get(body.children.size() - 1);
    return last instanceof HCLParser.BodyItemContext ? last : null;
  }

  private static ParserRuleContext enclosing(ParserRuleContext ctx, int rule) {
    for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
      if (c.getRuleIndex() == rule) {
        return c;
      }
    }
    return null;
  }

  private static Token previous(TokenStream tokens, Token t) {
    int i = t.getTokenIndex() - 1;
    return i >= 0 ? tokens.get(i) : null;
  }

  private static boolean isExpressionStart(int type) {
    for (int t : EXPRESSION_STARTS) {
      if (t == type) {
        return true;
      }
    }
    return type == IN || type == IF || type == ELSE || type == ENDIF || type == ENDFOR;
  }

  private static int countIn(IntervalSet set, int[] types) {
    int n = 0;
    for (int t : types) {
      if (set.contains(t)) {
        n++;
      }
    }
    return n;
  }

  private static List<String> expectedWords(IntervalSet expected, boolean collapseExpression) {
    Set<String> out = new LinkedHashSet<>();
    if (collapseExpression) {
      out.add("an expression");
    }
    for (int t : expected.toList()) {
      if (collapseExpression && (isExpressionStart(t) || t == FOR)) {
        continue;
      }
      // Keywords are names wherever a name is expected.
      if (expected.contains(IDENT) && t >= TRUE && t <= ENDFOR) {
        continue;
      }
      boolean continuation = false;
      for (int c : CONTINUATIONS) {
        continuation |= c == t;
      }
      if (continuation) {
        continue;
      }
      String w = expectedWord(t);
      if (w != null) {
        out.add(w);
      }
    }
    return new ArrayList<>(out);
  }

  private static String joinOr(List<String> words) {
    if (words.size() == 1) {
      return words.get(0);
    }
    return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
  }

  /** How a token that was found is shown: {@code 'foo'}, {@code end of line}, ... */
  static String describe(Token t) {
    switch (t.getType()) {
      case Token.EOF:
        return "end of file";
      case NEWLINE:
        return "end of line";
      case UNTERMINATED_STRING:
        return "end of line";
      case CQUOTE:
        return t.getStopIndex() < t.getStartIndex() ? "end of line" : "end of string";
      case OQUOTE:
        return "'\"'";
      case HEREDOC_START:
        return "heredoc " + TokenFilter.heredocIntro(t);
      case HEREDOC_END:
        return t.getStopIndex() < t.getStartIndex() ? "end of file" : "end of heredoc";
      case QUOTED_LITERAL:
      case HEREDOC_LITERAL:
        return "text";
      default:
        if (t.getStopIndex() < t.getStartIndex()) {
          return "end of file";
        }
        String text = t.getText();
        if (SecretValues.mayBeSecret(text)) {
          return SecretMasker.mask(text); // a stray token may be a value nobody meant to publish
        }
        if (text.length() > 40) {
          text = text.substring(0, 37) + "...";
        }
        return "'" + text + "'";
    }
  }

  /** How an expected token type is named; null for ones not worth naming. */
  private static String expectedWord(int type) {
    switch (type) {
      case Token.EOF:
        return "end of file";
      case NEWLINE:
        return "a newline";
      case IDENT:
        return "a name";
      case NUMBER:
        return "a number";
      case OQUOTE:
        return "'\"'";
      case CQUOTE:
        return "'\"'";
      case HEREDOC_START:
        return "a heredoc";
      case HEREDOC_END:
        return "the heredoc's closing marker";
      case TEMPLATE_INTERP:
        return "'${'";
      case TEMPLATE_DIRECTIVE:
        return "'%{'";
      case QUOTED_LITERAL:
      case HEREDOC_LITERAL:
        return null;
      case TRUE:
        return "'true'";
      case FALSE:
        return "'false'";
      case NULL:
        return "'null'";
      case FOR:
        return "'for'";
      case IN:
        return "'in'";
      case IF:
        return "'if'";
      case ELSE:
        return "'else'";
      case ENDIF:
        return "'endif'";
      case ENDFOR:
        return "'endfor'";
      default:
        String lit = HCLParser.VOCABULARY.getLiteralName(type);
        return lit == null ? null : lit;
    }
  }
}
