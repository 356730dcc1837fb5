/*
 * Lexer for the HCL native syntax (configuration files, expressions and templates).
 *
 * Modes keep the three sub-languages apart: DEFAULT_MODE lexes structure and expressions,
 * STRING lexes the inside of a quoted template and HEREDOC the inside of a heredoc (or a whole
 * standalone template). '{', '${' and '%{' push DEFAULT_MODE and '}' pops it, so nesting such as
 * "${a ? "${b}" : "c"}" works to any depth.
 *
 * Newlines are emitted as tokens everywhere in DEFAULT_MODE; a token-source filter in linter-core
 * drops them where the spec says they are insignificant (inside (), [], ${}, %{} and for
 * expressions). Comments are emitted as tokens too; the same filter collects them for the AST.
 */
lexer grammar HCLLexer;

tokens { TEMPLATE_INTERP, TEMPLATE_DIRECTIVE, HEREDOC_END, UNTERMINATED_STRING }

@members {
  /** Delimiters of the heredocs currently open, innermost last. */
  private final java.util.ArrayDeque<String> heredocs = new java.util.ArrayDeque<>();
  /** Whether the next heredoc token starts a line, where a closing marker may appear. */
  private boolean heredocLineStart;

  /** Text of the heredoc currently open, e.g. "EOT"; null outside heredocs. */
  public String currentHeredoc() {
    return heredocs.peekLast();
  }

  /** Called by HEREDOC_START: remember the delimiter so the closing line can be recognised. */
  private void openHeredoc() {
    String t = getText();
    int i = t.charAt(2) == '-' ? 3 : 2;
    int j = t.length();
    while (t.charAt(j - 1) == '\n' || t.charAt(j - 1) == '\r') {
      j--;
    }
    heredocs.addLast(t.substring(i, j));
    pushMode(HEREDOC);
  }

  // A stray '}' at the top level must not crash the lexer; the parser reports it instead.
  @Override
  public int popMode() {
    return _modeStack.isEmpty() ? _mode : super.popMode();
  }

  @Override
  public Token emit() {
    Token t = super.emit();
    int type = t.getType();
    heredocLineStart = type == HEREDOC_START
        || (type == HEREDOC_LITERAL && _input.LA(-1) == '\n');
    return t;
  }

  @Override
  public Token nextToken() {
    // The closing marker depends on the opening one, which a static rule cannot express.
    if (_mode == HEREDOC && heredocLineStart && !heredocs.isEmpty()) {
      int len = heredocEndLength(heredocs.peekLast());
      if (len > 0) {
        _token = null;
        _channel = Token.DEFAULT_CHANNEL;
        _tokenStartCharIndex = _input.index();
        _tokenStartCharPositionInLine = getInterpreter().getCharPositionInLine();
        _tokenStartLine = getInterpreter().getLine();
        for (int k = 0; k < len; k++) {
          getInterpreter().consume(_input);
        }
        _type = HEREDOC_END;
        Token t = emit();
        heredocs.removeLast();
        popMode();
        return t;
      }
    }
    return super.nextToken();
  }

  /** Length of "  EOT" at the current position when it is a whole line, else 0. */
  private int heredocEndLength(String marker) {
    int i = 1;
    int c = _input.LA(i);
    while (c == ' ' || c == '\t') {
      c = _input.LA(++i);
    }
    for (int k = 0; k < marker.length(); k++) {
      if (_input.LA(i + k) != marker.charAt(k)) {
        return 0;
      }
    }
    int n = i + marker.length();
    c = _input.LA(n);
    if (c == '\n' || c == IntStream.EOF || (c == '\r' && _input.LA(n + 1) == '\n')) {
      return n - 1;
    }
    return 0;
  }
}

// ---- DEFAULT_MODE: structure and expressions ----

NEWLINE : '\r'? '\n' ;
WS : [ \t\r]+ -> skip ;
LINE_COMMENT : ('#' | '//') ~[\r\n]* ;
BLOCK_COMMENT : '/*' .*? '*/' ;
// Cannot contain "*/", so it only matches a comment left open at the end of the input.
UNTERMINATED_COMMENT : '/*' (~'*' | '*'+ ~[*/])* '*'* EOF ;

NUMBER : DIGIT+ ('.' DIGIT+)? ([eE] [+-]? DIGIT+)? ;

// Keywords are only special in some places; the parser accepts them as names elsewhere.
TRUE : 'true' ;
FALSE : 'false' ;
NULL : 'null' ;
FOR : 'for' ;
IN : 'in' ;
IF : 'if' ;
ELSE : 'else' ;
ENDIF : 'endif' ;
ENDFOR : 'endfor' ;

IDENT : ID_START ID_CONTINUE* ;

EQEQ : '==' ;
NEQ : '!=' ;
LE : '<=' ;
GE : '>=' ;
LT : '<' ;
GT : '>' ;
AND : '&&' ;
OR : '||' ;
BANG : '!' ;
PLUS : '+' ;
MINUS : '-' ;
STAR : '*' ;
SLASH : '/' ;
PERCENT : '%' ;
ARROW : '=>' ;
EQ : '=' ;
QUESTION : '?' ;
DOUBLE_COLON : '::' ;
COLON : ':' ;
COMMA : ',' ;
ELLIPSIS : '...' ;
DOT : '.' ;
LPAREN : '(' ;
RPAREN : ')' ;
LBRACK : '[' ;
RBRACK : ']' ;
LBRACE : '{' -> pushMode(DEFAULT_MODE) ;
RBRACE : '}' -> popMode ;
STRIP_RBRACE : '~}' -> popMode ;

OQUOTE : '"' -> pushMode(STRING) ;
HEREDOC_START : '<<' '-'? ID_START ID_CONTINUE* '\r'? '\n' { openHeredoc(); } ;

INVALID : . ;

fragment DIGIT : [0-9] ;
fragment ID_START : [\p{ID_Start}_] ;
fragment ID_CONTINUE : [\p{ID_Continue}\-] ;

// ---- STRING: inside "..." ----
mode STRING;

CQUOTE : '"' -> popMode ;
S_INTERP : '${' '~'? -> type(TEMPLATE_INTERP), pushMode(DEFAULT_MODE) ;
S_DIRECTIVE : '%{' '~'? -> type(TEMPLATE_DIRECTIVE), pushMode(DEFAULT_MODE) ;
// Escapes are decoded (and checked) when the AST is built, where the position is known.
QUOTED_LITERAL
  : ( ~["$%\\\r\n]
    | '\\' ~[\r\n]
    | '$' ~["{$%\\\r\n]
    | '%' ~["{$%\\\r\n]
    | '$${'
    | '%%{'
    )+
  | '$'
  | '%'
  | '\\'
  ;
S_NEWLINE : '\r'? '\n' -> type(UNTERMINATED_STRING), popMode ;

// ---- HEREDOC: inside a heredoc, and the whole input of a standalone template ----
mode HEREDOC;

H_INTERP : '${' '~'? -> type(TEMPLATE_INTERP), pushMode(DEFAULT_MODE) ;
H_DIRECTIVE : '%{' '~'? -> type(TEMPLATE_DIRECTIVE), pushMode(DEFAULT_MODE) ;
// One token never spans a line end, so a closing marker is always checked at a line start.
HEREDOC_LITERAL
  : ( ~[$%\r\n]
    | '$' ~[{$%\r\n]
    | '%' ~[{$%\r\n]
    | '$${'
    | '%%{'
    )+ ('\r'? '\n')?
  | '\r'? '\n'
  | '$' ('\r'? '\n')?
  | '%' ('\r'? '\n')?
  | '\r'
  ;
