package dev.iaclint.rules.elasticsearch;

import dev.iaclint.core.graph.Node;
import dev.iaclint.core.value.MapValue;

/**
 * One source of a node's settings, in the flat form of {@code NodeSettings}: an elasticsearch.yml,
 * the environment and {@code -E} options of a container, an ECK node set's {@code config}.
 *
 * @param owner the graph node whose file holds these settings: it reports findings on them
 * @param pathPrefix what attribute paths of these settings start with ({@code settings.},
 *     {@code spec.nodeSets[0].config.}, nothing for a settings file)
 */
public record Layer(MapValue settings, Node owner, String pathPrefix) {

  /** Whether the settings are a settings file, whose findings are named by the setting key. */
  public boolean isSettingsFile() {
    return SearchNodes.isSettingsFile(owner);
  }

  public Setting setting(String key) {
    if (!settings.has(key) || settings.get(key) == null
        || settings.get(key) instanceof dev.iaclint.core.value.NullValue) {
      return null;
    }
    return new Setting(key, settings.get(key), settings.memberRange(key), this);
  }
}
