package dev.iaclint.core.suppress;

import dev.iaclint.core.diag.Diagnostic;
import dev.iaclint.core.graph.Node;
import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.load.DataDocument;
import dev.iaclint.core.load.Document;
import dev.iaclint.core.rule.Finding;
import dev.iaclint.core.rule.Rule;
import dev.iaclint.core.rule.Suppression;
import dev.iaclint.core.scan.ScanResult;
import dev.iaclint.core.source.SourceFile;
import dev.iaclint.core.source.SourceRange;
import dev.iaclint.core.value.ListValue;
import dev.iaclint.core.value.MapValue;
import dev.iaclint.core.value.StringValue;
import dev.iaclint.core.value.Value;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Marks findings that the configuration itself says to ignore: comments (iaclint's own syntax and
 * Checkov's, tfsec's, Trivy's and KICS's), CloudFormation resource {@code Metadata}, and
 * Kubernetes annotations.
 *
 * <p>A comment applies to a finding when it is on the finding's line or directly above it (a run
 * of comment lines), or on or directly above the header of the resource or of a nested block that
 * holds the finding; then it covers the whole block. An expired suppression stops suppressing and
 * is reported as a warning at the place it is written; so is a malformed one, or one naming a rule
 * that does not exist.
 */
public final class InlineSuppressor {
  public static final String CFN_METADATA = "cloudformation-metadata";
  public static final String K8S_ANNOTATION = "kubernetes-annotation";
  static final String ANNOTATION = "iaclint.dev/ignore";

  private final LocalDate today;

  /** @param today the day expiry dates are compared with (inject a fixed date in tests) */
  public InlineSuppressor(LocalDate today) {
    this.today = today;
  }

  /** {@code result} with suppressed findings marked and warnings about expired or bad suppressions. */
  public ScanResult apply(ScanResult result) {
    Map<SourceFile, FileComments> commentsByFile = new IdentityHashMap<>();
    Map<String, List<Node>> nodesByAddress = new HashMap<>();
    for (Node n : result.graph().nodes()) {
      nodesByAddress.computeIfAbsent(n.address(), k -> new ArrayList<>()).add(n);
    }
    Set<String> knownIds = new HashSet<>();
    for (Rule r : result.rules()) {
      knownIds.add(r.id().toUpperCase(java.util.Locale.ROOT));
    }
    for (Finding f : result.findings()) {
      knownIds.add(f.ruleId().toUpperCase(java.util.Locale.ROOT));
    }

    Set<Diagnostic> warnings = new LinkedHashSet<>();
    List<Finding> findings = new ArrayList<>();
    for (Finding f : result.findings()) {
      if (f.suppressed()) {
        findings.add(f);
        continue;
      }
      Node node = nodeOf(f, nodesByAddress);
      List<Directive> candidates = new ArrayList<>();
      FileComments fc = commentsByFile.computeIfAbsent(f.location().file(), FileComments::new);
      candidates.addAll(fc.applying(anchors(f, node, fc), f.location().startLine()));
      if (node != null) {
        candidates.addAll(resourceDirectives(node, result.documents()));
      }
      Suppression suppression = null;
      for (Directive d : candidates) {
        if (d.problem() != null && d.scope() == Directive.Scope.RESOURCE) {
          warnings.add(Diagnostic.warning(d.range(), "ignored suppression: " + d.problem()));
        }
        if (d.problem() != null || !d.names(f.rule())) {
          continue;
        }
        if (d.expiredOn(today)) {
          warnings.add(Diagnostic.warning(d.range(), "suppression of " + f.ruleId() + " expired on "
              + d.until() + "; the finding counts again"));
          continue;
        }
        suppression = new Suppression(d.kind(), d.reason(), d.range());
        break;
      }
      findings.add(suppression == null ? f : f.withSuppression(suppression));
    }
    for (FileComments fc : commentsByFile.values()) {
      for (Directive d : fc.directives) {
        if (d.problem() != null) {
          warnings.add(Diagnostic.warning(d.range(), "ignored suppression: " + d.problem()));
        } else if (d.kind().equals("inline")) {
          for (String id : d.ids()) {
            if (!knownIds.contains(id.toUpperCase(java.util.Locale.ROOT))) {
              warnings.add(Diagnostic.warning(d.range(), "iaclint:ignore names unknown rule '" + id + "'"));
            }
          }
        }
      }
    }
    List<Diagnostic> diagnostics = new ArrayList<>(result.diagnostics());
    diagnostics.addAll(warnings);
    diagnostics.sort(Diagnostic.ORDER);
    return new ScanResult(findings, result.indeterminate(), result.passed(), diagnostics,
        result.graph(), result.documents(), result.rules(), result.filesScanned(), result.filesSkipped());
  }

  /** The graph node a finding is about: same address, and the one holding the finding if several. */
  static Node nodeOf(Finding f, Map<String, List<Node>> nodesByAddress) {
    List<Node> nodes = nodesByAddress.getOrDefault(f.resource(), List.of());
    Node sameFile = null;
    for (Node n : nodes) {
      if (n.range().contains(f.location())) {
        return n;
      }
      if (sameFile == null && n.file() == f.location().file()) {
        sameFile = n;
      }
    }
    return sameFile != null ? sameFile : nodes.isEmpty() ? null : nodes.get(0);
  }

  /**
   * The lines a comment may be attached to for {@code f}: its own line, and the first line of its
   * resource and of every block or mapping in the resource that holds it.
   */
  static Set<Integer> anchors(Finding f, Node node, FileComments fc) {
    Set<Integer> lines = new TreeSet<>();
    SourceRange loc = f.location();
    lines.add(loc.startLine());
    if (node != null && node.file() == loc.file()) {
      lines.add(node.range().startLine());
      collectBlocks(node.config(), loc, lines);
    }
    if (fc.yaml) {
      // A YAML mapping starts below the key that names it ("LogsDomain:"); comments above that key count.
      for (Integer line : new ArrayList<>(lines)) {
        int key = fc.parentKeyLine(line);
        if (key > 0) {
          lines.add(key);
        }
      }
    }
    return lines;
  }

  private static void collectBlocks(Value v, SourceRange loc, Set<Integer> lines) {
    if (v instanceof MapValue m) {
      if (m.range() != null && m.range().file() == loc.file() && m.range().contains(loc)) {
        lines.add(m.range().startLine());
      }
      for (String key : m.keys()) {
        SourceRange member = m.memberRange(key);
        if (member != null && member.file() == loc.file() && member.contains(loc)) {
          lines.add(member.startLine());
          collectBlocks(m.get(key), loc, lines);
        }
      }
    } else if (v instanceof ListValue l) {
      for (Value e : l.elements()) {
        if (e.range() != null && e.range().file() == loc.file() && e.range().contains(loc)) {
          collectBlocks(e, loc, lines);
        }
      }
    }
  }

  /** CloudFormation {@code Metadata} and Kubernetes annotations of {@code node}. */
  private List<Directive> resourceDirectives(Node node, List<Document> documents) {
    if (node.format() == SourceFormat.CLOUDFORMATION) {
      MapValue resource = cloudFormationResource(node, documents);
      return resource == null ? List.of() : ResourceDirectives.cloudFormation(resource, node.range());
    }
    if (node.format() == SourceFormat.KUBERNETES) {
      MapValue object = kubernetesObject(node, documents);
      return object == null ? List.of() : ResourceDirectives.kubernetes(object, node.range());
    }
    return List.of();
  }

  private static MapValue cloudFormationResource(Node node, List<Document> documents) {
    if (node.config().get("Metadata") instanceof MapValue) {
      return node.config();
    }
    for (Value root : roots(node, documents)) {
      if (root instanceof MapValue m && m.get("Resources") instanceof MapValue resources
          && resources.get(node.address()) instanceof MapValue resource) {
        return resource;
      }
    }
    return null;
  }

  private static MapValue kubernetesObject(Node node, List<Document> documents) {
    if (node.config().get("metadata") instanceof MapValue) {
      return node.config();
    }
    for (Value root : roots(node, documents)) {
      if (root instanceof MapValue m && m.range() != null && m.range().file() == node.file()
          && (m.range().contains(node.range()) || node.range().contains(m.range()))) {
        return m;
      }
    }
    return null;
  }

  private static List<Value> roots(Node node, List<Document> documents) {
    for (Document d : documents) {
      if (d.file() == node.file() && d instanceof DataDocument dd) {
        return dd.roots();
      }
    }
    return List.of();
  }

  static LocalDate date(String text) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  static String string(Value v) {
    return v instanceof StringValue s ? s.value() : null;
  }

  /** The comments of one file and the directives in them. */
  static final class FileComments {
    final SourceFile file;
    final boolean yaml;
    final List<Directive> directives = new ArrayList<>();
    /** Lines that hold nothing but a comment. */
    private final Set<Integer> commentOnlyLines = new HashSet<>();

    FileComments(SourceFile file) {
      this.file = file;
      this.yaml = CommentScanner.syntaxOf(file) == CommentScanner.Syntax.YAML;
      for (Comment c : CommentScanner.scan(file)) {
        if (c.ownLine()) {
          for (int l = c.startLine(); l <= c.endLine(); l++) {
            commentOnlyLines.add(l);
          }
        }
        directives.addAll(DirectiveParser.parse(c));
      }
    }

    /** Directives that may cover a finding starting on {@code findingLine} with these anchors. */
    List<Directive> applying(Set<Integer> anchors, int findingLine) {
      List<Directive> result = new ArrayList<>();
      for (Directive d : directives) {
        int start = d.range().startLine();
        int end = d.range().endLine();
        boolean applies = switch (d.scope()) {
          case FILE, RESOURCE -> true;
          case NEXT_LINE -> findingLine == end + 1;
          case NEXT_BLOCK -> anchors.contains(end + 1);
          case ATTACHED -> anchors.stream().anyMatch(a -> attached(start, end, a));
        };
        if (applies) {
          result.add(d);
        }
      }
      // iaclint's own syntax wins over others' when both apply.
      result.sort((a, b) -> Boolean.compare(!a.kind().equals("inline"), !b.kind().equals("inline")));
      return result;
    }

    /** On the anchor line, or in the run of comment-only lines directly above it. */
    private boolean attached(int start, int end, int anchor) {
      if (start <= anchor && anchor <= end) {
        return true;
      }
      if (end >= anchor) {
        return false;
      }
      for (int l = anchor - 1; l > end; l--) {
        if (!commentOnlyLines.contains(l)) {
          return false;
        }
      }
      return commentOnlyLines.contains(end);
    }

    /** For a YAML line, the line just above it when that is a less-indented {@code key:} line. */
    int parentKeyLine(int line) {
      if (line <= 1) {
        return 0;
      }
      String above = file.line(line - 1);
      String here = file.line(line);
      int code = CommentScanner.commentStart(above);
      String aboveCode = (code >= 0 ? above.substring(0, code) : above).stripTrailing();
      if (aboveCode.isBlank() || !aboveCode.endsWith(":")) {
        return 0;
      }
      return indent(aboveCode) <= indent(here) ? line - 1 : 0;
    }

    private static int indent(String s) {
      int i = 0;
      while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '-')) {
        i++;
      }
      return i;
    }
  }
}
