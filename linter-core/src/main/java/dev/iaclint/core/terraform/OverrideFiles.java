package dev.iaclint.core.terraform;

import dev.iaclint.core.diag.Diagnostic;
import dev.iaclint.core.hcl.ast.Attribute;
import dev.iaclint.core.hcl.ast.Block;
import dev.iaclint.core.hcl.ast.Body;
import dev.iaclint.core.hcl.ast.BodyItem;
import dev.iaclint.core.hcl.ast.Expression;
import dev.iaclint.core.hcl.ast.HclFile;
import dev.iaclint.core.hcl.ast.LiteralExpr;
import dev.iaclint.core.hcl.ast.TemplateExpr;
import dev.iaclint.core.source.SourceFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Terraform's override files merged into the other files of their module, as
 * https://developer.hashicorp.com/terraform/language/files/override describes.
 *
 * <p>{@code override.tf}, {@code *_override.tf} and their {@code .tf.json} forms are applied after
 * the normal files, in lexical order of their names. An override block merges into the block of
 * the same kind and labels (a local value into the local of that name): each argument it sets
 * replaces the original's, each nested block type it writes ({@code dynamic "x"} counting as
 * {@code x}) replaces every nested block of that type, except {@code lifecycle}, which merges
 * argument by argument; in a {@code terraform} block, {@code required_providers} merges provider by
 * provider. The merged block keeps the original's header and range, and each replaced member the
 * override's range, so a finding on it points into the override file where the effective value is
 * written. An override with nothing to override is a warning at the override and is ignored
 * (Terraform refuses it), except a default {@code provider} or a {@code terraform} block, which
 * Terraform accepts as if an empty one had been written.
 */
public final class OverrideFiles {

  private OverrideFiles() {}

  /** Whether Terraform treats the file named {@code fileName} as an override file. */
  public static boolean isOverride(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    String stem = n.endsWith(".tf") ? n.substring(0, n.length() - 3)
        : n.endsWith(".tf.json") ? n.substring(0, n.length() - 8) : null;
    return stem != null && (stem.equals("override") || stem.endsWith("_override"));
  }

  /**
   * The module's files with the override files merged in: the normal files in their order, their
   * blocks replaced by the merged ones, then (only when an override adds a block that needs no
   * original) the override file holding those blocks.
   */
  public static List<HclFile> merge(List<HclFile> files, Consumer<Diagnostic> diagnostics) {
    List<HclFile> normal = new ArrayList<>();
    List<HclFile> overrides = new ArrayList<>();
    for (HclFile f : files) {
      (isOverride(fileName(f.source())) ? overrides : normal).add(f);
    }
    if (overrides.isEmpty()) {
      return files;
    }
    overrides.sort(Comparator.comparing((HclFile f) -> fileName(f.source())));
    Merge merge = new Merge(normal, diagnostics);
    overrides.forEach(merge::apply);
    return merge.files();
  }

  private static String fileName(SourceFile f) {
    String p = f.displayPath().replace('\\', '/');
    return p.substring(p.lastIndexOf('/') + 1);
  }

  /** The name a body member is overridden by: an argument's name, a block's type ({@code dynamic "x"}: x). */
  private static String memberName(BodyItem item) {
    if (item instanceof Attribute a) {
      return a.name();
    }
    Block b = (Block) item;
    return b.type().equals("dynamic") && b.labels().size() == 1 ? b.label(0) : b.type();
  }

  /** {@code original} with {@code override}'s members merged in. */
  static Block mergeBlock(Block original, Block override) {
    return withBody(original, mergeBody(original.body(), override.body()));
  }

  private static Block withBody(Block b, List<BodyItem> items) {
    return new Block(b.type(), b.typeRange(), b.labels(), new Body(items, b.body().range()), b.openBraceRange(),
        b.closeBraceRange(), b.range());
  }

  private static List<BodyItem> mergeBody(Body original, Body override) {
    Map<String, Attribute> arguments = new HashMap<>();
    Map<String, Boolean> names = new HashMap<>();
    Block lifecycle = null;
    for (BodyItem item : override.items()) {
      if (item instanceof Attribute a) {
        arguments.put(a.name(), a);
      } else if (((Block) item).type().equals("lifecycle")) {
        lifecycle = (Block) item;
      }
      names.put(memberName(item), Boolean.TRUE);
    }
    List<BodyItem> out = new ArrayList<>();
    Map<String, Boolean> placed = new HashMap<>();
    for (BodyItem item : original.items()) {
      String name = memberName(item);
      if (lifecycle != null && item instanceof Block b && b.type().equals("lifecycle")
          && placed.putIfAbsent("lifecycle", Boolean.TRUE) == null) {
        out.add(mergeBlock(b, lifecycle));
      } else if (!names.containsKey(name)) {
        out.add(item);
      } else if (item instanceof Attribute && arguments.containsKey(name) && placed.putIfAbsent(name, Boolean.TRUE) == null) {
        out.add(arguments.get(name));
      }
    }
    for (BodyItem item : override.items()) {
      String name = memberName(item);
      boolean mergedIn = item instanceof Attribute ? placed.containsKey(name)
          : item == lifecycle && placed.containsKey("lifecycle");
      if (!mergedIn) {
        out.add(item);
      }
    }
    return out;
  }

  /** The literal string {@code e} is, or null. */
  private static String literal(Expression e) {
    if (e instanceof LiteralExpr l && l.value() instanceof String s) {
      return s;
    }
    return e instanceof TemplateExpr t ? t.literalValue().orElse(null) : null;
  }

  /** One file's top-level members, being rewritten. */
  private static final class Slot {
    final HclFile file;
    final List<BodyItem> items;

    Slot(HclFile file, List<BodyItem> items) {
      this.file = file;
      this.items = items;
    }

    HclFile build() {
      return new HclFile(file.source(), new Body(items, file.body().range()), file.comments());
    }
  }

  /** Where a top-level block is: its file's slot and index there. */
  private record Place(Slot slot, int index) {
    Block block() {
      return (Block) slot.items.get(index);
    }

    void set(Block b) {
      slot.items.set(index, b);
    }
  }

  private static final class Merge {
    private final Consumer<Diagnostic> diagnostics;
    private final List<Slot> slots = new ArrayList<>();
    /** Blocks by kind and labels ({@code resource aws_s3_bucket.b}); the first one, as {@link ModuleConfig} uses it. */
    private final Map<String, Place> blocks = new LinkedHashMap<>();
    private final Map<String, Place> locals = new LinkedHashMap<>();
    private final List<Place> terraform = new ArrayList<>();

    Merge(List<HclFile> normal, Consumer<Diagnostic> diagnostics) {
      this.diagnostics = diagnostics;
      for (HclFile f : normal) {
        Slot slot = new Slot(f, new ArrayList<>(f.body().items()));
        slots.add(slot);
        for (int i = 0; i < slot.items.size(); i++) {
          if (slot.items.get(i) instanceof Block b) {
            index(b, new Place(slot, i));
          }
        }
      }
    }

    private void index(Block b, Place place) {
      if (b.type().equals("locals")) {
        b.body().attributes().forEach(a -> locals.putIfAbsent(a.name(), place));
      } else if (b.type().equals("terraform")) {
        terraform.add(place);
      } else {
        String key = key(b);
        if (key != null) {
          blocks.putIfAbsent(key, place);
        }
      }
    }

    /** {@code resource aws_x.y}, {@code provider aws.alias}; null for blocks that are not merged by name. */
    private static String key(Block b) {
      int labels = switch (b.type()) {
        case "resource", "data" -> 2;
        case "variable", "output", "module", "provider" -> 1;
        default -> -1;
      };
      if (labels < 0 || b.labels().size() != labels) {
        return null;
      }
      String key = b.type() + " " + String.join(".", b.labelValues());
      if (b.type().equals("provider")) {
        String alias = b.body().attribute("alias").map(a -> literal(a.expression())).orElse(null);
        key += alias == null ? "" : "." + alias;
      }
      return key;
    }

    void apply(HclFile override) {
      Slot added = new Slot(override, new ArrayList<>());
      for (Block b : override.body().blocks()) {
        switch (b.type()) {
          case "locals" -> b.body().attributes().forEach(this::overrideLocal);
          case "terraform" -> overrideTerraform(b, added);
          default -> overrideBlock(b, added);
        }
      }
      if (!added.items.isEmpty()) {
        slots.add(added);
      }
    }

    private void overrideBlock(Block b, Slot added) {
      String key = key(b);
      if (key == null) {
        return; // moved, import, check …: not merged by Terraform and not evaluated here
      }
      Place place = blocks.get(key);
      if (place != null) {
        place.set(mergeBlock(place.block(), b));
      } else if (b.type().equals("provider") && b.body().attribute("alias").isEmpty()) {
        // An absent default provider configuration is an empty one: the override is the configuration.
        added.items.add(b);
        blocks.put(key, new Place(added, added.items.size() - 1));
      } else {
        diagnostics.accept(Diagnostic.warning(b.headerRange(), "Missing " + kind(b) + " to override: "
            + describe(b) + " is not declared in a file of this module that is not an override file;"
            + " this override is ignored"));
      }
    }

    private void overrideLocal(Attribute a) {
      Place place = locals.get(a.name());
      if (place == null) {
        diagnostics.accept(Diagnostic.warning(a.nameRange(), "Missing base local value definition to override:"
            + " local." + a.name() + " is not defined in a file of this module that is not an override file;"
            + " this override is ignored"));
        return;
      }
      place.set(replaceMember(place.block(), a));
    }

    /** {@code b} with its members named like {@code item} replaced by {@code item}, in place (appended when absent). */
    private static Block replaceMember(Block b, BodyItem item) {
      String name = memberName(item);
      List<BodyItem> items = new ArrayList<>();
      boolean placed = false;
      for (BodyItem i : b.body().items()) {
        if (!memberName(i).equals(name)) {
          items.add(i);
        } else if (!placed) {
          items.add(item);
          placed = true;
        }
      }
      if (!placed) {
        items.add(item);
      }
      return withBody(b, items);
    }

    /**
     * A {@code terraform} override: each argument and nested block type replaces the original's
     * (wherever written), into the first {@code terraform} block; {@code required_providers}
     * entries replace the entry of the same provider.
     */
    private void overrideTerraform(Block override, Slot added) {
      if (terraform.isEmpty()) {
        added.items.add(override);
        terraform.add(new Place(added, added.items.size() - 1));
        return;
      }
      for (BodyItem item : override.body().items()) {
        if (item instanceof Block rp && rp.type().equals("required_providers")) {
          rp.body().attributes().forEach(this::overrideRequiredProvider);
          continue;
        }
        String name = memberName(item);
        for (Place p : terraform) {
          Block b = p.block();
          p.set(withBody(b, b.body().items().stream().filter(i -> !memberName(i).equals(name)).toList()));
        }
        Place first = terraform.get(0);
        List<BodyItem> items = new ArrayList<>(first.block().body().items());
        items.add(item);
        first.set(withBody(first.block(), items));
      }
    }

    /** A {@code required_providers} entry: replaces the entry of that provider, else joins the first such block. */
    private void overrideRequiredProvider(Attribute entry) {
      Place target = null;
      int nested = -1;
      for (Place p : terraform) {
        List<BodyItem> items = p.block().body().items();
        for (int i = 0; i < items.size(); i++) {
          if (items.get(i) instanceof Block rp && rp.type().equals("required_providers")) {
            if (rp.body().attribute(entry.name()).isPresent()) {
              replaceNested(p, i, entry);
              return;
            }
            if (target == null) {
              target = p;
              nested = i;
            }
          }
        }
      }
      if (target != null) {
        replaceNested(target, nested, entry);
        return;
      }
      Place first = terraform.get(0);
      List<BodyItem> items = new ArrayList<>(first.block().body().items());
      items.add(new Block("required_providers", entry.nameRange(), List.of(), new Body(List.of(entry),
          entry.range()), entry.range(), entry.range(), entry.range()));
      first.set(withBody(first.block(), items));
    }

    private static void replaceNested(Place place, int index, Attribute entry) {
      List<BodyItem> items = new ArrayList<>(place.block().body().items());
      items.set(index, replaceMember((Block) items.get(index), entry));
      place.set(withBody(place.block(), items));
    }

    List<HclFile> files() {
      return slots.stream().map(Slot::build).toList();
    }

    private static String kind(Block b) {
      return switch (b.type()) {
        case "data" -> "data resource";
        case "variable" -> "base variable declaration";
        case "output" -> "base output definition";
        case "module" -> "module call";
        case "provider" -> "base provider configuration";
        default -> b.type();
      };
    }

    private static String describe(Block b) {
      StringBuilder sb = new StringBuilder(b.type());
      for (String label : b.labelValues()) {
        sb.append(" \"").append(label).append('"');
      }
      b.body().attribute("alias").map(a -> literal(a.expression()))
          .ifPresent(alias -> sb.append(" with alias \"").append(alias).append('"'));
      return sb.toString();
    }
  }
}
