package dev.iaclint.core.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iaclint.core.graph.EdgeKind;
import dev.iaclint.core.graph.Node;
import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.load.DataFiles;
import dev.iaclint.core.source.SourceFile;
import dev.iaclint.core.value.BoolValue;
import dev.iaclint.core.value.MapValue;
import dev.iaclint.core.value.Value;
import dev.iaclint.core.yaml.Values;
import org.junit.jupiter.api.Test;

class KubernetesObjectsTest {

  @Test
  void everyObjectOfAStreamIsANodeNamedByKindNamespaceAndName() {
    DataFiles d = DataFiles.of("k8s/all.yaml", """
        apiVersion: v1
        kind: Service
        metadata: {name: web}
        spec: {selector: {app: web}}
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          namespace: prod
        """);
    Node service = d.node("Service/web");
    assertThat(service.format()).isEqualTo(SourceFormat.KUBERNETES);
    assertThat(service.type()).isEqualTo("Service");
    assertThat(service.property(KubernetesObjects.API_VERSION)).isEqualTo("v1");
    assertThat(service.property(KubernetesObjects.NAMESPACE)).isNull();
    assertThat(service.range().startLine()).isEqualTo(1);
    Node deployment = d.node("Deployment/prod/web");
    assertThat(deployment.property(KubernetesObjects.NAMESPACE)).isEqualTo("prod");
    assertThat(deployment.range().startLine()).isEqualTo(6);
    assertThat(d.document().format()).isEqualTo(SourceFormat.KUBERNETES);
    assertThat(d.document().roots()).hasSize(2);
  }

  @Test
  void listKindsAreExpanded() {
    DataFiles d = DataFiles.of("list.yaml", """
        apiVersion: v1
        kind: List
        items:
          - {apiVersion: v1, kind: ConfigMap, metadata: {name: a}}
          - {apiVersion: v1, kind: ConfigMap, metadata: {name: b}}
        """);
    assertThat(d.graph.nodes()).map(Node::address).containsExactly("ConfigMap/a", "ConfigMap/b");
    assertThat(d.node("ConfigMap/b").range().startLine()).isEqualTo(5);
  }

  @Test
  void secretDataIsDecodedInTheNodeConfigAndNeverPrinted() {
    DataFiles d = DataFiles.of("secret.yaml", """
        apiVersion: v1
        kind: Secret
        metadata: {name: creds}
        data:
          password: aHVudGVyMg==
          binary: AAECAw==
          broken: '%%%'
        """);
    MapValue data = (MapValue) d.node("Secret/creds").config().get("data");
    assertThat(Values.string(data.get("password"))).isEqualTo("hunter2");
    assertThat(data.get("password").range().startLine()).isEqualTo(5);
    assertThat(data.get("password").range().startColumn()).isEqualTo(13);
    assertThat(Values.string(data.get("binary"))).isEqualTo("AAECAw==");
    assertThat(Values.string(data.get("broken"))).isEqualTo("%%%");
    assertThat(d.node("Secret/creds").config().toString()).doesNotContain("hunter2");
    // The document keeps what is written: the secrets detectors decode it themselves.
    assertThat(Values.stringAt(d.document().roots().get(0), "data", "password")).isEqualTo("aHVudGVyMg==");
  }

  @Test
  void elasticsearchNodeSetSettingsAreFlatWhetherWrittenFlatOrNested() {
    DataFiles d = DataFiles.of("es.yaml", """
        apiVersion: elasticsearch.k8s.elastic.co/v1
        kind: Elasticsearch
        metadata: {name: logging, namespace: observability}
        spec:
          version: 8.15.0
          http:
            tls:
              selfSignedCertificate: {disabled: true}
          nodeSets:
            - name: hot
              config:
                xpack.security.enabled: false
            - name: warm
              config:
                xpack:
                  security:
                    enabled: "false"
        """);
    Node es = d.node("Elasticsearch/observability/logging");
    Value sets = Values.at(es.config(), "spec", "nodeSets");
    MapValue hot = (MapValue) Values.at(Values.elements(sets).get(0), "config");
    MapValue warm = (MapValue) Values.at(Values.elements(sets).get(1), "config");
    assertThat(hot.keys()).containsExactly("xpack.security.enabled");
    assertThat(warm.keys()).containsExactly("xpack.security.enabled");
    assertThat(((BoolValue) hot.get("xpack.security.enabled")).value()).isFalse();
    assertThat(((BoolValue) warm.get("xpack.security.enabled")).value()).isFalse();
    assertThat(hot.memberRange("xpack.security.enabled").startLine()).isEqualTo(12);
    assertThat(warm.memberRange("xpack.security.enabled").startLine()).isEqualTo(17);
    assertThat(Values.at(es.config(), "spec", "http", "tls", "selfSignedCertificate", "disabled"))
        .isInstanceOf(BoolValue.class);
  }

  @Test
  void servicesSelectWorkloadsAndEckClustersByLabels() {
    DataFiles d = DataFiles.of("app.yaml", """
        apiVersion: v1
        kind: Service
        metadata: {name: es-public}
        spec:
          type: LoadBalancer
          selector:
            elasticsearch.k8s.elastic.co/cluster-name: logging
        ---
        apiVersion: elasticsearch.k8s.elastic.co/v1
        kind: Elasticsearch
        metadata: {name: logging}
        spec: {nodeSets: [{name: default, count: 1}]}
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: web}
        spec: {selector: {app: web}}
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec:
          template:
            metadata: {labels: {app: web, tier: front}}
            spec: {containers: [{name: web, image: nginx}]}
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web, namespace: other}
        spec: {template: {metadata: {labels: {app: web}}}}
        """);
    assertThat(d.edges(d.node("Service/es-public"), EdgeKind.SELECTS)).containsExactly("spec.selector -> Elasticsearch/logging");
    assertThat(d.edges(d.node("Service/web"), EdgeKind.SELECTS)).containsExactly("spec.selector -> Deployment/web");
    assertThat(d.graph.outgoing(d.node("Service/web")).get(0).range().startLine()).isEqualTo(17);
  }

  @Test
  void podLabelsAreWhatSelectorsSeeIncludingTheLabelsEckAdds() {
    DataFiles d = DataFiles.of("pods.yaml", """
        apiVersion: elasticsearch.k8s.elastic.co/v1
        kind: Elasticsearch
        metadata: {name: logging, namespace: obs}
        spec:
          nodeSets:
            - {name: hot, podTemplate: {metadata: {labels: {tier: hot}}}}
            - {name: warm}
        ---
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: {name: search}
        spec: {template: {metadata: {labels: {app: search}}}}
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: c}
        """);
    assertThat(KubernetesObjects.podLabels(d.node("Elasticsearch/obs/logging")))
        .extracting(l -> l.get("elasticsearch.k8s.elastic.co/statefulset-name"), l -> l.get("tier"),
            l -> l.get("elasticsearch.k8s.elastic.co/cluster-name"))
        .containsExactly(org.assertj.core.groups.Tuple.tuple("logging-es-hot", "hot", "logging"),
            org.assertj.core.groups.Tuple.tuple("logging-es-warm", null, "logging"));
    assertThat(KubernetesObjects.podLabels(d.node("StatefulSet/search"))).containsExactly(java.util.Map.of("app", "search"));
    assertThat(KubernetesObjects.podLabels(d.node("ConfigMap/c"))).isEmpty();
  }

  @Test
  void networkPoliciesCoverThePodsTheirSelectorMatchesInTheirNamespace() {
    DataFiles d = DataFiles.of("np.yaml", """
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: all, namespace: prod}
        spec: {podSelector: {}}
        ---
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: db, namespace: prod}
        spec:
          podSelector:
            matchExpressions: [{key: app, operator: In, values: [db, cache]}]
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: db, namespace: prod, labels: {app: db}}
        ---
        apiVersion: batch/v1
        kind: CronJob
        metadata: {name: backup, namespace: prod}
        spec: {jobTemplate: {spec: {template: {metadata: {labels: {app: backup}}, spec: {containers: []}}}}}
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: elsewhere, labels: {app: db}}
        """);
    assertThat(d.edges(d.node("NetworkPolicy/prod/all"), EdgeKind.SELECTS))
        .containsExactly("spec.podSelector -> Pod/prod/db", "spec.podSelector -> CronJob/prod/backup");
    assertThat(d.edges(d.node("NetworkPolicy/prod/db"), EdgeKind.SELECTS))
        .containsExactly("spec.podSelector -> Pod/prod/db");
  }

  @Test
  void podTemplatesAreReachableInOnePlaceWithTheirSecretReferences() {
    DataFiles d = DataFiles.of("w.yaml", """
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: {name: es}
        spec:
          template:
            spec:
              initContainers: [{name: init, image: busybox}]
              containers:
                - name: es
                  image: elasticsearch:8.15.0
                  ports: [{containerPort: 9200}]
                  env:
                    - {name: ELASTIC_PASSWORD, valueFrom: {secretKeyRef: {name: creds, key: pw}}}
                  envFrom: [{configMapRef: {name: settings}}]
        ---
        apiVersion: v1
        kind: Secret
        metadata: {name: creds}
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: settings}
        """);
    Node sts = d.node("StatefulSet/es");
    MapValue podSpec = (MapValue) sts.config().get(KubernetesObjects.POD_SPEC);
    assertThat(podSpec.keys()).containsExactly("initContainers", "containers");
    assertThat(podSpec.range().startLine()).isEqualTo(7);
    assertThat(d.edges(sts, EdgeKind.REFERENCE)).containsExactly(
        "spec.template.spec.containers.env.valueFrom.secretKeyRef.name -> Secret/creds",
        "spec.template.spec.containers.envFrom.configMapRef.name -> ConfigMap/settings");
  }

  @Test
  void ingressesAndEckResourcesReferToWhatTheyName() {
    DataFiles d = DataFiles.of("i.yaml", """
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata: {name: kb}
        spec:
          rules:
            - http: {paths: [{path: /, backend: {service: {name: kibana-kb-http, port: {number: 5601}}}}]}
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: kibana-kb-http}
        ---
        apiVersion: kibana.k8s.elastic.co/v1
        kind: Kibana
        metadata: {name: kibana}
        spec: {elasticsearchRef: {name: logging}, config: {server: {publicBaseUrl: x}}}
        ---
        apiVersion: elasticsearch.k8s.elastic.co/v1
        kind: Elasticsearch
        metadata: {name: logging}
        """);
    assertThat(d.edges(d.node("Ingress/kb"), EdgeKind.REFERENCE))
        .containsExactly("spec.rules.http.paths.backend.service.name -> Service/kibana-kb-http");
    assertThat(d.edges(d.node("Kibana/kibana"), EdgeKind.REFERENCE))
        .containsExactly("spec.elasticsearchRef.name -> Elasticsearch/logging");
    assertThat(((MapValue) Values.at(d.node("Kibana/kibana").config(), "spec", "config")).keys())
        .containsExactly("server.publicBaseUrl");
  }

  @Test
  void selectorsLinkObjectsOfOneDirectoryAcrossFiles() {
    DataFiles d = DataFiles.load(
        SourceFile.of("app/svc.yaml", "apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec: {selector: {a: b}}\n"),
        SourceFile.of("app/pod.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: p, labels: {a: b}}\n"),
        SourceFile.of("other/pod.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: q, labels: {a: b}}\n"));
    assertThat(d.edges(d.node("Service/s"), EdgeKind.SELECTS)).containsExactly("spec.selector -> Pod/p");
  }

  @Test
  void annotationsStayInTheConfigForSuppressions() {
    DataFiles d = DataFiles.of("a.yaml", """
        apiVersion: v1
        kind: Service
        metadata:
          name: s
          annotations:
            iaclint.dev/ignore: "IAC-K8S-001"
        """);
    MapValue annotations = (MapValue) Values.at(d.node("Service/s").config(), "metadata", "annotations");
    assertThat(annotations.memberRange("iaclint.dev/ignore").startLine()).isEqualTo(6);
  }
}
