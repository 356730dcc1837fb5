package dev.iaclint.rules.aws.elb;

import static dev.iaclint.rules.aws.RuleChecks.failures;
import static dev.iaclint.rules.aws.RuleChecks.passes;
import static dev.iaclint.rules.aws.RuleChecks.undecided;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iaclint.core.graph.EdgeKind;
import dev.iaclint.core.rule.Severity;
import dev.iaclint.core.testing.YamlGraph;
import org.junit.jupiter.api.Test;

class HttpListenerWithoutRedirectRuleTest {
  private static final String ID = "IAC-AWS-ELB-001";

  @Test
  void anUnsetProtocolIsHttpOnlyOnAnApplicationLoadBalancer() {
    YamlGraph g = YamlGraph.terraform("""
        aws_lb.nlb:
          load_balancer_type: network
        aws_lb.alb:
          internal: true
        aws_lb_listener.on_nlb:
          load_balancer_arn: x
          port: 80
          default_action:
            - type: forward
        aws_lb_listener.on_alb:
          load_balancer_arn: x
          port: 80
          default_action:
            - type: forward
        aws_lb_listener.elsewhere:
          load_balancer_arn: arn:aws:elasticloadbalancing:eu-west-1:1:loadbalancer/app/x/1
          port: 80
          default_action:
            - type: forward
        """)
        .edge("aws_lb_listener.on_nlb", EdgeKind.REFERENCE, "aws_lb.nlb", "load_balancer_arn")
        .edge("aws_lb_listener.on_alb", EdgeKind.REFERENCE, "aws_lb.alb", "load_balancer_arn");

    passes(ID, g, "aws_lb_listener.on_nlb");
    assertThat(failures(ID, g, "aws_lb_listener.on_alb")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
      assertThat(f.location().startLine()).isEqualTo(10);
      assertThat(f.message()).contains("protocol is not set (default on an Application Load Balancer: HTTP)");
    });
    assertThat(undecided(ID, g, "aws_lb_listener.elsewhere").reason()).contains("defaults to HTTP");
  }

  @Test
  void onlyARedirectToHttpsPassesAndUnknownActionsAreUndecided() {
    YamlGraph g = YamlGraph.terraform("""
        aws_lb_listener.redirect:
          protocol: http
          default_action:
            - type: redirect
              redirect:
                - protocol: HTTPS
                  status_code: HTTP_301
        aws_lb_listener.keeps_protocol:
          protocol: HTTP
          default_action:
            - type: redirect
              redirect:
                - protocol: "#{protocol}"
        aws_lb_listener.dynamic:
          protocol: HTTP
          default_action: !unknown var.actions has no value
        aws_lb_listener.https:
          protocol: HTTPS
        """);

    passes(ID, g, "aws_lb_listener.redirect");
    assertThat(failures(ID, g, "aws_lb_listener.keeps_protocol")).singleElement()
        .satisfies(f -> assertThat(f.severity()).isNull());
    undecided(ID, g, "aws_lb_listener.dynamic");
    passes(ID, g, "aws_lb_listener.https");
  }
}
