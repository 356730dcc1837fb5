package dev.iaclint.core.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iaclint.core.diag.Diagnostic;
import dev.iaclint.core.graph.Node;
import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.load.DataFiles;
import dev.iaclint.core.value.BoolValue;
import dev.iaclint.core.value.ListValue;
import dev.iaclint.core.value.MapValue;
import dev.iaclint.core.value.UnknownValue;
import org.junit.jupiter.api.Test;

class NodeConfigFilesTest {

  @Test
  void flatAndNestedKeysAreTheSameSettingsAtTheirOwnPositions() {
    DataFiles d = DataFiles.of("config/elasticsearch.yml", """
        cluster.name: logs
        network.host: 0.0.0.0
        xpack:
          security:
            enabled: false
            http.ssl:
              enabled: "false"
        discovery.seed_hosts: [a, b]
        path.data: ${DATA_DIR}
        """);
    Node n = d.node("config/elasticsearch.yml");
    assertThat(n.format()).isEqualTo(SourceFormat.ELASTICSEARCH_CONFIG);
    assertThat(n.type()).isEqualTo(NodeConfigFiles.ELASTICSEARCH_TYPE);
    MapValue settings = n.config();
    assertThat(settings.keys()).containsExactly("cluster.name", "network.host", "xpack.security.enabled",
        "xpack.security.http.ssl.enabled", "discovery.seed_hosts", "path.data");
    assertThat(((BoolValue) settings.get("xpack.security.enabled")).value()).isFalse();
    assertThat(((BoolValue) settings.get("xpack.security.http.ssl.enabled")).value()).isFalse();
    assertThat(settings.memberRange("xpack.security.enabled").startLine()).isEqualTo(5);
    assertThat(settings.memberRange("xpack.security.enabled").startColumn()).isEqualTo(5);
    assertThat(settings.memberRange("network.host").startLine()).isEqualTo(2);
    assertThat(settings.get("discovery.seed_hosts")).isInstanceOf(ListValue.class);
    assertThat(((UnknownValue) settings.get("path.data")).reason()).contains("DATA_DIR");
  }

  @Test
  void aSettingWrittenBothFlatAndNestedIsAWarning() {
    DataFiles d = DataFiles.of("elasticsearch.yml", "xpack.security.enabled: true\nxpack:\n  security.enabled: false\n");
    assertThat(d.diagnostics()).map(Diagnostic::format).containsExactly(
        "elasticsearch.yml:3:3: setting 'xpack.security.enabled' is set twice (first at line 1); the later value is used");
    assertThat(((BoolValue) d.node("elasticsearch.yml").config().get("xpack.security.enabled")).value()).isFalse();
  }

  @Test
  void settingsFilesAreRecognisedByContentAndOpenSearchByItsKeys() {
    DataFiles d = DataFiles.of("node-1.yaml", "cluster.name: c\nplugins.security.disabled: true\n");
    assertThat(d.node("node-1.yaml").type()).isEqualTo(NodeConfigFiles.OPENSEARCH_TYPE);
    assertThat(DataFiles.of("opensearch.yml", "").node("opensearch.yml").config().keys()).isEmpty();
  }

  @Test
  void kibanaAndLogstashSettingsAreNotNodeSettings() {
    assertThat(DataFiles.of("kibana.yml", "server.host: 0.0.0.0\nelasticsearch.hosts: [x]\nxpack.security.enabled: true\n")
        .graph.nodes()).isEmpty();
    assertThat(DataFiles.of("logstash.yml", "http.host: 0.0.0.0\nnode.name: x\npath.data: /d\n").graph.nodes()).isEmpty();
  }

  @Test
  void environmentVariablesNameTheSettingsTheImagesRead() {
    assertThat(NodeSettings.settingOfEnvironmentVariable("xpack.security.enabled")).isEqualTo("xpack.security.enabled");
    assertThat(NodeSettings.settingOfEnvironmentVariable("ES_SETTING_XPACK_SECURITY_ENABLED"))
        .isEqualTo("xpack.security.enabled");
    assertThat(NodeSettings.settingOfEnvironmentVariable("ES_SETTING_BOOTSTRAP_MEMORY__LOCK"))
        .isEqualTo("bootstrap.memory_lock");
    assertThat(NodeSettings.settingOfEnvironmentVariable("DISABLE_SECURITY_PLUGIN")).isEqualTo("plugins.security.disabled");
    assertThat(NodeSettings.settingOfEnvironmentVariable("ES_JAVA_OPTS")).isNull();
    assertThat(NodeSettings.settingOfEnvironmentVariable("PATH")).isNull();
  }
}
