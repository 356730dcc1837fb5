package dev.iaclint.rules.secrets;

import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.load.DataDocument;
import dev.iaclint.core.load.InputLoader;
import dev.iaclint.core.load.LoadContext;
import dev.iaclint.core.source.SourceFile;
import java.util.Locale;

/**
 * Test fixture standing in for the YAML/JSON loaders: registers every YAML/JSON file that parses as
 * a {@link DataDocument}, with the format guessed from its content, and skips the rest.
 */
final class CorpusLoader implements InputLoader {
  @Override
  public void load(LoadContext context) {
    for (SourceFile file : context.files()) {
      String name = file.displayPath().toLowerCase(Locale.ROOT);
      if (!(name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json")
          || name.endsWith(".template"))) {
        continue;
      }
      DataDocument parsed;
      try {
        parsed = YamlDocuments.of(file, null);
      } catch (RuntimeException e) {
        continue; // not YAML this fixture understands (tags, templates): the real loaders decide
      }
      context.addDocument(new DataDocument(file, guess(name, file.text()), parsed.roots()));
      context.claim(file);
    }
  }

  static SourceFormat guess(String name, String text) {
    if (name.endsWith("elasticsearch.yml") || name.endsWith("opensearch.yml")) {
      return SourceFormat.ELASTICSEARCH_CONFIG;
    }
    if (text.contains("AWSTemplateFormatVersion") || text.contains("AWS::")) {
      return SourceFormat.CLOUDFORMATION;
    }
    if (text.contains("apiVersion") && text.contains("kind")) {
      return SourceFormat.KUBERNETES;
    }
    if (text.contains("services:")) {
      return SourceFormat.DOCKER_COMPOSE;
    }
    return null;
  }
}
