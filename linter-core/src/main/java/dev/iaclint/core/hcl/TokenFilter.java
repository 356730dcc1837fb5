package dev.iaclint.core.hcl;

import static dev.iaclint.grammar.HCLLexer.*;

import dev.iaclint.core.diag.Diagnostic;
import dev.iaclint.grammar.HCLLexer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Pair;

/**
 * Sits between the lexer and the parser and does what a context-free grammar does badly.
 *
 * <ul>
 *   <li>Newlines: kept where they end attributes, blocks and object items; dropped inside
 *       {@code ()}, {@code []}, {@code ${}}, {@code %{}} and {@code {for ...}}, as the spec says.
 *       Runs of newlines become one, which keeps the parser's decisions LL(2).
 *   <li>Comments are taken out of the stream and kept for the AST.
 *   <li>Lexical errors (stray characters, unterminated strings, unclosed brackets and heredocs)
 *       are reported here in the user's words; the missing closer is then supplied so the parser
 *       does not pile more errors on top.
 * </ul>
 */
final class TokenFilter implements TokenSource {
  private static final byte TOP = 0;
  private static final byte BODY_BRACE = 1;
  private static final byte OBJECT_BRACE = 2;
  private static final byte FOR_BRACE = 3;
  private static final byte PAREN = 4;
  private static final byte BRACK = 5;
  private static final byte INTERP = 6;
  private static final byte DIRECTIVE = 7;
  private static final byte QUOTE = 8;
  private static final byte IN_HEREDOC = 9;

  private final HCLLexer lexer;
  private final Positions positions;
  private final List<Token> comments = new ArrayList<>();
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  /** Tokens read from the lexer ahead of time (after comments are removed). */
  private final ArrayDeque<Token> ahead = new ArrayDeque<>();

  private byte[] kinds = new byte[32];
  private Token[] openers = new Token[32];
  private int depth;
  private int prevType = NEWLINE;
  private boolean eofReported;

  TokenFilter(HCLLexer lexer, Positions positions, boolean startsInTemplate) {
    this.lexer = lexer;
    this.positions = positions;
    kinds[0] = startsInTemplate ? IN_HEREDOC : TOP;
  }

  List<Token> comments() {
    return comments;
  }

  List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  @Override
  public Token nextToken() {
    while (true) {
      Token t = pull();
      int type = t.getType();
      byte top = kinds[depth];
      switch (type) {
        case NEWLINE:
          if (top == PAREN || top == BRACK || top == INTERP || top == DIRECTIVE || top == FOR_BRACE
              || prevType == NEWLINE) {
            continue;
          }
          break;
        case LBRACE:
          push(braceKind(top), t);
          break;
        case LPAREN:
          push(PAREN, t);
          break;
        case LBRACK:
          push(BRACK, t);
          break;
        case RPAREN:
          popIf(top == PAREN);
          break;
        case RBRACK:
          popIf(top == BRACK);
          break;
        case RBRACE:
        case STRIP_RBRACE:
          popIf(top == BODY_BRACE || top == OBJECT_BRACE || top == FOR_BRACE || top == INTERP
              || top == DIRECTIVE);
          break;
        case TEMPLATE_INTERP:
          push(INTERP, t);
          break;
        case TEMPLATE_DIRECTIVE:
          push(DIRECTIVE, t);
          break;
        case OQUOTE:
          push(QUOTE, t);
          break;
        case CQUOTE:
          popIf(top == QUOTE);
          break;
        case HEREDOC_START:
          push(IN_HEREDOC, t);
          break;
        case HEREDOC_END:
          popIf(top == IN_HEREDOC);
          break;
        case UNTERMINATED_STRING: {
          // The lexer left the string at the line end; close it here and keep the newline.
          report(quoteOpener(), "unterminated string; a quoted string must end on the line it starts");
          popIf(top == QUOTE);
          CommonToken nl = copy(t, NEWLINE);
          ahead.addFirst(nl);
          t = synthetic(CQUOTE, t.getStartIndex());
          type = CQUOTE;
          break;
        }
        case INVALID:
          report(t, invalidCharMessage(t));
          continue;
        case UNTERMINATED_COMMENT:
          report(t, "unterminated comment; close it with */");
          continue;
        case Token.EOF:
          if (depth > 0) {
            t = closeAtEof(t);
            type = t.getType();
          }
          break;
        default:
          break;
      }
      prevType = type;
      return t;
    }
  }

  /** A '{' after a name or a label opens a block body; otherwise it is an object or a for. */
  private byte braceKind(byte top) {
    boolean afterLabel = prevType == IDENT || prevType == CQUOTE || (prevType >= TRUE && prevType <= ENDFOR);
    if (afterLabel && (top == TOP || top == BODY_BRACE)) {
      return BODY_BRACE;
    }
    return peekSignificant() == FOR ? FOR_BRACE : OBJECT_BRACE;
  }

  private int peekSignificant() {
    for (Token t : ahead) {
      if (t.getType() != NEWLINE) {
        return t.getType();
      }
    }
    while (true) {
      Token t = fromLexer();
      ahead.addLast(t);
      if (t.getType() != NEWLINE) {
        return t.getType();
      }
    }
  }

  private Token pull() {
    Token t = ahead.pollFirst();
    return t != null ? t : fromLexer();
  }

  private Token fromLexer() {
    while (true) {
      Token t = lexer.nextToken();
      int type = t.getType();
      if (type == LINE_COMMENT || type == BLOCK_COMMENT) {
        comments.add(t);
        continue;
      }
      return t;
    }
  }

  private void push(byte kind, Token opener) {
    if (++depth == kinds.length) {
      kinds = java.util.Arrays.copyOf(kinds, depth * 2);
      openers = java.util.Arrays.copyOf(openers, depth * 2);
    }
    kinds[depth] = kind;
    openers[depth] = opener;
  }

  private void popIf(boolean matches) {
    if (matches && depth > 0) {
      openers[depth] = null;
      depth--;
    }
  }

  private Token quoteOpener() {
    return kinds[depth] == QUOTE ? openers[depth] : null;
  }

  /**
   * At the end of the input with something still open: report the innermost opener (the most
   * likely culprit) and hand the parser the missing closers one by one.
   */
  private Token closeAtEof(Token eof) {
    byte kind = kinds[depth];
    Token opener = openers[depth];
    if (!eofReported) {
      eofReported = true;
      report(opener, unclosedMessage(kind, opener));
    }
    ahead.addFirst(eof);
    depth--;
    int closer = switch (kind) {
      case PAREN -> RPAREN;
      case BRACK -> RBRACK;
      case QUOTE -> CQUOTE;
      case IN_HEREDOC -> HEREDOC_END;
      default -> RBRACE;
    };
    return synthetic(closer, eof.getStartIndex());
  }

  private String unclosedMessage(byte kind, Token opener) {
    int line = positions.range(opener.getStartIndex(), opener.getStartIndex()).startLine();
    return switch (kind) {
      case PAREN -> "unclosed '(' opened at line " + line;
      case BRACK -> "unclosed '[' opened at line " + line;
      case INTERP -> "unclosed '${' opened at line " + line;
      case DIRECTIVE -> "unclosed '%{' opened at line " + line;
      case QUOTE -> "unterminated string; a quoted string must end on the line it starts";
      case IN_HEREDOC -> "unclosed heredoc " + heredocIntro(opener) + " started at line " + line
          + "; the closing " + heredocName(opener) + " must be alone on its line";
      default -> "unclosed '{' opened at line " + line;
    };
  }

  static String heredocIntro(Token heredocStart) {
    return heredocStart.getText().strip();
  }

  static String heredocName(Token heredocStart) {
    String intro = heredocIntro(heredocStart);
    return intro.substring(intro.charAt(2) == '-' ? 3 : 2);
  }

  private static String invalidCharMessage(Token t) {
    String text = t.getText();
    int cp = text.codePointAt(0);
    if (cp == '\'' ) {
      return "invalid character \"'\"; strings use double quotes";
    }
    if (Character.isISOControl(cp) || Character.isWhitespace(cp) || Character.getType(cp) == Character.FORMAT) {
      return String.format("invalid character U+%04X", cp);
    }
    return "invalid character '" + text + "'";
  }

  private void report(Token at, String message) {
    if (at == null) {
      return;
    }
    int begin = at.getStartIndex();
    int end = at.getType() == HEREDOC_START ? begin + heredocIntro(at).length()
        : at.getType() == UNTERMINATED_COMMENT ? begin + 2 : at.getStopIndex() + 1;
    diagnostics.add(Diagnostic.error(positions.range(begin, Math.max(begin, end)), message));
  }

  private CommonToken synthetic(int type, int index) {
    CommonToken t = new CommonToken(new Pair<>(this, lexer.getInputStream()), type,
        Token.DEFAULT_CHANNEL, index, index - 1);
    t.setText("");
    return t;
  }

  private CommonToken copy(Token t, int type) {
    CommonToken c = new CommonToken(t);
    c.setType(type);
    return c;
  }

  @Override
  public int getLine() {
    return lexer.getLine();
  }

  @Override
  public int getCharPositionInLine() {
    return lexer.getCharPositionInLine();
  }

  @Override
  public CharStream getInputStream() {
    return lexer.getInputStream();
  }

  @Override
  public String getSourceName() {
    return lexer.getSourceName();
  }

  @Override
  public void setTokenFactory(TokenFactory<?> factory) {
    lexer.setTokenFactory(factory);
  }

  @Override
  public TokenFactory<?> getTokenFactory() {
    return lexer.getTokenFactory();
  }
}
