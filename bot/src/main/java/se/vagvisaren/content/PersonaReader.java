package se.vagvisaren.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/** Reads intents/personas.yaml: example sentences per persona. */
final class PersonaReader {
  private PersonaReader() {}

  static Map<String, List<String>> read(String file, String text, Problems problems, Taxonomy taxonomy) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    Node root = YamlMap.parse(file, text, problems);
    if (root == null) return out;
    YamlMap m = YamlMap.of(file, problems, root, Set.of("personas"), "Filen");
    YamlMap personas = m.map("personas", taxonomy.personas().keySet(), true);
    m.finish();
    if (personas == null) return out;
    for (NodeTuple t : personas.tuples()) {
      String id = ContentLoader.keyText(t);
      YamlMap p = YamlMap.of(file, problems, t.getValueNode(), Set.of("examples"), "personan \"" + id + "\"");
      out.put(id, p.strings("examples", true));
      p.finish();
    }
    personas.finish();
    for (String id : taxonomy.personas().keySet()) {
      if (!out.containsKey(id)) {
        problems.error(file, personas.node(), "personan \"" + id + "\" saknas");
      }
    }
    return out;
  }
}
