package dev.iaclint.core.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iaclint.core.graph.EdgeKind;
import dev.iaclint.core.graph.Node;
import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.load.DataFiles;
import dev.iaclint.core.value.BoolValue;
import dev.iaclint.core.value.MapValue;
import dev.iaclint.core.value.UnknownValue;
import dev.iaclint.core.value.Value;
import dev.iaclint.core.yaml.Values;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComposeFilesTest {

  private static String ports(Node n) {
    StringBuilder sb = new StringBuilder();
    for (Value p : Values.elements(n.config().get("ports"))) {
      MapValue m = (MapValue) p;
      sb.append(String.join(",", m.keys().stream().map(k -> k + "=" + (m.get(k) instanceof UnknownValue ? "?"
          : Values.scalarText(m.get(k)))).toList())).append(";");
    }
    return sb.toString();
  }

  @Test
  void everyServiceIsANodeWithItsEnvironmentInOneForm() {
    DataFiles d = DataFiles.of("docker-compose.yml", """
        services:
          es:
            image: docker.elastic.co/elasticsearch/elasticsearch:8.15.0
            environment:
              - discovery.type=single-node
              - xpack.security.enabled=false
              - ELASTIC_PASSWORD=${ELASTIC_PASSWORD}
              - FROM_SHELL
          kibana:
            build: kibana/
            environment:
              ES_SETTING_XPACK_SECURITY_ENABLED: "FALSE"
              ES_SETTING_BOOTSTRAP_MEMORY__LOCK: true
              PRICE: $$5
            depends_on: [es]
        """);
    Node es = d.node("services.es");
    assertThat(es.format()).isEqualTo(SourceFormat.DOCKER_COMPOSE);
    assertThat(es.type()).isEqualTo(ComposeFiles.SERVICE_TYPE);
    assertThat(es.range().startLine()).isEqualTo(2);
    MapValue env = (MapValue) es.config().get("environment");
    assertThat(env.keys()).containsExactly("discovery.type", "xpack.security.enabled", "ELASTIC_PASSWORD", "FROM_SHELL");
    assertThat(Values.string(env.get("discovery.type"))).isEqualTo("single-node");
    assertThat(env.memberRange("xpack.security.enabled").startLine()).isEqualTo(6);
    assertThat(((UnknownValue) env.get("ELASTIC_PASSWORD")).reason()).contains("ELASTIC_PASSWORD");
    assertThat(env.get("FROM_SHELL")).isInstanceOf(UnknownValue.class);

    MapValue settings = (MapValue) es.config().get(ComposeFiles.SETTINGS);
    assertThat(settings.keys()).containsExactly("discovery.type", "xpack.security.enabled");
    assertThat(((BoolValue) settings.get("xpack.security.enabled")).value()).isFalse();
    assertThat(settings.memberRange("xpack.security.enabled").startLine()).isEqualTo(6);

    Node kibana = d.node("services.kibana");
    MapValue kibanaSettings = (MapValue) kibana.config().get(ComposeFiles.SETTINGS);
    assertThat(kibanaSettings.keys()).containsExactly("xpack.security.enabled", "bootstrap.memory_lock");
    assertThat(((BoolValue) kibanaSettings.get("xpack.security.enabled")).value()).isFalse();
    assertThat(Values.stringAt(kibana.config(), "environment", "PRICE")).isEqualTo("$5");
    assertThat(d.edges(kibana, EdgeKind.DEPENDS_ON)).containsExactly("depends_on -> services.es");
  }

  @Test
  void portsOfEverySyntaxBecomeOneForm() {
    DataFiles d = DataFiles.of("compose.yaml", """
        services:
          es:
            image: elasticsearch
            ports:
              - 9200:9200
              - "127.0.0.1:9300:9300"
              - 5601
              - 9000-9010:9000-9010/udp
              - "[::1]:8080:80"
              - 127.0.0.1::5000
              - "${ES_PORT}:9200"
              - target: 80
                published: "8081"
                host_ip: 0.0.0.0
            command: ["elasticsearch", "-Expack.security.enabled=false", "-E", "http.port=9201"]
        """);
    Node es = d.node("services.es");
    assertThat(ports(es)).isEqualTo("target=9200,published=9200,protocol=tcp;"
        + "target=9300,published=9300,host_ip=127.0.0.1,protocol=tcp;"
        + "target=5601,protocol=tcp;"
        + "target=9000-9010,published=9000-9010,protocol=udp;"
        + "target=80,published=8080,host_ip=::1,protocol=tcp;"
        + "target=5000,host_ip=127.0.0.1,protocol=tcp;"
        + "target=9200,published=?,protocol=tcp;"
        + "target=80,published=8081,host_ip=0.0.0.0,protocol=tcp;");
    List<Value> ports = Values.elements(es.config().get("ports"));
    assertThat(ports.get(1).range().startLine()).isEqualTo(6);
    assertThat(((MapValue) ports.get(7)).memberRange("published").startLine()).isEqualTo(13);
    MapValue settings = (MapValue) es.config().get(ComposeFiles.SETTINGS);
    assertThat(settings.keys()).containsExactly("xpack.security.enabled", "http.port");
    assertThat(((BoolValue) settings.get("xpack.security.enabled")).value()).isFalse();
  }

  @Test
  void aServicesMapWithoutImagesOrBuildsIsNotCompose() {
    DataFiles d = DataFiles.of("x.yml", "services:\n  a: {enabled: true}\n");
    assertThat(d.graph.nodes()).isEmpty();
    assertThat(d.document().format()).isNull();
  }
}
