package dev.iaclint.core.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iaclint.core.graph.Node;
import dev.iaclint.core.scan.ScanRequest;
import dev.iaclint.core.scan.Scanner;
import dev.iaclint.core.value.MapValue;
import dev.iaclint.core.value.UnknownValue;
import dev.iaclint.core.value.Value;
import dev.iaclint.core.yaml.Values;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docker compose substitutes the variables of the project's .env file; so does iaclint. */
class DotEnvTest {
  @TempDir
  Path dir;

  /** Elastic's documented multi-node compose reads these from .env. */
  private static final String COMPOSE = """
      services:
        es01:
          image: docker.elastic.co/elasticsearch/elasticsearch:${STACK_VERSION}
          ports:
            - ${ES_PORT}:9200
          environment:
            - xpack.security.enabled=${SECURITY:-true}
            - ELASTIC_PASSWORD=${ELASTIC_PASSWORD}
            - CLUSTER=${CLUSTER_NAME:-docker-cluster}
            - PRICE=$$5
      """;

  private Node es01() throws IOException {
    Files.writeString(dir.resolve("docker-compose.yml"), COMPOSE);
    return new Scanner(List.of()).scan(ScanRequest.builder().path(dir).build()).graph()
        .nodes().stream().filter(n -> n.address().equals("services.es01")).findFirst().orElseThrow();
  }

  private static Value env(Node n, String key) {
    return ((MapValue) n.config().get("environment")).get(key);
  }

  @Test
  void variablesSetInDotEnvAreSubstitutedWhereTheyAreWritten() throws IOException {
    Files.writeString(dir.resolve(".env"), """
        # the stack
        STACK_VERSION=8.15.0
        export ES_PORT="9200"
        SECURITY=false
        ELASTIC_PASSWORD='changeme'
        """);
    Node es = es01();
    assertThat(Values.string(es.config().get("image"))).isEqualTo("docker.elastic.co/elasticsearch/elasticsearch:8.15.0");
    MapValue port = (MapValue) Values.elements(es.config().get("ports")).get(0);
    assertThat(Values.scalarText(port.get("published"))).isEqualTo("9200");
    assertThat(Values.scalarText(env(es, "xpack.security.enabled"))).isEqualTo("false");
    assertThat(env(es, "xpack.security.enabled").range().startLine()).isEqualTo(7);
    assertThat(Values.scalarText(env(es, "PRICE"))).isEqualTo("$5");
    // Not in .env: docker compose uses the default written in the file.
    assertThat(Values.scalarText(env(es, "CLUSTER"))).isEqualTo("docker-cluster");
  }

  @Test
  void withoutDotEnvDefaultsAreUsedAndVariablesWithoutOneStayUnknown() throws IOException {
    Node es = es01();
    assertThat(Values.scalarText(env(es, "xpack.security.enabled"))).isEqualTo("true");
    assertThat(env(es, "ELASTIC_PASSWORD")).isInstanceOf(UnknownValue.class);
    MapValue port = (MapValue) Values.elements(es.config().get("ports")).get(0);
    assertThat(port.get("published")).isInstanceOf(UnknownValue.class);
  }

  @Test
  void anEmptyValueTakesTheDefaultOfTheColonFormOnly() throws IOException {
    Files.writeString(dir.resolve(".env"), "SECURITY=\nHTTP_SSL=\n");
    Files.writeString(dir.resolve("docker-compose.yml"), """
        services:
          es:
            image: docker.elastic.co/elasticsearch/elasticsearch:8.15.0
            environment:
              A: ${SECURITY:-true}
              B: ${HTTP_SSL-true}
              C: ${UNSET-false}
        """);
    Node es = service("services.es");
    assertThat(Values.scalarText(env(es, "A"))).isEqualTo("true");
    assertThat(Values.scalarText(env(es, "B"))).isEmpty();
    assertThat(Values.scalarText(env(es, "C"))).isEqualTo("false");
  }

  @Test
  void requiredAlternativeAndNestedFormsFollowTheComposeSpecification() throws IOException {
    Files.writeString(dir.resolve(".env"), """
        LICENSE=basic
        EMPTY=
        HOST=es01
        URL="https://${HOST}:9200"
        LITERAL='${HOST}'
        FROM_SHELL=${NOT_IN_DOTENV}
        """);
    Files.writeString(dir.resolve("docker-compose.yml"), """
        services:
          es:
            image: docker.elastic.co/elasticsearch/elasticsearch:8.15.0
            environment:
              REQUIRED: ${TRANSPORT_SSL:?set TRANSPORT_SSL in .env}
              REQUIRED_SET: ${LICENSE:?missing}
              ALT: ${LICENSE:+true}
              ALT_EMPTY: ${EMPTY:+true}
              ALT_UNSET: ${UNSET:+true}
              NESTED: ${OUTER:-${INNER:-nested-default}}
              NESTED_SHELL: ${OUTER:-${INNER}}
              URL: ${URL}
              LITERAL: ${LITERAL}
              FROM_SHELL: ${FROM_SHELL:-ignored}
              ESCAPED: $${LICENSE:-x}
        """);
    Node es = service("services.es");
    assertThat(env(es, "REQUIRED")).isInstanceOf(UnknownValue.class);
    assertThat(Values.scalarText(env(es, "REQUIRED_SET"))).isEqualTo("basic");
    assertThat(Values.scalarText(env(es, "ALT"))).isEqualTo("true");
    assertThat(Values.scalarText(env(es, "ALT_EMPTY"))).isEmpty();
    assertThat(env(es, "ALT_UNSET")).isInstanceOf(UnknownValue.class);
    assertThat(Values.scalarText(env(es, "NESTED"))).isEqualTo("nested-default");
    assertThat(env(es, "NESTED_SHELL")).isInstanceOf(UnknownValue.class);
    assertThat(Values.scalarText(env(es, "URL"))).isEqualTo("https://es01:9200");
    assertThat(Values.scalarText(env(es, "LITERAL"))).isEqualTo("${HOST}");
    assertThat(env(es, "FROM_SHELL")).isInstanceOf(UnknownValue.class);
    assertThat(Values.scalarText(env(es, "ESCAPED"))).isEqualTo("${LICENSE:-x}");
  }

  private Node service(String address) {
    return new Scanner(List.of()).scan(ScanRequest.builder().path(dir).build()).graph()
        .nodes().stream().filter(n -> n.address().equals(address)).findFirst().orElseThrow();
  }
}
