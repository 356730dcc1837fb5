package dev.iaclint.rules.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iaclint.core.source.SourceFile;
import dev.iaclint.core.source.SourceRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContainerImageTest {
  private static final SourceRange AT = SourceRange.startOf(SourceFile.of("docker-compose.yml", "x"));

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "docker.elastic.co/elasticsearch/elasticsearch:8.13.4, SEARCH_NODE, ELASTICSEARCH, 8.13",
      "elasticsearch:7.17.21, SEARCH_NODE, ELASTICSEARCH, 7.17",
      "docker.elastic.co/elasticsearch/elasticsearch-oss:7.10.2, SEARCH_NODE, ELASTICSEARCH, 7.10",
      "bitnami/elasticsearch:8.13.4-debian-12-r0, SEARCH_NODE, ELASTICSEARCH, 8.13",
      "registry.example.com:5000/mirror/elasticsearch:8, SEARCH_NODE, ELASTICSEARCH, 8",
      "opensearchproject/opensearch:2.13.0, SEARCH_NODE, OPENSEARCH, 2.13",
      "amazon/opendistro-for-elasticsearch:1.13.2, SEARCH_NODE, OPENSEARCH, 1.13",
      "docker.elastic.co/kibana/kibana:8.13.4, DASHBOARDS, , 8.13",
      "opensearchproject/opensearch-dashboards:2, DASHBOARDS, , 2",
      "docker.elastic.co/beats/filebeat:8.13.4, OTHER_STACK_TOOL, , 8.13",
      "docker.elastic.co/logstash/logstash:8.13.4, OTHER_STACK_TOOL, , 8.13",
      "quay.io/prometheuscommunity/elasticsearch-exporter:v1.7.0, UNKNOWN, , 1.7",
      "nginx:1.27, UNKNOWN, , 1.27"})
  void readsProductAndVersion(String reference, ContainerImage.Kind kind, Flavour flavour, String version) {
    ContainerImage image = ContainerImage.parse(reference, AT);
    assertThat(image.kind()).isEqualTo(kind);
    assertThat(image.flavour()).isEqualTo(flavour);
    assertThat(String.valueOf(image.version())).isEqualTo(version);
  }

  @Test
  void aVersionIsUnknownWithoutATagOrWhenInterpolated() {
    assertThat(ContainerImage.parse("elasticsearch", AT).versionUnknownReason()).isEqualTo("the image has no tag");
    assertThat(ContainerImage.parse("elasticsearch:latest", AT).versionUnknownReason()).isEqualTo("the image tag is not a version");
    assertThat(ContainerImage.parse("docker.elastic.co/elasticsearch/elasticsearch:${ELASTIC_VERSION}", AT).version()).isNull();
    assertThat(ContainerImage.parse("elasticsearch@sha256:0123abcd", AT).versionUnknownReason()).contains("digest");
  }

  @Test
  void theOssDistributionAndBitnamiAreRecognised() {
    assertThat(ContainerImage.parse("elasticsearch-oss:6.8.23", AT).oss()).isTrue();
    assertThat(ContainerImage.parse("elasticsearch:6.8.23", AT).oss()).isFalse();
    assertThat(ContainerImage.parse("docker.io/bitnami/elasticsearch:8", AT).isBitnami()).isTrue();
    assertThat(ContainerImage.parse("elasticsearch:8.13.4", AT).isBitnami()).isFalse();
  }
}
