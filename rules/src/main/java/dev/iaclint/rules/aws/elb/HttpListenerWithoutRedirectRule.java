package dev.iaclint.rules.aws.elb;

import dev.iaclint.core.graph.Node;
import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.rule.AnnotatedResourceRule;
import dev.iaclint.core.rule.AttributePath;
import dev.iaclint.core.rule.Category;
import dev.iaclint.core.rule.CheckResult;
import dev.iaclint.core.rule.Failure;
import dev.iaclint.core.rule.RuleContext;
import dev.iaclint.core.rule.RuleInfo;
import dev.iaclint.core.rule.Severity;
import dev.iaclint.core.rule.Slot;
import dev.iaclint.core.rule.Values;
import dev.iaclint.core.value.MapValue;
import dev.iaclint.core.value.UnknownValue;
import dev.iaclint.core.value.Value;
import java.util.List;

@RuleInfo(
    id = "IAC-AWS-ELB-001",
    title = "Load balancer listener serves plain HTTP without redirecting to HTTPS",
    severity = Severity.HIGH,
    category = Category.ENCRYPTION_IN_TRANSIT,
    formats = {SourceFormat.TERRAFORM, SourceFormat.CLOUDFORMATION},
    types = {"aws_lb_listener", "aws_alb_listener", "AWS::ElasticLoadBalancingV2::Listener"},
    checkov = {"CKV_AWS_2"},
    trivy = {"AVD-AWS-0054"},
    tfsec = {"aws-elb-http-not-used"},
    kics = {"de7f5e83-da88-4046-871f-ea18504b1d43"},
    description = "An Application Load Balancer listener with protocol HTTP carries requests, cookies and "
        + "credentials in clear text unless its default action redirects clients to HTTPS. The AWS provider "
        + "defaults protocol to HTTP on an Application Load Balancer, so a listener without protocol counts as "
        + "HTTP there; Network and Gateway Load Balancer listeners (TCP, UDP, TLS, GENEVE) are not judged. "
        + "A listener of an internal load balancer is reported as MEDIUM. Catalog: EIT-006.",
    remediation = "Serve the traffic on an HTTPS listener (protocol = \"HTTPS\" with a certificate) and make "
        + "the HTTP listener's default action a redirect: default_action { type = \"redirect\" redirect { "
        + "protocol = \"HTTPS\" port = \"443\" status_code = \"HTTP_301\" } } (DefaultActions: [{Type: "
        + "redirect, RedirectConfig: {Protocol: HTTPS, Port: \"443\", StatusCode: HTTP_301}}] in "
        + "CloudFormation).",
    links = {
        "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb_listener",
        "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-elasticloadbalancingv2-listener.html"})
public final class HttpListenerWithoutRedirectRule extends AnnotatedResourceRule {
  private static final String[] LOAD_BALANCERS = {"aws_lb", "aws_alb", "AWS::ElasticLoadBalancingV2::LoadBalancer"};

  @Override
  public CheckResult check(Node node, RuleContext context) {
    Names n = node.format() == SourceFormat.CLOUDFORMATION ? Names.CLOUDFORMATION : Names.TERRAFORM;
    List<Node> loadBalancers = context.graph().referencedAt(node, n.loadBalancerArn, LOAD_BALANCERS);
    Node loadBalancer = loadBalancers.size() == 1 ? loadBalancers.get(0) : null;
    Slot protocol = first(node.config(), n.protocol, node);
    if (protocol.isUnknown()) {
      return CheckResult.indeterminate(n.protocol + " is not known: " + protocol.unknown().reason(),
          protocol.location());
    }
    String shown;
    if (protocol.isAbsent()) {
      // The provider documents HTTP as the default only for Application Load Balancers.
      if (loadBalancer == null) {
        return CheckResult.indeterminate(n.protocol + " is not set: it defaults to HTTP on an Application Load "
            + "Balancer, and which load balancer this listener belongs to is not known here", node.headerRange());
      }
      Slot type = first(loadBalancer.config(), n.loadBalancerType, loadBalancer);
      if (type.isUnknown()) {
        return CheckResult.indeterminate("the load balancer's " + n.loadBalancerType + " is not known: "
            + type.unknown().reason(), type.location());
      }
      if (!type.isAbsent() && !"application".equalsIgnoreCase(type.asString())) {
        return CheckResult.pass();
      }
      shown = n.protocol + " is not set (default on an Application Load Balancer: HTTP)";
    } else if ("HTTP".equalsIgnoreCase(protocol.asString())) {
      shown = n.protocol + " = HTTP";
    } else {
      return CheckResult.pass();
    }

    Value actions = node.config().get(n.defaultActions);
    if (actions instanceof UnknownValue u) {
      return CheckResult.indeterminate(n.defaultActions + " is not known: " + u.reason(),
          node.config().memberRange(n.defaultActions));
    }
    String unknown = null;
    for (Value action : Values.elements(actions)) {
      if (!(action instanceof MapValue a)) {
        unknown = unknown != null ? unknown : n.defaultActions + " is not known";
        continue;
      }
      Slot type = first(a, n.actionType, node);
      Slot redirectProtocol = first(a, n.redirectProtocol, node);
      if (type.isUnknown() || redirectProtocol.isUnknown()) {
        unknown = unknown != null ? unknown : n.defaultActions + " is not fully known: "
            + (type.isUnknown() ? type : redirectProtocol).unknown().reason();
      } else if ("redirect".equalsIgnoreCase(type.asString()) && "HTTPS".equalsIgnoreCase(redirectProtocol.asString())) {
        return CheckResult.pass();
      }
    }
    if (unknown != null) {
      return CheckResult.indeterminate(unknown, node.config().memberRange(n.defaultActions));
    }
    Failure failure = Failure.at(protocol.location(), "Listener serves plain HTTP (" + shown
        + ") and its default action does not redirect to HTTPS" + protocol.originNote(), n.protocol)
        .withRelated(protocol.related());
    if (loadBalancer != null && isInternal(loadBalancer, n)) {
      failure = failure.withSeverity(Severity.MEDIUM);
    }
    return CheckResult.fail(failure);
  }

  private static boolean isInternal(Node loadBalancer, Names n) {
    Slot internal = first(loadBalancer.config(), n.internal, loadBalancer);
    if (n == Names.CLOUDFORMATION) {
      return "internal".equalsIgnoreCase(internal.asString());
    }
    return Boolean.TRUE.equals(internal.asBoolean());
  }

  private static Slot first(Value root, String path, Node node) {
    return AttributePath.parse(path).resolve(root, "", node.headerRange(), node.headerRange()).get(0);
  }

  /** Where each format keeps what this rule reads. */
  private enum Names {
    TERRAFORM("protocol", "load_balancer_arn", "load_balancer_type", "internal", "default_action", "type",
        "redirect.protocol"),
    CLOUDFORMATION("Protocol", "LoadBalancerArn", "Type", "Scheme", "DefaultActions", "Type",
        "RedirectConfig.Protocol");

    final String protocol;
    final String loadBalancerArn;
    final String loadBalancerType;
    final String internal;
    final String defaultActions;
    final String actionType;
    final String redirectProtocol;

    Names(String protocol, String loadBalancerArn, String loadBalancerType, String internal,
        String defaultActions, String actionType, String redirectProtocol) {
      this.protocol = protocol;
      this.loadBalancerArn = loadBalancerArn;
      this.loadBalancerType = loadBalancerType;
      this.internal = internal;
      this.defaultActions = defaultActions;
      this.actionType = actionType;
      this.redirectProtocol = redirectProtocol;
    }
  }
}
