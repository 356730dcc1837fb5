package dev.iaclint.core.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything a scan found, as nodes and the edges between them. Rules query it; nothing mutates it
 * once built.
 *
 * <p>Node order is deterministic (file, then position), so everything derived from the graph is too.
 */
public final class ResourceGraph {
  private static final Comparator<Node> NODE_ORDER = ResourceGraph::compareNodes;

  /**
   * File display path, start offset, address, id. Written out rather than chained comparators: a
   * graph's sort compares nodes a million times; two nodes of one file do not compare the path
   * with itself.
   */
  private static int compareNodes(Node a, Node b) {
    if (a == b) {
      return 0;
    }
    int c = a.file() == b.file() ? 0 : a.file().displayPath().compareTo(b.file().displayPath());
    if (c == 0) {
      c = Integer.compare(a.range().startOffset(), b.range().startOffset());
    }
    if (c == 0) {
      c = a.address().compareTo(b.address());
    }
    return c != 0 ? c : a.id().compareTo(b.id());
  }

  private final List<Node> nodes;
  private final Map<String, Node> byId;
  private final Map<String, List<Node>> byType;
  private final List<Edge> edges;
  private final Map<Node, List<Edge>> outgoing;
  private final Map<Node, List<Edge>> incoming;

  /**
   * @param byId every node by id (the builder's own map, handed over)
   * @param outgoing each node's outgoing edges (the builder's, handed over)
   */
  private ResourceGraph(Map<String, Node> byId, Collection<Edge> edges, Map<Node, List<Edge>> outgoing) {
    this.nodes = sorted(byId.values());
    this.byId = byId;
    Map<String, List<Node>> types = new HashMap<>();
    for (Node n : this.nodes) {
      types.computeIfAbsent(n.type(), t -> new ArrayList<>()).add(n);
    }
    this.byType = types;
    this.edges = List.copyOf(edges);
    // Nodes are equal only to themselves: identity maps skip the equals calls and probe linearly.
    Map<Node, List<Edge>> in = new IdentityHashMap<>(this.nodes.size());
    for (Edge e : this.edges) {
      in.computeIfAbsent(e.to(), k -> new ArrayList<>(2)).add(e);
    }
    this.outgoing = outgoing;
    this.incoming = in;
  }

  /** A node with its file's rank and start offset in one number, so most comparisons read no node. */
  private record Keyed(long key, Node node) {}

  /**
   * The nodes in {@link #compareNodes} order. Files are ranked by display path once, instead of
   * comparing paths in each of the sort's comparisons.
   */
  private static List<Node> sorted(Collection<Node> nodes) {
    Map<dev.iaclint.core.source.SourceFile, Integer> fileRank = new IdentityHashMap<>();
    dev.iaclint.core.source.SourceFile seen = null;
    for (Node n : nodes) {
      if (n.file() != seen) {
        seen = n.file();
        fileRank.putIfAbsent(seen, 0);
      }
    }
    List<String> paths = new ArrayList<>();
    for (dev.iaclint.core.source.SourceFile f : fileRank.keySet()) {
      paths.add(f.displayPath());
    }
    paths.sort(null);
    Map<String, Integer> pathRank = new HashMap<>();
    for (String path : paths) {
      pathRank.putIfAbsent(path, pathRank.size());
    }
    fileRank.replaceAll((f, r) -> pathRank.get(f.displayPath()));
    Keyed[] keyed = new Keyed[nodes.size()];
    int i = 0;
    dev.iaclint.core.source.SourceFile lastFile = null;
    long rank = 0;
    for (Node n : nodes) {
      if (n.file() != lastFile) {
        // Loaders add a file's nodes together: one lookup per run of them.
        lastFile = n.file();
        rank = fileRank.get(lastFile);
      }
      // The offset shifted to be non-negative, so that the packed key orders as (rank, offset) does.
      keyed[i++] = new Keyed((rank << 33) + ((long) n.range().startOffset() - Integer.MIN_VALUE), n);
    }
    Arrays.sort(keyed, (a, b) -> {
      int c = Long.compare(a.key, b.key);
      if (c != 0 || a.node == b.node) {
        return c;
      }
      c = a.node.address().compareTo(b.node.address());
      return c != 0 ? c : a.node.id().compareTo(b.node.id());
    });
    Node[] out = new Node[keyed.length];
    for (int j = 0; j < keyed.length; j++) {
      out[j] = keyed[j].node;
    }
    return List.of(out);
  }

  public static Builder builder() {
    return new Builder();
  }

  public static ResourceGraph empty() {
    return new ResourceGraph(Map.of(), List.of(), Map.of());
  }

  /** All nodes in deterministic order: file, then position. */
  public List<Node> nodes() {
    return nodes;
  }

  public List<Edge> edges() {
    return edges;
  }

  public Node byId(String id) {
    return byId.get(id);
  }

  /** The nodes of any of {@code types}, in graph order. */
  public List<Node> ofType(String... types) {
    if (types.length == 1) {
      return byType.getOrDefault(types[0], List.of());
    }
    Set<String> wanted = Set.of(types);
    List<Node> result = new ArrayList<>();
    for (Node n : nodes) {
      if (wanted.contains(n.type())) {
        result.add(n);
      }
    }
    return result;
  }

  /** Edges leaving {@code node}. */
  public List<Edge> outgoing(Node node) {
    return outgoing.getOrDefault(node, List.of());
  }

  /** Edges arriving at {@code node}. */
  public List<Edge> incoming(Node node) {
    return incoming.getOrDefault(node, List.of());
  }

  /** The nodes {@code node} refers to (by reference or depends_on), without duplicates. */
  public List<Node> referencedBy(Node node) {
    return distinctEnds(outgoing(node), true, EdgeKind.REFERENCE, EdgeKind.DEPENDS_ON);
  }

  /** The nodes that refer to {@code node}, without duplicates. */
  public List<Node> referencing(Node node) {
    return distinctEnds(incoming(node), false, EdgeKind.REFERENCE, EdgeKind.DEPENDS_ON);
  }

  /**
   * The split-out parts of {@code node}'s configuration of the given types: for a bucket, its
   * {@code aws_s3_bucket_acl}, {@code _public_access_block}, {@code _policy}… ({@link EdgeKind#PART_OF}
   * edges point from the part to the whole).
   */
  public List<Node> parts(Node node, String... types) {
    Set<String> wanted = Set.of(types);
    List<Node> result = new ArrayList<>();
    for (Edge e : incoming(node)) {
      if (e.kind() == EdgeKind.PART_OF && (wanted.isEmpty() || wanted.contains(e.from().type()))
          && !result.contains(e.from())) {
        result.add(e.from());
      }
    }
    result.sort(NODE_ORDER);
    return result;
  }

  /**
   * The nodes of {@code types} that {@code node}'s attribute {@code attribute} refers to: the
   * listener behind {@code load_balancer_arn}, the groups in {@code vpc_options.security_group_ids}
   * (a reference written below the attribute counts). The value may pass through Terraform
   * variables, locals, outputs and module calls, or CloudFormation outputs, on the way: those are
   * followed, a module call only along the argument that sets the variable.
   */
  public List<Node> referencedAt(Node node, String attribute, String... types) {
    Set<String> wanted = Set.of(types);
    Set<Node> result = new LinkedHashSet<>();
    Set<Node> visited = new HashSet<>();
    Set<String> visitedArguments = new HashSet<>();
    ArrayDeque<Edge> queue = new ArrayDeque<>();
    for (Edge e : outgoing(node)) {
      if (e.kind() == EdgeKind.REFERENCE && isAt(e.attribute(), attribute)) {
        queue.add(e);
      }
    }
    while (!queue.isEmpty()) {
      Edge e = queue.poll();
      Node to = e.to();
      if (wanted.contains(to.type())) {
        result.add(to);
        continue;
      }
      if (to.kind() != NodeKind.MODULE_CALL && !visited.add(to)) {
        continue;
      }
      switch (to.kind()) {
        case LOCAL, OUTPUT, VARIABLE -> {
          for (Edge next : outgoing(to)) {
            if (next.kind() == EdgeKind.REFERENCE) {
              queue.add(next);
            }
          }
        }
        case MODULE_CALL -> {
          // Reached from a module's variable: only the argument that sets it carries the value.
          if (e.from().kind() == NodeKind.VARIABLE && e.from().address().contains("var.")) {
            String name = e.from().address().substring(e.from().address().lastIndexOf("var.") + 4);
            if (!visitedArguments.add(to.id() + "\u0000" + name)) {
              continue;
            }
            for (Edge next : outgoing(to)) {
              if (next.kind() == EdgeKind.REFERENCE && isAt(next.attribute(), name)) {
                queue.add(next);
              }
            }
          }
        }
        default -> { }
      }
    }
    List<Node> list = new ArrayList<>(result);
    list.sort(NODE_ORDER);
    return list;
  }

  /** {@code a}, {@code a.b} and {@code a[0]} are at attribute {@code a}. */
  private static boolean isAt(String path, String attribute) {
    return path.equals(attribute) || path.startsWith(attribute + ".") || path.startsWith(attribute + "[");
  }

  /** The nodes {@code part} is a split-out part of (usually one). */
  public List<Node> wholes(Node part) {
    return distinctEnds(outgoing(part), true, EdgeKind.PART_OF);
  }

  private static List<Node> distinctEnds(List<Edge> edges, boolean to, EdgeKind... kinds) {
    Set<EdgeKind> wanted = Set.of(kinds);
    Set<Node> result = new LinkedHashSet<>();
    for (Edge e : edges) {
      if (wanted.contains(e.kind())) {
        result.add(to ? e.to() : e.from());
      }
    }
    List<Node> list = new ArrayList<>(result);
    list.sort(NODE_ORDER);
    return list;
  }

  /**
   * Collects nodes and edges from any number of loaders; ids must be unique, and so are edges. It
   * builds one graph, handing its own maps over (copying tens of thousands of entries would cost
   * as much as collecting them), so it cannot be changed after {@link #build}.
   */
  public static final class Builder {
    private ResourceGraph built;
    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final List<Edge> edges = new ArrayList<>();
    /**
     * Each node's outgoing edges in the order added. An edge is a duplicate only of one leaving the
     * same node, so they are deduplicated here without hashing every edge into one large set; the
     * built graph keeps these lists as its outgoing index.
     */
    private final Map<Node, EdgesFrom> outgoing = new IdentityHashMap<>();

    /** The edges leaving one node; a hash set joins the list only for nodes with many edges. */
    private static final class EdgesFrom {
      private static final int SCAN_LIMIT = 16;
      final List<Edge> list = new ArrayList<>(2);
      Set<Edge> set;

      boolean add(Edge e) {
        if (set == null && list.size() >= SCAN_LIMIT) {
          set = new HashSet<>(list);
        }
        if (set != null ? !set.add(e) : list.contains(e)) {
          return false;
        }
        list.add(e);
        return true;
      }
    }

    /** Adds {@code node}; a second node with the same id replaces nothing and is reported. */
    public Builder add(Node node) {
      open();
      Node previous = nodes.putIfAbsent(node.id(), node);
      if (previous != null && previous != node) {
        throw new IllegalStateException("duplicate node id " + node.id());
      }
      return this;
    }

    /**
     * Adds every node of {@code batch}, or none of them when one's id is already in the graph (or
     * twice in the batch): then returns false.
     */
    public boolean addAll(List<Node> batch) {
      open();
      for (int i = 0; i < batch.size(); i++) {
        if (nodes.putIfAbsent(batch.get(i).id(), batch.get(i)) != null) {
          for (int j = 0; j < i; j++) {
            nodes.remove(batch.get(j).id());
          }
          return false;
        }
      }
      return true;
    }

    /** Adds {@code edge} unless an equal edge is already there. */
    public Builder addEdge(Edge edge) {
      open();
      if (outgoing.computeIfAbsent(edge.from(), n -> new EdgesFrom()).add(edge)) {
        edges.add(edge);
      }
      return this;
    }

    public Node get(String id) {
      return nodes.get(id);
    }

    public Collection<Node> nodes() {
      return nodes.values();
    }

    public Collection<Edge> edges() {
      return java.util.Collections.unmodifiableList(edges);
    }

    /** The edges added so far that leave {@code node}, in the order added. */
    public List<Edge> outgoing(Node node) {
      EdgesFrom own = outgoing.get(node);
      return own == null ? List.of() : java.util.Collections.unmodifiableList(own.list);
    }

    private void open() {
      if (built != null) {
        throw new IllegalStateException("the graph is built; its builder cannot change it");
      }
    }

    /** The graph (the same one when asked again). */
    public ResourceGraph build() {
      if (built != null) {
        return built;
      }
      Map<Node, List<Edge>> out = new IdentityHashMap<>(outgoing.size());
      for (Map.Entry<Node, EdgesFrom> e : outgoing.entrySet()) {
        out.put(e.getKey(), java.util.Collections.unmodifiableList(e.getValue().list));
      }
      built = new ResourceGraph(java.util.Collections.unmodifiableMap(nodes), edges, out);
      return built;
    }
  }
}
