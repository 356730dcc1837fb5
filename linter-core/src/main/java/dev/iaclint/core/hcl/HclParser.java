package dev.iaclint.core.hcl;

import dev.iaclint.core.diag.Diagnostic;
import dev.iaclint.core.hcl.ast.Body;
import dev.iaclint.core.hcl.ast.Comment;
import dev.iaclint.core.hcl.ast.Expression;
import dev.iaclint.core.hcl.ast.HclFile;
import dev.iaclint.core.hcl.ast.InvalidExpr;
import dev.iaclint.core.source.SourceFile;
import dev.iaclint.core.source.SourceRange;
import dev.iaclint.grammar.HCLLexer;
import dev.iaclint.grammar.HCLParser;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Parses the HCL native syntax into the {@link dev.iaclint.core.hcl.ast} tree.
 *
 * <p>Never throws for bad input: syntax errors, and any internal failure, come back as
 * diagnostics next to a possibly partial tree. Parsing is two-stage: fast SLL prediction first,
 * and only when that fails a full LL parse with error recovery and readable messages.
 * Thread-safe; nothing is shared between calls except ANTLR's prediction caches.
 */
public final class HclParser {
  /** Beyond this, further errors in one file are noise. */
  static final int MAX_DIAGNOSTICS = 10;

  private enum Mode { CONFIG, TEMPLATE, EXPRESSION }

  private HclParser() {
  }

  /** Parses a configuration file ({@code .tf}, {@code .tfvars}, {@code .hcl}). */
  public static HclParseResult parse(SourceFile file) {
    return run(file.text(), Positions.of(file), Mode.CONFIG);
  }

  /** Parses a whole file as a bare template, as {@code templatefile()} reads it. */
  public static HclParseResult parseTemplate(SourceFile file) {
    return run(file.text(), Positions.of(file), Mode.TEMPLATE);
  }

  /** Parses a whole file as one expression. */
  public static HclParseResult parseExpression(SourceFile file) {
    return run(file.text(), Positions.of(file), Mode.EXPRESSION);
  }

  /**
   * Parses {@code text}, which was written inside {@code origin} (a JSON string, say), as a bare
   * template. {@code toOrigin} maps each UTF-16 index {@code 0..text.length()} of {@code text} to
   * the UTF-16 index in {@code origin.text()} it came from, so ranges point into {@code origin}.
   */
  public static HclParseResult parseTemplate(String text, SourceFile origin, IntUnaryOperator toOrigin) {
    return run(text, Positions.embedded(text, origin, toOrigin), Mode.TEMPLATE);
  }

  /** As {@link #parseTemplate(String, SourceFile, IntUnaryOperator)}, for one expression. */
  public static HclParseResult parseExpression(String text, SourceFile origin, IntUnaryOperator toOrigin) {
    return run(text, Positions.embedded(text, origin, toOrigin), Mode.EXPRESSION);
  }

  private static HclParseResult run(String text, Positions pos, Mode mode) {
    SourceFile file = pos.file();
    int length = text.codePointCount(0, text.length());
    List<Diagnostic> diags = new ArrayList<>();
    List<Comment> comments = new ArrayList<>();
    Body body = new Body(List.of(), pos.range(0, length));
    Expression expression = mode == Mode.CONFIG ? null : new InvalidExpr(pos.range(0, length));
    try {
      CharStream chars = CharStreams.fromString(text, file.displayPath());
      HCLLexer lexer = new HCLLexer(chars);
      lexer.removeErrorListeners();
      List<Diagnostic> lexErrors = new ArrayList<>();
      lexer.addErrorListener(new BaseErrorListener() {
        @Override
        public void syntaxError(Recognizer<?, ?> r, Object sym, int line, int col, String msg,
            RecognitionException e) {
          int at = ((HCLLexer) r).getInputStream().index();
          String ch = at < chars.size() ? new String(Character.toChars(chars.LA(1))) : "";
          lexErrors.add(Diagnostic.error(pos.range(at, Math.min(length, at + 1)),
              ch.isBlank() ? "invalid character" : "invalid character '" + ch + "'"));
        }
      });
      if (mode == Mode.TEMPLATE) {
        lexer.mode(HCLLexer.HEREDOC);
      }
      TokenFilter filter = new TokenFilter(lexer, pos, mode == Mode.TEMPLATE);
      CommonTokenStream tokens = new CommonTokenStream(filter);
      tokens.fill();
      HCLParser parser = new HCLParser(tokens);
      parser.removeErrorListeners();
      parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
      parser.setErrorHandler(new BailErrorStrategy());
      ParserRuleContext tree;
      List<Diagnostic> syntaxErrors = List.of();
      try {
        tree = entry(parser, mode);
      } catch (ParseCancellationException e) {
        // SLL could not decide or the input is wrong: redo with full LL and error recovery.
        tokens.seek(0);
        parser.reset();
        parser.getInterpreter().setPredictionMode(PredictionMode.LL);
        SyntaxErrorStrategy strategy = new SyntaxErrorStrategy(pos);
        parser.setErrorHandler(strategy);
        tree = entry(parser, mode);
        syntaxErrors = strategy.diagnostics();
      }
      diags.addAll(lexErrors);
      diags.addAll(filter.diagnostics());
      diags.addAll(syntaxErrors);
      for (Token c : filter.comments()) {
        comments.add(comment(c, pos));
      }
      AstBuilder builder = new AstBuilder(pos);
      if (tree instanceof HCLParser.ConfigFileContext cf) {
        body = builder.file(cf, length);
      } else if (tree instanceof HCLParser.TemplateFileContext tf) {
        expression = builder.templateFile(tf, length);
      } else if (tree instanceof HCLParser.ExpressionFileContext ef) {
        expression = builder.expr(ef.expression());
      }
      diags.addAll(builder.diagnostics());
    } catch (RuntimeException | StackOverflowError e) {
      // One bad file must not stop a scan: report and return what there is.
      String what = e instanceof StackOverflowError ? "the file nests too deeply to parse"
          : "internal error while parsing (" + e.getClass().getSimpleName() + "); please report it";
      diags.add(Diagnostic.error(SourceRange.startOf(file), what));
    }
    HclFile hclFile = new HclFile(file, body, comments);
    return new HclParseResult(hclFile, expression, tidy(diags));
  }

  private static ParserRuleContext entry(HCLParser parser, Mode mode) {
    return switch (mode) {
      case CONFIG -> parser.configFile();
      case TEMPLATE -> parser.templateFile();
      case EXPRESSION -> parser.expressionFile();
    };
  }

  private static Comment comment(Token t, Positions pos) {
    String text = t.getText();
    Comment.Kind kind = text.startsWith("#") ? Comment.Kind.HASH
        : text.startsWith("//") ? Comment.Kind.SLASHES : Comment.Kind.BLOCK;
    int begin = t.getStartIndex();
    return new Comment(text, kind, pos.range(begin, t.getStopIndex() + 1));
  }

  /** Source order, one diagnostic per position, and not too many. */
  private static List<Diagnostic> tidy(List<Diagnostic> diags) {
    if (diags.isEmpty()) {
      return diags;
    }
    List<Diagnostic> sorted = new ArrayList<>(diags);
    sorted.sort(Diagnostic.ORDER);
    List<Diagnostic> out = new ArrayList<>();
    SourceRange last = null;
    for (Diagnostic d : sorted) {
      SourceRange r = d.range();
      if (last != null && last.startOffset() == r.startOffset()) {
        continue;
      }
      out.add(d);
      last = r;
      if (out.size() == MAX_DIAGNOSTICS) {
        break;
      }
    }
    return out;
  }
}
