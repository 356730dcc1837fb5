package dev.iaclint.rules.kubernetes;

import dev.iaclint.core.net.Cidr;
import dev.iaclint.core.source.SourceRange;
import dev.iaclint.core.value.MapValue;
import dev.iaclint.core.value.UnknownValue;
import dev.iaclint.core.value.Value;
import dev.iaclint.core.yaml.Values;
import dev.iaclint.rules.elasticsearch.BindAddresses;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Whether a Service of type LoadBalancer is reachable from the internet, per the cloud providers'
 * documented annotations: an internal load balancer, a scheme the AWS Load Balancer Controller
 * defaults to internal, a private load balancer address, or source ranges that restrict clients.
 */
final class LoadBalancers {
  private LoadBalancers() {}

  /**
   * How a load balancer's reach was decided.
   *
   * @param undecided why it cannot be decided, else {@code null}
   * @param at where the input that cannot be read is written
   */
  record Reach(boolean restricted, String reason, String undecided, SourceRange at) {
    static Reach open() {
      return new Reach(false, null, null, null);
    }

    static Reach restricted(String reason) {
      return new Reach(true, reason, null, null);
    }

    static Reach unknown(Value v) {
      return new Reach(false, null, v instanceof UnknownValue u ? u.reason() : "a value is not an address", v.range());
    }
  }

  /** Annotation → the values (lower case) that make a cloud provision an internal load balancer; empty: any value but "false". */
  private static final Map<String, List<String>> INTERNAL = Map.ofEntries(
      Map.entry("service.beta.kubernetes.io/aws-load-balancer-internal", List.of()),
      Map.entry("service.beta.kubernetes.io/aws-load-balancer-scheme", List.of("internal")),
      Map.entry("networking.gke.io/load-balancer-type", List.of("internal")),
      Map.entry("cloud.google.com/load-balancer-type", List.of("internal")),
      Map.entry("service.beta.kubernetes.io/azure-load-balancer-internal", List.of("true")),
      Map.entry("service.beta.kubernetes.io/oci-load-balancer-internal", List.of("true")),
      Map.entry("oci-network-load-balancer.oraclecloud.com/internal", List.of("true")),
      Map.entry("service.kubernetes.io/ibm-load-balancer-cloud-provider-ip-type", List.of("private")),
      Map.entry("service.beta.kubernetes.io/alibaba-cloud-loadbalancer-address-type", List.of("intranet")),
      Map.entry("service.beta.kubernetes.io/openstack-internal-load-balancer", List.of("true")),
      Map.entry("load-balancer.hetzner.cloud/disable-public-network", List.of("true")),
      Map.entry("service.kubernetes.io/qcloud-loadbalancer-internal-subnetid", List.of()));

  private static final String SOURCE_RANGES_ANNOTATION = "service.beta.kubernetes.io/load-balancer-source-ranges";
  private static final String AWS_TYPE = "service.beta.kubernetes.io/aws-load-balancer-type";
  private static final String AWS_SCHEME = "service.beta.kubernetes.io/aws-load-balancer-scheme";

  /**
   * The reach of a LoadBalancer Service with this {@code spec} and {@code annotations} (either may
   * be {@code null}).
   */
  static Reach of(MapValue spec, MapValue annotations) {
    if (annotations != null) {
      for (String key : annotations.keys()) {
        List<String> internal = INTERNAL.get(key);
        if (internal == null) {
          continue;
        }
        Value v = annotations.get(key);
        if (v instanceof UnknownValue) {
          return Reach.unknown(v);
        }
        String text = lower(v);
        if (internal.isEmpty() ? !text.isEmpty() && !text.equals("false") : internal.contains(text)) {
          return Reach.restricted("an internal load balancer");
        }
      }
      // The AWS Load Balancer Controller provisions internal NLBs unless told otherwise.
      String awsType = lower(annotations.get(AWS_TYPE));
      String scheme = lower(annotations.get(AWS_SCHEME));
      if ((awsType.equals("external") || awsType.equals("nlb-ip")) && !scheme.equals("internet-facing")) {
        return Reach.restricted("the AWS Load Balancer Controller's default internal scheme");
      }
    }
    if (spec != null && lower(spec.get("loadBalancerClass")).equals("service.k8s.aws/nlb")
        && !(annotations != null && lower(annotations.get(AWS_SCHEME)).equals("internet-facing"))) {
      return Reach.restricted("the AWS Load Balancer Controller's default internal scheme");
    }
    Reach ranges = sourceRanges(spec == null ? null : spec.get("loadBalancerSourceRanges"));
    if (ranges == null && annotations != null && annotations.get(SOURCE_RANGES_ANNOTATION) != null) {
      ranges = sourceRanges(annotations.get(SOURCE_RANGES_ANNOTATION));
    }
    if (ranges != null) {
      return ranges;
    }
    if (spec != null && spec.get("loadBalancerIP") != null) {
      Value ip = spec.get("loadBalancerIP");
      if (ip instanceof UnknownValue) {
        return Reach.unknown(ip);
      }
      String text = Values.scalarText(ip);
      if (text != null && Cidr.parse(text) != null && BindAddresses.reach(text) != BindAddresses.Reach.EVERYWHERE) {
        return Reach.restricted("a private load balancer address");
      }
    }
    return Reach.open();
  }

  /** Source ranges that leave out some clients restrict the load balancer; {@code null} when none are given. */
  private static Reach sourceRanges(Value value) {
    if (value == null) {
      return null;
    }
    if (value instanceof UnknownValue) {
      return Reach.unknown(value);
    }
    List<String> ranges = new ArrayList<>();
    List<Value> items = Values.list(value) != null ? Values.elements(value) : List.of(value);
    for (Value item : items) {
      if (item instanceof UnknownValue) {
        return Reach.unknown(item);
      }
      String text = Values.scalarText(item);
      if (text != null) {
        for (String part : text.split(",")) {
          if (!part.isBlank()) {
            ranges.add(part.trim());
          }
        }
      }
    }
    if (ranges.isEmpty()) {
      return null;
    }
    for (String r : ranges) {
      Cidr c = Cidr.parse(r);
      if (c == null) {
        return Reach.unknown(value); // a placeholder filled in before the manifest is applied
      }
      if (c.isAnywhere()) {
        return Reach.open();
      }
    }
    return Reach.restricted("loadBalancerSourceRanges");
  }

  private static String lower(Value v) {
    String s = Values.scalarText(v);
    return s == null ? "" : s.trim().toLowerCase(Locale.ROOT);
  }
}
