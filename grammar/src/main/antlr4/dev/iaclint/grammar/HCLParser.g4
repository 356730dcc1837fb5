/*
 * Parser for the HCL native syntax. Token stream: HCLLexer after the newline/comment filter in
 * linter-core, so NEWLINE only appears where it separates attributes, blocks or object items.
 *
 * The expression rule uses ANTLR's left-recursion with alternatives in precedence order; every
 * other decision is LL(1) or LL(2), which keeps SLL prediction cheap.
 */
parser grammar HCLParser;

options { tokenVocab = HCLLexer; }

configFile : body EOF ;

body : NEWLINE* (bodyItem (NEWLINE+ bodyItem)* NEWLINE*)? ;

bodyItem
  : name EQ expression                          # attribute
  | name blockLabel* LBRACE body RBRACE         # block
  ;

blockLabel : name | quotedTemplate ;

/** Any identifier, including the words that are keywords in some places. */
name : IDENT | TRUE | FALSE | NULL | FOR | IN | IF | ELSE | ENDIF | ENDFOR ;

/** A whole input that is one expression (used for expressions embedded in JSON strings). */
expressionFile : NEWLINE* expression NEWLINE* EOF ;

/** A whole input that is a bare template (templatefile(), JSON strings). */
templateFile : templateItem* EOF ;

expression
  : exprTerm                                                    # termExpr
  | op=(MINUS | BANG) expression                                # unaryExpr
  | expression op=(STAR | SLASH | PERCENT) expression           # binaryExpr
  | expression op=(PLUS | MINUS) expression                     # binaryExpr
  | expression op=(LT | GT | LE | GE) expression                # binaryExpr
  | expression op=(EQEQ | NEQ) expression                       # binaryExpr
  | expression op=AND expression                                # binaryExpr
  | expression op=OR expression                                 # binaryExpr
  | <assoc=right> expression QUESTION expression COLON expression # conditionalExpr
  ;

exprTerm : primary postfix* ;

primary
  : NUMBER                                                      # numberLit
  | (TRUE | FALSE)                                              # boolLit
  | NULL                                                        # nullLit
  | quotedTemplate                                              # quotedTemplateExpr
  | heredocTemplate                                             # heredocTemplateExpr
  | functionName LPAREN arguments? RPAREN                       # functionCall
  | variableName                                                # variable
  | LBRACK (expression (COMMA expression)* COMMA?)? RBRACK      # tuple
  | LBRACK forIntro expression (IF expression)? RBRACK          # forTuple
  | LBRACE NEWLINE* (objectItem (objectSep NEWLINE* objectItem)* objectSep? NEWLINE*)? RBRACE # object
  | LBRACE forIntro expression ARROW expression ELLIPSIS? (IF expression)? RBRACE # forObject
  | LPAREN expression RPAREN                                    # parens
  ;

/**
 * "for" may name a variable, as in "[(for), x]"; a tuple or object that starts with a bare "for"
 * and is not a for expression is rejected when the AST is built, as the spec asks.
 */
variableName : IDENT | FOR | IN | IF | ELSE | ENDIF | ENDFOR ;

functionName : name (DOUBLE_COLON name)* ;

arguments : expression (COMMA expression)* (COMMA | ELLIPSIS COMMA?)? ;

objectSep : COMMA | NEWLINE ;

objectItem : expression (EQ | COLON) expression ;

forIntro : FOR name (COMMA name)? IN expression COLON ;

postfix
  : DOT name                                                    # getAttr
  | DOT NUMBER                                                  # legacyIndex
  | DOT STAR                                                    # attrSplat
  | LBRACK STAR RBRACK                                          # fullSplat
  | LBRACK expression RBRACK                                    # index
  ;

quotedTemplate : OQUOTE templateItem* CQUOTE ;

heredocTemplate : HEREDOC_START templateItem* HEREDOC_END ;

templateItem
  : (QUOTED_LITERAL | HEREDOC_LITERAL)                          # templateLiteral
  | TEMPLATE_INTERP expression templateClose                    # templateInterpolation
  | ifDirective                                                 # templateIf
  | forDirective                                                # templateFor
  ;

templateClose : RBRACE | STRIP_RBRACE ;

ifDirective
  : TEMPLATE_DIRECTIVE IF expression templateClose templateItem*
    (TEMPLATE_DIRECTIVE ELSE templateClose templateItem*)?
    TEMPLATE_DIRECTIVE ENDIF templateClose
  ;

forDirective
  : TEMPLATE_DIRECTIVE FOR name (COMMA name)? IN expression templateClose templateItem*
    TEMPLATE_DIRECTIVE ENDFOR templateClose
  ;
