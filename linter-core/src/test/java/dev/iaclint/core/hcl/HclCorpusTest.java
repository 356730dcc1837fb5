package dev.iaclint.core.hcl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.iaclint.core.diag.Diagnostic;
import dev.iaclint.core.source.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Real-world Terraform from shared/corpus (read in place, never copied into the project): every
 * file Terraform accepts must parse without a single diagnostic.
 */
class HclCorpusTest {

  @Test
  void everyCorpusTerraformFileParsesWithoutErrors() throws IOException {
    Optional<Path> corpus = SharedDir.find("corpus/terraform");
    assumeTrue(corpus.isPresent(), "shared/corpus/terraform not found; skipping");
    Path root = corpus.get();
    List<Path> files;
    try (Stream<Path> s = Files.walk(root)) {
      files = s.filter(Files::isRegularFile).filter(p -> {
        String n = p.getFileName().toString();
        return n.endsWith(".tf") || n.endsWith(".tfvars") || n.endsWith(".tf.json") || n.endsWith(".tfvars.json");
      }).sorted().toList();
    }
    assertThat(files).as("corpus files").hasSizeGreaterThan(1000);
    List<String> problems = new ArrayList<>();
    int blocks = 0;
    for (Path p : files) {
      SourceFile f = SourceFile.read(p, root);
      HclParseResult r = f.displayPath().endsWith(".json") ? HclJsonLoader.load(f) : HclParser.parse(f);
      for (Diagnostic d : r.diagnostics()) {
        problems.add(d.format());
      }
      blocks += r.file().body().blocks().size();
    }
    assertThat(problems).as("diagnostics in %d corpus files", files.size()).isEmpty();
    assertThat(blocks).isGreaterThan(files.size());
  }
}
