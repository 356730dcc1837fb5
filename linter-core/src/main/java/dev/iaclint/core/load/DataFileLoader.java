package dev.iaclint.core.load;

import dev.iaclint.core.cloudformation.CloudFormationTemplates;
import dev.iaclint.core.compose.ComposeFiles;
import dev.iaclint.core.diag.Diagnostic;
import dev.iaclint.core.elasticsearch.NodeConfigFiles;
import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.kubernetes.KubernetesObjects;
import dev.iaclint.core.source.SourceFile;
import dev.iaclint.core.source.SourceRange;
import dev.iaclint.core.terraform.plan.TerraformPlans;
import dev.iaclint.core.value.MapValue;
import dev.iaclint.core.value.Value;
import dev.iaclint.core.yaml.DataParser;
import dev.iaclint.core.yaml.ParsedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads every YAML/JSON file no other loader claimed ({@code .yaml}, {@code .yml}, {@code .json},
 * {@code .template}), recognises its format by content, registers a {@link DataDocument} and adds
 * its nodes and edges: Terraform plan JSON ({@link TerraformPlans}; graph only, no document),
 * CloudFormation/SAM templates, Kubernetes manifests, docker-compose files, and
 * Elasticsearch/OpenSearch node settings (by file name, or by content), in that order of
 * precedence: an ECK manifest named {@code elasticsearch.yaml} is a manifest.
 *
 * <p>A file given by name with any other name is read when it is Terraform plan JSON ({@code
 * terraform show -json tfplan > plan.out}), and otherwise left unclaimed.
 *
 * <p>Terraform's configuration in JSON ({@code .tf.json}, {@code .tfvars.json}) is left unclaimed
 * for the Terraform loader. YAML/JSON of no known format gets a document of format {@code null}
 * (secrets can hide there too) but stays unclaimed, so it counts as skipped. Helm chart templates
 * are skipped with one notice per chart.
 */
public final class DataFileLoader implements InputLoader {

  @Override
  public void load(LoadContext context) {
    KubernetesObjects.Collector kubernetes = new KubernetesObjects.Collector();
    Map<Path, List<SourceFile>> helmTemplates = new LinkedHashMap<>();
    for (SourceFile file : context.unclaimedFiles()) {
      boolean planByContent = !isDataFile(file) && isPlanJsonByContent(file);
      if (!isDataFile(file) && !planByContent) {
        continue;
      }
      Path chart = helmChartOf(file);
      if (chart != null && DataParser.hasTemplateCode(file)) {
        helmTemplates.computeIfAbsent(chart, c -> new ArrayList<>()).add(file);
        continue;
      }
      try {
        if (planByContent) {
          loadPlan(file, context);
        } else {
          loadFile(file, context, kubernetes);
        }
      } catch (RuntimeException | StackOverflowError e) {
        // The message is left out on purpose: it may quote the file, and so a secret.
        context.claim(file);
        context.report(Diagnostic.error(SourceRange.startOf(file), "internal error while loading this file ("
            + e.getClass().getSimpleName() + "); please report it"));
      }
    }
    try {
      kubernetes.link(context);
    } catch (RuntimeException e) {
      context.report(Diagnostic.warning(SourceRange.startOf(SourceFile.synthetic("kubernetes")),
          "internal error while linking Kubernetes objects (" + e.getClass().getSimpleName() + "); please report it"));
    }
    for (Map.Entry<Path, List<SourceFile>> chart : helmTemplates.entrySet()) {
      SourceFile at = chartFile(context, chart.getKey(), chart.getValue().get(0));
      int n = chart.getValue().size();
      context.report(Diagnostic.notice(SourceRange.startOf(at), "Helm chart '" + chart.getKey().getFileName()
          + "': " + n + " template file" + (n == 1 ? " is" : "s are") + " skipped (Helm template code is not YAML);"
          + " render the chart with 'helm template' and scan the output"));
    }
  }

  /** {@code .yaml}, {@code .yml}, {@code .json}, {@code .template}, but not Terraform's JSON files. */
  static boolean isDataFile(SourceFile file) {
    String name = file.displayPath().toLowerCase(Locale.ROOT);
    if (name.endsWith(".tf.json") || name.endsWith(".tfvars.json")) {
      return false;
    }
    return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json")
        || name.endsWith(".template");
  }

  /**
   * Whether a file of another name is plan JSON: {@code terraform show -json tfplan > plan.out}.
   * Only a file given by name reaches the loaders with such a name (a directory walk takes only
   * the extensions iaclint reads), so a cheap look at its start is enough to try it.
   */
  static boolean isPlanJsonByContent(SourceFile file) {
    String name = file.displayPath().toLowerCase(Locale.ROOT);
    if (name.endsWith(".tf") || name.endsWith(".tfvars")) {
      return false;
    }
    String text = file.text().stripLeading();
    return text.startsWith("{") && text.contains("\"format_version\"");
  }

  /** Loads {@code file} as plan JSON when it is one; otherwise it stays unclaimed (skipped). */
  private static void loadPlan(SourceFile file, LoadContext context) {
    ParsedData parsed = DataParser.parseJson(file);
    if (!parsed.hasErrors() && parsed.roots().size() == 1 && TerraformPlans.isPlan(parsed.roots().get(0))) {
      context.claim(file);
      TerraformPlans.load(file, (MapValue) parsed.roots().get(0), context);
    }
  }

  private static void loadFile(SourceFile file, LoadContext context, KubernetesObjects.Collector kubernetes) {
    ParsedData parsed = DataParser.parse(file);
    if (parsed.hasErrors() && parsed.containsTemplateCode()) {
      context.report(Diagnostic.notice(SourceRange.startOf(file),
          "skipped: template placeholders ({{ … }}) make this file invalid YAML; render the template and scan the output"));
      return;
    }
    if (parsed.hasErrors() && parsed.syntax() == ParsedData.Syntax.JSON) {
      ParsedData withComments = DataParser.parseJsonWithComments(file);
      if (!withComments.hasErrors() && !isInfrastructure(file, withComments.roots())) {
        // tsconfig.json and the like: JSON with comments that holds no infrastructure. Failing the
        // scan (exit 2) on every such repository would help no one; its strings are still searched
        // for secrets, and the file counts as skipped.
        context.addDocument(new DataDocument(file, null, withComments.roots()));
        return;
      }
    }
    List<Value> roots = parsed.roots();
    parsed.diagnostics().forEach(context::report);
    if (roots.size() == 1 && TerraformPlans.isPlan(roots.get(0))) {
      // No document: a plan holds every input in clear, so its strings are not hardcoded secrets.
      context.claim(file);
      TerraformPlans.load(file, (MapValue) roots.get(0), context);
      return;
    }
    if (parsed.hasErrors()) {
      context.claim(file); // reported: a broken file is not "skipped"
      if (roots.isEmpty()) {
        return;
      }
    }
    for (Value root : roots) {
      if (CloudFormationTemplates.isTemplate(root)) {
        Value template = CloudFormationTemplates.longForm(root, parsed);
        register(file, SourceFormat.CLOUDFORMATION, List.of(template), context);
        CloudFormationTemplates.load(file, template, context);
        if (roots.size() > 1) {
          context.report(Diagnostic.warning(SourceRange.startOf(file),
              "a CloudFormation template is one YAML document; only the template is read"));
        }
        return;
      }
    }
    if (KubernetesObjects.isManifest(roots)) {
      register(file, SourceFormat.KUBERNETES, roots, context);
      kubernetes.add(file, roots, context);
      return;
    }
    if (roots.size() == 1 && ComposeFiles.isCompose(roots.get(0))) {
      register(file, SourceFormat.DOCKER_COMPOSE, roots, context);
      ComposeFiles.load(file, roots.get(0), context);
      return;
    }
    String nodeConfigType = NodeConfigFiles.typeByName(file);
    if (nodeConfigType == null) {
      nodeConfigType = NodeConfigFiles.typeByContent(roots);
    }
    if (nodeConfigType != null) {
      register(file, SourceFormat.ELASTICSEARCH_CONFIG, roots, context);
      NodeConfigFiles.load(file, roots, nodeConfigType, context);
      return;
    }
    if (!roots.isEmpty()) {
      context.addDocument(new DataDocument(file, null, roots));
    }
  }

  /** Whether {@code roots} are in a format {@link #loadFile} reads (the same tests, in its order). */
  private static boolean isInfrastructure(SourceFile file, List<Value> roots) {
    return roots.size() == 1 && TerraformPlans.isPlan(roots.get(0))
        || roots.stream().anyMatch(CloudFormationTemplates::isTemplate)
        || KubernetesObjects.isManifest(roots)
        || roots.size() == 1 && ComposeFiles.isCompose(roots.get(0))
        || NodeConfigFiles.typeByName(file) != null || NodeConfigFiles.typeByContent(roots) != null;
  }

  private static void register(SourceFile file, SourceFormat format, List<Value> roots, LoadContext context) {
    context.claim(file);
    context.addDocument(new DataDocument(file, format, roots));
  }

  /** The chart directory when {@code file} lies under {@code templates/} of a directory with a {@code Chart.yaml}. */
  static Path helmChartOf(SourceFile file) {
    Path p = file.path();
    if (p == null) {
      return null;
    }
    for (Path dir = p.getParent(); dir != null && dir.getParent() != null; dir = dir.getParent()) {
      if (dir.getFileName() != null && dir.getFileName().toString().equals("templates")
          && Files.isRegularFile(dir.getParent().resolve("Chart.yaml"))) {
        return dir.getParent();
      }
    }
    return null;
  }

  private static SourceFile chartFile(LoadContext context, Path chart, SourceFile fallback) {
    Path chartYaml = chart.resolve("Chart.yaml").toAbsolutePath().normalize();
    for (SourceFile f : context.files()) {
      if (chartYaml.equals(f.path())) {
        return f;
      }
    }
    return fallback;
  }
}
