package dev.iaclint.core.rule;

import dev.iaclint.core.graph.SourceFormat;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the {@link RuleInfo} of Java rule classes. */
public final class JavaRules {
  private JavaRules() {}

  /** The metadata {@code ruleClass}'s {@link RuleInfo} declares. */
  public static RuleMetadata metadata(Class<?> ruleClass) {
    RuleInfo info = ruleClass.getAnnotation(RuleInfo.class);
    if (info == null) {
      throw new IllegalStateException(ruleClass.getName() + " has no @RuleInfo");
    }
    Map<String, List<String>> equivalents = new LinkedHashMap<>();
    put(equivalents, "checkov", info.checkov());
    put(equivalents, "kics", info.kics());
    put(equivalents, "tfsec", info.tfsec());
    put(equivalents, "trivy", info.trivy());
    return new RuleMetadata(info.id(), info.title(), info.severity(), info.category(),
        info.description().strip(), info.remediation().strip(), List.of(info.links()),
        List.of(info.formats()), equivalents);
  }

  /** The resource types the class's {@link RuleInfo} names. */
  public static List<String> types(Class<?> ruleClass) {
    RuleInfo info = ruleClass.getAnnotation(RuleInfo.class);
    return info == null ? List.of() : List.of(info.types());
  }

  static List<SourceFormat> formats(Class<?> ruleClass) {
    RuleInfo info = ruleClass.getAnnotation(RuleInfo.class);
    return info == null ? List.of() : Arrays.asList(info.formats());
  }

  private static void put(Map<String, List<String>> map, String key, String[] ids) {
    if (ids.length > 0) {
      map.put(key, List.of(ids));
    }
  }
}
