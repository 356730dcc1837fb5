package dev.iaclint.core.policy;

import dev.iaclint.core.net.Cidr;
import dev.iaclint.core.rule.Tri;
import dev.iaclint.core.source.SourceRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Questions rules ask of policy documents. Each answer is three-valued: a part that is unknown
 * before apply makes the answer unknown unless the known parts decide it.
 */
public final class PolicyAnalysis {
  private PolicyAnalysis() {}

  /**
   * Condition keys that limit who can make a request (or from where) when tested for a specific
   * value: a statement for everyone with one of these is not public. Compared in lower case.
   */
  public static final Set<String> NARROWING_KEYS = Set.of(
      "aws:sourceip", "aws:vpcsourceip", "aws:sourcevpc", "aws:sourcevpce", "aws:sourcevpcarn",
      "aws:principalorgid", "aws:principalorgpaths", "aws:principalaccount", "aws:principalarn",
      "aws:sourceaccount", "aws:sourcearn", "aws:sourceorgid", "aws:sourceorgpaths", "aws:sourceowner",
      "aws:userid", "aws:username", "aws:principalservicename", "aws:principalisawsservice",
      "s3:dataaccesspointaccount", "s3:dataaccesspointarn", "kms:calleraccount");

  /** Operators that hold only for the values listed (so they narrow); the negated ones do not. */
  private static final Set<String> POSITIVE_OPERATORS = Set.of("stringequals", "stringequalsignorecase",
      "stringlike", "arnequals", "arnlike", "ipaddress", "bool");

  private static final Set<String> NEGATED_OPERATORS = Set.of("stringnotequals", "stringnotequalsignorecase",
      "stringnotlike", "arnnotequals", "arnnotlike", "notipaddress");

  /** A statement that admits everyone, and where its principal is written. */
  public record PublicStatement(Statement statement, int index, SourceRange location) {
    /** {@code statement 'PublicRead'} or {@code statement 2}. */
    public String describe() {
      return statement.describe(index);
    }
  }

  /**
   * Whether the policy lets anyone in.
   *
   * @param verdict YES when at least one statement is public, UNKNOWN when one might be
   * @param statements the public statements (when YES)
   * @param reason what is unknown (when UNKNOWN)
   * @param unknownAt where the unknown part is (when UNKNOWN)
   */
  public record PublicAccess(Tri verdict, List<PublicStatement> statements, String reason, SourceRange unknownAt) {
    public PublicAccess {
      statements = List.copyOf(statements);
    }
  }

  /**
   * Whether the policy grants access to everyone: an {@code Allow} whose principal is {@code "*"},
   * {@code {"AWS": "*"}} or a list holding {@code "*"}, or that uses {@code NotPrincipal}, and that
   * has no condition narrowing it to specific callers or networks (see {@link #NARROWING_KEYS}; a
   * condition that admits any value, such as {@code aws:SourceIp 0.0.0.0/0}, does not narrow),
   * unless an equally broad {@code Deny} turns away every caller outside such a narrowing
   * condition ({@code Deny} … {@code NotIpAddress aws:SourceIp 10.0.0.0/8}).
   */
  public static PublicAccess publicAccess(PolicyDocument doc) {
    if (doc.unknownReason() != null) {
      return new PublicAccess(Tri.UNKNOWN, List.of(), doc.unknownReason(), doc.range());
    }
    if (doc.problem() != null) {
      return new PublicAccess(Tri.UNKNOWN, List.of(), "the policy cannot be read: " + doc.problem(), doc.range());
    }
    List<PublicStatement> found = new ArrayList<>();
    String unknown = null;
    SourceRange unknownAt = null;
    List<Statement> statements = doc.statements();
    for (int i = 0; i < statements.size(); i++) {
      Statement s = statements.get(i);
      if (s.effect() == null) {
        if (s.unknownReason() != null && unknown == null) {
          unknown = s.describe(i) + ": effect is not known: " + s.unknownReason();
          unknownAt = s.range();
        }
        continue;
      }
      if (!s.isAllow()) {
        continue;
      }
      Tri everyone = admitsEveryone(s);
      if (everyone == Tri.NO) {
        continue;
      }
      Tri narrowed = narrowed(s);
      if (everyone == Tri.UNKNOWN || narrowed == Tri.UNKNOWN) {
        if (narrowed != Tri.YES && unknown == null) {
          unknown = s.describe(i) + ": " + (everyone == Tri.UNKNOWN ? "the principal is not known: "
              + reason(s.principal(), s.notPrincipal()) : "a condition is not known: " + conditionUnknown(s));
          unknownAt = s.principalRange();
        }
        continue;
      }
      if (narrowed == Tri.NO) {
        Tri denied = deniedOutsideNarrowScope(s, statements);
        if (denied == Tri.NO) {
          found.add(new PublicStatement(s, i, s.principalRange()));
        } else if (denied == Tri.UNKNOWN && unknown == null) {
          unknown = s.describe(i) + ": a Deny statement that may restrict it is not fully known";
          unknownAt = s.principalRange();
        }
      }
    }
    if (!found.isEmpty()) {
      return new PublicAccess(Tri.YES, found, null, null);
    }
    return unknown != null ? new PublicAccess(Tri.UNKNOWN, List.of(), unknown, unknownAt)
        : new PublicAccess(Tri.NO, List.of(), null, null);
  }

  /** Whether the statement's principal is everyone ({@code NotPrincipal} admits all but a few). */
  public static Tri admitsEveryone(Statement s) {
    if (s.notPrincipal() != null) {
      return Tri.YES;
    }
    return s.principal() == null ? Tri.NO : s.principal().isEveryone();
  }

  /**
   * Whether the statement's conditions limit it to specific callers or networks: at least one
   * clause on a {@link #NARROWING_KEYS narrowing key} with a positive operator (not its {@code
   * IfExists} or {@code ForAllValues:} form, which also hold when the key is absent) and values
   * that are not wildcards.
   */
  public static Tri narrowed(Statement s) {
    Tri result = s.unknownReason() != null ? Tri.UNKNOWN : Tri.NO;
    for (ConditionClause c : s.conditions()) {
      Tri n = narrows(c);
      if (n == Tri.YES) {
        return Tri.YES;
      }
      if (n == Tri.UNKNOWN) {
        result = Tri.UNKNOWN;
      }
    }
    return result;
  }

  /** Whether one clause narrows (see {@link #narrowed}). */
  public static Tri narrows(ConditionClause c) {
    String op = c.baseOperator().toLowerCase(Locale.ROOT);
    if (!NARROWING_KEYS.contains(c.normalizedKey()) || !POSITIVE_OPERATORS.contains(op) || c.ifExists()
        || c.setQualifier().equalsIgnoreCase("ForAllValues")) {
      return Tri.NO;
    }
    if (!c.values().isKnown()) {
      return Tri.UNKNOWN;
    }
    if (c.values().values().isEmpty()) {
      return Tri.NO;
    }
    for (String v : c.values().values()) {
      if (admitsAnyone(op, c.normalizedKey(), v)) {
        return Tri.NO;
      }
    }
    return Tri.YES;
  }

  /** Whether a value lets every caller through: {@code 0.0.0.0/0}, {@code *}, {@code arn:aws:*} … */
  private static boolean admitsAnyone(String op, String key, String value) {
    String v = value.trim();
    if (op.equals("ipaddress")) {
      Cidr c = Cidr.parse(v);
      return c == null || c.isAnywhere();
    }
    if (op.equals("bool")) {
      // aws:PrincipalIsAWSService true narrows to AWS services; false admits everyone else.
      return !key.equals("aws:principalisawsservice") || !v.equalsIgnoreCase("true");
    }
    if (op.equals("stringlike") || op.equals("arnlike")) {
      return v.replace("*", "").replace("?", "").replace(":", "").isEmpty()
          || v.matches("(?i)arn:(aws[a-z-]*|\\*):?\\**") || v.matches("(?i)arn:[^:]*:[^:]*:[^:]*:\\*.*");
    }
    return v.isEmpty();
  }

  /**
   * Whether a Deny for everyone, covering all the Allow's actions, refuses every caller outside a
   * narrowing condition ({@code NotIpAddress}, {@code StringNotEquals aws:SourceVpce} …): then
   * the Allow is not public after all.
   */
  static Tri deniedOutsideNarrowScope(Statement allow, List<Statement> statements) {
    Tri result = Tri.NO;
    for (Statement d : statements) {
      if (!d.isDeny() || admitsEveryone(d) != Tri.YES || d.notPrincipal() != null) {
        continue;
      }
      if (d.conditions().isEmpty() || !d.notActions().values().isEmpty() || !d.notActions().isKnown()) {
        continue;
      }
      if (!d.actions().isKnown() || d.unknownReason() != null) {
        result = Tri.UNKNOWN;
        continue;
      }
      if (!coversActions(d.actions().values(), allow.actions().values())) {
        continue;
      }
      boolean allNegatedNarrowing = true;
      boolean unknown = false;
      for (ConditionClause c : d.conditions()) {
        String op = c.baseOperator().toLowerCase(Locale.ROOT);
        if (!NARROWING_KEYS.contains(c.normalizedKey()) || !NEGATED_OPERATORS.contains(op)
            || c.setQualifier().equalsIgnoreCase("ForAnyValue")) {
          allNegatedNarrowing = false;
          break;
        }
        if (!c.values().isKnown()) {
          unknown = true;
        } else if (c.values().values().isEmpty()
            || c.values().values().stream().anyMatch(v -> admitsAnyone(op.replace("not", ""), c.normalizedKey(), v))) {
          allNegatedNarrowing = false;
          break;
        }
      }
      if (allNegatedNarrowing) {
        if (!unknown) {
          return Tri.YES;
        }
        result = Tri.UNKNOWN;
      }
    }
    return result;
  }

  /** Whether every action in {@code actions} matches one of the {@code patterns} ({@code *}, {@code es:*}). */
  public static boolean coversActions(List<String> patterns, List<String> actions) {
    if (actions.isEmpty()) {
      return patterns.contains("*");
    }
    for (String a : actions) {
      boolean covered = false;
      for (String p : patterns) {
        covered |= globCovers(p, a);
      }
      if (!covered) {
        return false;
      }
    }
    return true;
  }

  /** Whether glob {@code pattern} matches everything glob {@code action} matches (case-insensitive). */
  static boolean globCovers(String pattern, String action) {
    String p = pattern.toLowerCase(Locale.ROOT);
    String a = action.toLowerCase(Locale.ROOT);
    if (p.equals("*") || p.equals(a)) {
      return true;
    }
    if (p.endsWith("*") && p.indexOf('*') == p.length() - 1 && p.indexOf('?') < 0) {
      return a.startsWith(p.substring(0, p.length() - 1));
    }
    return a.indexOf('*') < 0 && a.indexOf('?') < 0 && a.matches(globToRegex(p));
  }

  private static String globToRegex(String glob) {
    StringBuilder sb = new StringBuilder();
    for (char c : glob.toCharArray()) {
      switch (c) {
        case '*' -> sb.append(".*");
        case '?' -> sb.append('.');
        default -> sb.append(java.util.regex.Pattern.quote(String.valueOf(c)));
      }
    }
    return sb.toString();
  }

  /**
   * Whether the policy refuses requests that do not use TLS: a {@code Deny} for everyone, of every
   * action of the service ({@code *} or {@code s3:*}), when {@code aws:SecureTransport} is false.
   *
   * @param service the action prefix, such as {@code s3}
   */
  public static Tri deniesInsecureTransport(PolicyDocument doc, String service) {
    if (!doc.isKnown()) {
      return Tri.UNKNOWN;
    }
    Tri result = Tri.NO;
    for (Statement s : doc.statements()) {
      if (!s.isDeny()) {
        if (s.effect() == null) {
          result = Tri.UNKNOWN;
        }
        continue;
      }
      Tri everyone = admitsEveryone(s);
      if (everyone == Tri.NO || s.notPrincipal() != null) {
        continue;
      }
      boolean insecure = false;
      boolean unknown = everyone == Tri.UNKNOWN || s.unknownReason() != null || !s.actions().isKnown();
      for (ConditionClause c : s.conditions()) {
        if (c.normalizedKey().equals("aws:securetransport") && c.baseOperator().equalsIgnoreCase("Bool")
            && !c.setQualifier().equalsIgnoreCase("ForAllValues")) {
          if (!c.values().isKnown()) {
            unknown = true;
          } else if (c.values().values().stream().anyMatch(v -> v.trim().equalsIgnoreCase("false"))) {
            insecure = true;
          }
        }
      }
      boolean allActions = s.notActions().values().isEmpty()
          && coversActions(s.actions().values(), List.of(service + ":*"));
      if (insecure && allActions && !unknown) {
        return Tri.YES;
      }
      if ((insecure || unknown) && (allActions || !s.actions().isKnown())) {
        result = Tri.UNKNOWN;
      }
    }
    return result;
  }

  private static String reason(Principal p, Principal np) {
    if (p != null && p.unknownReason() != null) {
      return p.unknownReason();
    }
    return np != null && np.unknownReason() != null ? np.unknownReason() : "unknown";
  }

  private static String conditionUnknown(Statement s) {
    if (s.unknownReason() != null) {
      return s.unknownReason();
    }
    for (ConditionClause c : s.conditions()) {
      if (!c.values().isKnown()) {
        return c.values().unknownReason();
      }
    }
    return "unknown";
  }
}
