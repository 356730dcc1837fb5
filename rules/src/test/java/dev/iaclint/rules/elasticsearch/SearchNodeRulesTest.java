package dev.iaclint.rules.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the node rules decide severities, defaults and who reports, beyond what the examples show. */
class SearchNodeRulesTest {
  @TempDir Path dir;

  @Test
  void aWildcardBindIsHighWhenSecurityIsNotKnownAndMediumForTransportAloneWithSecurityOn() {
    Scans s = Scans.in(dir)
        .file("unknown/elasticsearch.yml", "network.host: 0.0.0.0\n")
        .file("transport/elasticsearch.yml", """
            network.host: 0.0.0.0
            http.host: _local_
            xpack.security.enabled: true
            """)
        .file("private/elasticsearch.yml", "network.host: [_local_, _site_]\nxpack.security.enabled: false\n")
        .file("env/elasticsearch.yml", "network.host: ${BIND_ADDRESS}\n")
        .scan(new NetworkBindRule());

    assertThat(s.findings()).containsExactly(
        "transport/elasticsearch.yml:1 MEDIUM IAC-ES-001 network.host",
        "unknown/elasticsearch.yml:1 HIGH IAC-ES-001 network.host");
    assertThat(s.undecided()).containsExactly("env/elasticsearch.yml:1 IAC-ES-001");
  }

  @Test
  void plainHttpPublishedOnlyOnLoopbackIsLowAndOnEveryInterfaceHigh() {
    // Elastic's start-local compose turns HTTP TLS off and publishes on 127.0.0.1 only.
    Scans s = Scans.in(dir).file("docker-compose.yml", """
        services:
          local:
            image: docker.elastic.co/elasticsearch/elasticsearch:8.15.0
            ports:
              - 127.0.0.1:9200:9200
            environment:
              - xpack.security.enabled=true
              - xpack.security.http.ssl.enabled=false
          internal:
            image: docker.elastic.co/elasticsearch/elasticsearch:8.15.0
            environment:
              - xpack.security.enabled=true
              - xpack.security.http.ssl.enabled=false
          published:
            image: docker.elastic.co/elasticsearch/elasticsearch:8.15.0
            ports:
              - 127.0.0.1:9200:9200
              - 9201:9200
            environment:
              - xpack.security.enabled=true
              - xpack.security.http.ssl.enabled=false
          swarm:
            image: docker.elastic.co/elasticsearch/elasticsearch:8.15.0
            deploy:
              replicas: 1
            environment:
              - xpack.security.enabled=true
              - xpack.security.http.ssl.enabled=false
        """).scan(new NoTlsRule());

    assertThat(s.findings()).containsExactly(
        "docker-compose.yml:8 LOW IAC-ES-003 services.local",
        "docker-compose.yml:13 LOW IAC-ES-003 services.internal",
        "docker-compose.yml:21 HIGH IAC-ES-003 services.published",
        "docker-compose.yml:28 HIGH IAC-ES-003 services.swarm");
  }

  @Test
  void eachLayerIsDecidedByItsOwnSettingAndReportedThere() {
    Scans s = Scans.in(dir).file("elasticsearch.yml", """
        network.host: _site_
        http.bind_host: 0.0.0.0
        transport.host: _global_
        xpack.security.enabled: true
        """).scan(new NetworkBindRule());

    assertThat(s.findings()).containsExactly("elasticsearch.yml:2 HIGH IAC-ES-001 http.bind_host",
        "elasticsearch.yml:3 MEDIUM IAC-ES-001 transport.host");
  }

  @Test
  void aSettingsFileMountedIntoServicesIsJudgedWithThemAndReportedOnce() {
    Scans s = Scans.in(dir)
        .file("docker-compose.yml", """
            services:
              es01:
                image: docker.elastic.co/elasticsearch/elasticsearch:8.13.4
                volumes: [./config/elasticsearch.yml:/usr/share/elasticsearch/config/elasticsearch.yml]
                ports: ["127.0.0.1:9200:9200"]
              es02:
                image: docker.elastic.co/elasticsearch/elasticsearch:8.13.4
                volumes: [./config/elasticsearch.yml:/usr/share/elasticsearch/config/elasticsearch.yml]
              es03:
                image: docker.elastic.co/elasticsearch/elasticsearch:8.13.4
                environment: [xpack.security.enabled=true]
                volumes: [./config/elasticsearch.yml:/usr/share/elasticsearch/config/elasticsearch.yml]
            """)
        .file("config/elasticsearch.yml", """
            network.host: 0.0.0.0
            xpack.security.enabled: false
            """)
        .scan(new NetworkBindRule(), new SecurityDisabledRule());

    // network.host inside a container is not exposure; the file's false is overridden only in es03.
    assertThat(s.findings()).containsExactly("config/elasticsearch.yml:2 HIGH IAC-ES-002 xpack.security.enabled");
  }

  @Test
  void aComposeStackLikeDockerElkIsJudgedThroughItsMountedSettings() {
    Scans s = Scans.in(dir)
        .file("docker-compose.yml", """
            services:
              elasticsearch:
                build:
                  context: elasticsearch/
                volumes:
                  - ./elasticsearch/config/elasticsearch.yml:/usr/share/elasticsearch/config/elasticsearch.yml:ro,Z
                  - elasticsearch:/usr/share/elasticsearch/data:Z
                ports:
                  - 9200:9200
                  - 9300:9300
                environment:
                  node.name: elasticsearch
                  discovery.type: single-node
              kibana:
                build:
                  context: kibana/
                ports:
                  - 5601:5601
            volumes:
              elasticsearch:
            """)
        .file("elasticsearch/config/elasticsearch.yml", """
            cluster.name: docker-cluster
            network.host: 0.0.0.0
            xpack.security.enabled: true
            """)
        .scan(new NetworkBindRule(), new SecurityDisabledRule(), new NoTlsRule(), new AuditRequestBodyRule());

    assertThat(s.findings()).containsExactly(
        "docker-compose.yml:9 HIGH IAC-ES-001 services.elasticsearch",
        "docker-compose.yml:10 MEDIUM IAC-ES-001 services.elasticsearch",
        "elasticsearch/config/elasticsearch.yml:3 HIGH IAC-ES-003 xpack.security.http.ssl.enabled");
    assertThat(s.undecided()).isEmpty();
  }

  @Test
  void securityTurnedOffThroughAnImageVariableIsNamedByThatVariable() {
    Scans s = Scans.in(dir).file("docker-compose.yml", """
        services:
          os:
            image: opensearchproject/opensearch:2.13.0
            environment:
              - DISABLE_SECURITY_PLUGIN=true
          es:
            image: docker.elastic.co/elasticsearch/elasticsearch:8.13.4
            environment:
              ES_SETTING_XPACK_SECURITY_ENABLED: "false"
        """).scan(new SecurityDisabledRule());

    assertThat(s.raw()).extracting(f -> f.message().substring(0, f.message().indexOf(';'))).containsExactly(
        "OpenSearch runs without authentication: DISABLE_SECURITY_PLUGIN is true",
        "Elasticsearch runs without authentication: ES_SETTING_XPACK_SECURITY_ENABLED is false");
  }

  @Test
  void portsWhoseHostAddressMayComeFromTheEnvironmentAreUndecided() {
    Scans s = Scans.in(dir).file("docker-compose.yml", """
        services:
          es:
            image: docker.elastic.co/elasticsearch/elasticsearch:8.13.4
            ports:
              - ${ES_PORT}:9200
              - target: 9300
                published: ${TRANSPORT_PORT}
                host_ip: ${BIND}
              - 127.0.0.1:9600:9600
        """).scan(new NetworkBindRule());

    assertThat(s.findings()).isEmpty();
    assertThat(s.undecided()).containsExactly("docker-compose.yml:5 IAC-ES-001");
  }

  @Test
  void servicesThatAreNotSearchNodesAreNotJudged() {
    Scans s = Scans.in(dir).file("docker-compose.yml", """
        services:
          kibana:
            image: docker.elastic.co/kibana/kibana:8.13.4
            environment:
              xpack.security.enabled: "false"
            ports: ["5601:5601", "9200:9200"]
          exporter:
            image: quay.io/prometheuscommunity/elasticsearch-exporter:v1.7.0
            ports: ["9114:9114"]
        """).scan(new NetworkBindRule(), new SecurityDisabledRule());

    assertThat(s.findings()).isEmpty();
    assertThat(s.result().passed()).isEmpty();
  }

  @Test
  void eckManagesBindingSoNodeSetBindsAreNotReported() {
    Scans s = Scans.in(dir).file("es.yaml", """
        apiVersion: elasticsearch.k8s.elastic.co/v1
        kind: Elasticsearch
        metadata: {name: logging}
        spec:
          version: 7.17.21
          nodeSets:
            - name: default
              config:
                network.host: 0.0.0.0
        """).scan(new NetworkBindRule(), new SecurityDisabledRule());

    assertThat(s.findings()).isEmpty();
  }

  @Test
  void securityOfASettingsFileAloneDependsOnAVersionItDoesNotSay() {
    Scans s = Scans.in(dir)
        .file("a/elasticsearch.yml", "cluster.name: logs\n")
        .file("b/opensearch.yml", "cluster.name: logs\n")
        .file("c/elasticsearch.yml", "xpack.security.enabled: ${SECURITY}\n")
        .scan(new SecurityDisabledRule());

    assertThat(s.findings()).isEmpty();
    assertThat(s.undecided()).containsExactly("a/elasticsearch.yml:1 IAC-ES-002", "c/elasticsearch.yml:1 IAC-ES-002");
  }

  @Test
  void anonymousAccessIsHighForDataRolesAndMediumForMonitoringAlone() {
    Scans s = Scans.in(dir)
        .file("viewer/elasticsearch.yml", """
            xpack.security.enabled: true
            xpack.security.authc.anonymous.roles: [viewer]
            """)
        .file("probe/elasticsearch.yml", """
            xpack.security.enabled: true
            xpack.security.authc:
              anonymous:
                username: anon
                roles: monitoring_user
            """)
        .scan(new SecurityDisabledRule());

    assertThat(s.findings()).containsExactly(
        "probe/elasticsearch.yml:5 MEDIUM IAC-ES-002 xpack.security.authc.anonymous.roles",
        "viewer/elasticsearch.yml:2 HIGH IAC-ES-002 xpack.security.authc.anonymous.roles");
  }

  @Test
  void tlsUndecidedWhenTheVersionDecidesWhetherAutoConfigurationRuns() {
    Scans s = Scans.in(dir)
        .file("cluster/elasticsearch.yml", "discovery.seed_hosts: [es-1, es-2]\n")
        .file("roles/docker-compose.yml", """
            services:
              coordinating:
                image: docker.elastic.co/elasticsearch/elasticsearch:8.13.4
                environment: ["node.roles=[]"]
              single:
                image: docker.elastic.co/elasticsearch/elasticsearch:8.13.4
                environment: [cluster.initial_master_nodes=single, node.name=single]
            """)
        .scan(new NoTlsRule());

    assertThat(s.undecided()).containsExactly("cluster/elasticsearch.yml:1 IAC-ES-003");
    // Its HTTP port is not published: the plain text stays on the host (LOW).
    assertThat(s.findings()).containsExactly("roles/docker-compose.yml:4 LOW IAC-ES-003 services.coordinating");
  }

  @Test
  void eckHttpWithoutTlsIsFineInsideAnIstioMeshShownByItsSidecarAnnotations() {
    Scans s = Scans.in(dir).file("es.yaml", """
        apiVersion: elasticsearch.k8s.elastic.co/v1
        kind: Elasticsearch
        metadata: {name: mesh}
        spec:
          http: {tls: {selfSignedCertificate: {disabled: true}}}
          nodeSets:
            - name: default
              podTemplate:
                metadata:
                  annotations:
                    traffic.sidecar.istio.io/excludeInboundPorts: "9300"
            - name: other
        """).scan(new NoTlsRule());

    // The second node set has no sidecar: its HTTP traffic is plain.
    assertThat(s.findings()).containsExactly("es.yaml:5 HIGH IAC-ES-003 Elasticsearch/mesh");
  }

  @Test
  void requestBodiesAreNotJudgedWhileAuditingIsUnknown() {
    Scans s = Scans.in(dir).file("elasticsearch.yml", """
        xpack.security.audit.enabled: ${AUDIT}
        xpack.security.audit.logfile.events.emit_request_body: true
        """).scan(new AuditRequestBodyRule());

    assertThat(s.findings()).isEmpty();
    assertThat(s.undecided()).containsExactly("elasticsearch.yml:1 IAC-ES-004");
  }
}
