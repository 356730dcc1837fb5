package dev.iaclint.core.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iaclint.core.source.SourceFile;
import dev.iaclint.core.source.SourceRange;
import dev.iaclint.core.value.MapValue;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResourceGraphReferencesTest {
  private final SourceFile file = SourceFile.of("main.tf", "x\n".repeat(20));
  private final SourceRange r = SourceRange.startOf(file);
  private final ResourceGraph.Builder b = ResourceGraph.builder();

  private Node node(NodeKind kind, String type, String address) {
    Node n = new Node("tf:root:" + address, kind, SourceFormat.TERRAFORM, type, address, r,
        new MapValue(Map.of(), MapValue.Kind.BLOCK, r), Map.of());
    b.add(n);
    return n;
  }

  private Node resource(String type, String name) {
    return node(NodeKind.RESOURCE, type, type + "." + name);
  }

  private void ref(Node from, Node to, String attribute) {
    b.addEdge(new Edge(from, to, EdgeKind.REFERENCE, attribute, r));
  }

  @Test
  void findsDirectReferencesAtOrBelowTheAttribute() {
    Node domain = resource("aws_opensearch_domain", "logs");
    Node sg = resource("aws_security_group", "es");
    Node other = resource("aws_security_group", "other");
    Node key = resource("aws_kms_key", "es");
    ref(domain, sg, "vpc_options.security_group_ids");
    ref(domain, other, "vpc_options.security_group_ids[1]");
    ref(domain, key, "encrypt_at_rest.kms_key_id");
    ResourceGraph g = b.build();

    assertThat(g.referencedAt(domain, "vpc_options.security_group_ids", "aws_security_group"))
        .containsExactly(sg, other);
    assertThat(g.referencedAt(domain, "vpc_options", "aws_security_group")).containsExactly(sg, other);
    assertThat(g.referencedAt(domain, "vpc_options.security_group_ids", "aws_kms_key")).isEmpty();
    assertThat(g.referencedAt(domain, "vpc_options.security", "aws_security_group")).isEmpty();
  }

  @Test
  void followsLocalsVariablesOutputsAndOnlyTheModuleArgumentThatSetsTheVariable() {
    Node sg = resource("aws_security_group", "es");
    Node unrelated = resource("aws_security_group", "bastion");
    Node local = node(NodeKind.LOCAL, "local", "local.groups");
    Node call = node(NodeKind.MODULE_CALL, "module", "module.search");
    Node variable = node(NodeKind.VARIABLE, "variable", "module.search.var.security_group_ids");
    Node domain = resource("aws_opensearch_domain", "this");
    ref(local, sg, "value");
    ref(call, local, "security_group_ids");
    ref(call, unrelated, "bastion_group_id");
    ref(variable, call, "value");
    ref(domain, variable, "vpc_options.security_group_ids");
    Node output = node(NodeKind.OUTPUT, "output", "module.sg.output.id");
    Node inModule = resource("aws_security_group", "in_module");
    Node viaOutput = resource("aws_opensearch_domain", "other");
    ref(output, inModule, "value");
    ref(viaOutput, output, "vpc_options.security_group_ids");
    ResourceGraph g = b.build();

    assertThat(g.referencedAt(domain, "vpc_options.security_group_ids", "aws_security_group")).containsExactly(sg);
    assertThat(g.referencedAt(viaOutput, "vpc_options", "aws_security_group")).containsExactly(inModule);
  }

  @Test
  void aReferenceCycleEnds() {
    Node a = node(NodeKind.LOCAL, "local", "local.a");
    Node c = node(NodeKind.LOCAL, "local", "local.c");
    Node lb = resource("aws_lb_listener", "x");
    ref(a, c, "value");
    ref(c, a, "value");
    ref(lb, a, "load_balancer_arn");
    assertThat(b.build().referencedAt(lb, "load_balancer_arn", "aws_lb")).isEmpty();
  }
}
