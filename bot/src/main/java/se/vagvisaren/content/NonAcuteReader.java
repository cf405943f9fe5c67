package se.vagvisaren.content;

import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads intents/akut/inte-akut.yaml: everyday messages that are not emergencies, for the
 * learned half of the safety stage to learn "not acute" from. Unlike a category's must-not
 * list they are not a test: a line a category still fires on is a known false alarm, which
 * `vagvisaren test` lists as a warning so content owners can tighten that signal.
 */
final class NonAcuteReader {
  static final String FILE = "intents/akut/inte-akut.yaml";

  private NonAcuteReader() {}

  static List<String> read(String file, String text, Problems problems) {
    Node root = YamlMap.parse(file, text, problems);
    if (root == null) return List.of();
    YamlMap m = YamlMap.of(file, problems, root, Set.of("examples"), "Filen");
    List<String> out = m.strings("examples", true);
    m.finish();
    return out;
  }
}
