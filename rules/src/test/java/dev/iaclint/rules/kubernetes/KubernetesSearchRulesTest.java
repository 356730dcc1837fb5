package dev.iaclint.rules.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iaclint.rules.elasticsearch.Scans;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KubernetesSearchRulesTest {
  @TempDir Path dir;

  private static final String INSECURE_ES = """
      apiVersion: elasticsearch.k8s.elastic.co/v1
      kind: Elasticsearch
      metadata: {name: logging}
      spec:
        version: 7.17.21
        nodeSets: [{name: default, config: {xpack.security.enabled: false}}]
      ---
      apiVersion: kibana.k8s.elastic.co/v1
      kind: Kibana
      metadata: {name: logging}
      spec:
        elasticsearchRef: {name: logging}
        http: {service: {spec: {type: NodePort}}}
      """;

  @Test
  void exposureIsCriticalOrHighWhenTheClusterBehindRunsWithoutSecurity() {
    Scans s = Scans.in(dir).file("stack.yaml", INSECURE_ES + """
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: public}
        spec:
          type: LoadBalancer
          selector: {elasticsearch.k8s.elastic.co/cluster-name: logging}
          ports: [{port: 9200}]
        """).scan(new ExposedServiceRule());

    assertThat(s.findings()).containsExactly("stack.yaml:13 HIGH IAC-K8S-ES-001 Kibana/logging",
        "stack.yaml:19 CRITICAL IAC-K8S-ES-001 Service/public");
  }

  @Test
  void internalAndRestrictedLoadBalancersAreNotExposed() {
    Scans s = Scans.in(dir).file("services.yaml", """
        apiVersion: v1
        kind: Service
        metadata:
          name: azure
          annotations: {service.beta.kubernetes.io/azure-load-balancer-internal: "true"}
        spec: {type: LoadBalancer, ports: [{port: 9200}]}
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: aws-legacy
          annotations: {service.beta.kubernetes.io/aws-load-balancer-internal: 0.0.0.0/0}
        spec: {type: LoadBalancer, ports: [{port: 9200}]}
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: lbc}
        spec: {type: LoadBalancer, loadBalancerClass: service.k8s.aws/nlb, ports: [{port: 9200}]}
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: ranges-annotation
          annotations: {service.beta.kubernetes.io/load-balancer-source-ranges: "10.0.0.0/8,192.168.0.0/16"}
        spec: {type: LoadBalancer, ports: [{port: 5601}]}
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: metallb}
        spec: {type: LoadBalancer, loadBalancerIP: 192.168.10.40, ports: [{port: 9200}]}
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: lbc-public
          annotations:
            service.beta.kubernetes.io/aws-load-balancer-type: external
            service.beta.kubernetes.io/aws-load-balancer-scheme: internet-facing
        spec: {type: LoadBalancer, ports: [{port: 9200}]}
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: ipv6-anywhere}
        spec: {type: LoadBalancer, loadBalancerSourceRanges: ["10.0.0.0/8", "::/0"], ports: [{port: 9300}]}
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: undecided}
        spec: {type: LoadBalancer, loadBalancerSourceRanges: ["${OFFICE}"], ports: [{port: 9200}]}
        """).scan(new ExposedServiceRule());

    assertThat(s.findings()).containsExactly("services.yaml:39 HIGH IAC-K8S-ES-001 Service/lbc-public",
        "services.yaml:44 HIGH IAC-K8S-ES-001 Service/ipv6-anywhere");
    assertThat(s.undecided()).containsExactly("services.yaml:49 IAC-K8S-ES-001");
  }

  @Test
  void namedTargetPortsAreResolvedAgainstTheSelectedPods() {
    Scans s = Scans.in(dir).file("app.yaml", """
        apiVersion: v1
        kind: Service
        metadata: {name: metrics}
        spec:
          type: LoadBalancer
          selector: {app: search}
          ports: [{port: 9114, targetPort: metrics}]
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: api}
        spec:
          type: NodePort
          selector: {app: search}
          ports: [{port: 80, targetPort: rest}]
        ---
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: {name: search}
        spec:
          template:
            metadata: {labels: {app: search}}
            spec:
              containers:
                - name: es
                  image: elasticsearch:8.13.4
                  ports: [{name: rest, containerPort: 9200}]
                - name: exporter
                  image: quay.io/prometheuscommunity/elasticsearch-exporter:v1.7.0
                  ports: [{name: metrics, containerPort: 9114}]
        """).scan(new ExposedServiceRule());

    assertThat(s.findings()).containsExactly("app.yaml:13 MEDIUM IAC-K8S-ES-001 Service/api");
  }

  @Test
  void aCommunityImageIsRecognisedByTheSearchPortsItDeclares() {
    Scans s = Scans.in(dir).file("es.yaml", """
        apiVersion: v1
        kind: Service
        metadata: {name: elasticsearch}
        spec:
          type: LoadBalancer
          selector: {component: elasticsearch}
          ports: [{name: http, port: 9200}]
        ---
        apiVersion: v1
        kind: ReplicationController
        metadata: {name: es}
        spec:
          template:
            metadata: {labels: {component: elasticsearch}}
            spec:
              containers:
                - name: es
                  image: quay.io/pires/docker-elasticsearch-kubernetes:5.6.2
                  ports: [{containerPort: 9200, name: http}]
        """).scan(new ExposedServiceRule());

    assertThat(s.findings()).containsExactly("es.yaml:5 HIGH IAC-K8S-ES-001 Service/elasticsearch");
  }

  @Test
  void aLoneClusterManifestLeavesTheNetworkPolicyCheckUndecided() {
    Scans s = Scans.in(dir)
        .file("lone/es.yaml", """
            apiVersion: elasticsearch.k8s.elastic.co/v1
            kind: Elasticsearch
            metadata: {name: logging, namespace: obs}
            spec: {nodeSets: [{name: default}]}
            """)
        .file("app/stack.yaml", """
            apiVersion: elasticsearch.k8s.elastic.co/v1
            kind: Elasticsearch
            metadata: {name: logging}
            spec: {nodeSets: [{name: default}]}
            ---
            apiVersion: kibana.k8s.elastic.co/v1
            kind: Kibana
            metadata: {name: logging}
            spec: {elasticsearchRef: {name: logging}}
            """)
        .file("other/policy.yaml", """
            # No namespace, another directory: applied apart, so it does not cover app/.
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: deny}
            spec: {podSelector: {}}
            """)
        .scan(new NoNetworkPolicyRule());

    assertThat(s.findings()).containsExactly("app/stack.yaml:1 MEDIUM IAC-K8S-ES-002 Elasticsearch/logging");
    assertThat(s.undecided()).containsExactly("lone/es.yaml:1 IAC-K8S-ES-002");
  }

  @Test
  void everyNodeSetNeedsAPolicyAndANamespaceObjectCountsAsTheNamespaceBeingManagedHere() {
    Scans s = Scans.in(dir)
        .file("es.yaml", """
            apiVersion: elasticsearch.k8s.elastic.co/v1
            kind: Elasticsearch
            metadata: {name: logging, namespace: obs}
            spec:
              nodeSets:
                - {name: hot, podTemplate: {metadata: {labels: {tier: hot}}}}
                - {name: warm}
            ---
            apiVersion: v1
            kind: Namespace
            metadata: {name: obs}
            """)
        .file("netpol/hot.yaml", """
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: hot, namespace: obs}
            spec:
              podSelector: {matchLabels: {tier: hot}}
              ingress: [{from: [{podSelector: {matchLabels: {app: client}}}]}]
            """)
        .scan(new NoNetworkPolicyRule());

    assertThat(s.findings()).containsExactly("es.yaml:1 MEDIUM IAC-K8S-ES-002 Elasticsearch/obs/logging");
    assertThat(s.raw().get(0).message()).contains("node set logging-es-warm");
  }
}
