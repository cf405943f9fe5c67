package se.vagvisaren.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/** Reads intents/akut/&lt;category&gt;.yaml: the signals the safety layer matches. */
final class AcuteReader {
  static final Set<String> KEYS = Set.of("category", "title", "owner", "reviewed", "review-by", "contacts",
      "signals", "unless", "must-catch", "must-not", "examples", "also", "adds", "certain");

  private final Problems problems;
  private final Taxonomy taxonomy;
  private final Map<String, AcuteCategory> categories = new LinkedHashMap<>();
  private final Refs refs = new Refs();

  AcuteReader(Problems problems, Taxonomy taxonomy) {
    this.problems = problems;
    this.taxonomy = taxonomy;
  }

  Map<String, AcuteCategory> categories() {
    return categories;
  }

  Refs places() {
    return refs;
  }

  void read(String file, String text) {
    Node root = YamlMap.parse(file, text, problems);
    if (root == null) return;
    YamlMap m = YamlMap.of(file, problems, root, KEYS, "Filen");
    String expected = file.substring(file.lastIndexOf('/') + 1, file.length() - ".yaml".length());
    YamlMap.Scalar id = m.scalar("category", true);
    if (id != null && !taxonomy.acute().containsKey(id.value())) {
      problems.error(file, id.node(), "\"" + id.value() + "\" är ingen akut kategori i taxonomy.yaml"
          + Suggest.hint(id.value(), taxonomy.acute().keySet()));
    } else if (id != null && !id.value().equals(expected)) {
      problems.error(file, id.node(), "kategorin \"" + id.value() + "\" ska vara samma som filnamnet (\"" + expected + "\")");
    }
    String title = m.string("title", true);
    String owner = m.string("owner", true);
    var reviewed = m.date("reviewed", true);
    var reviewBy = m.date("review-by", true);
    List<YamlMap.Scalar> contacts = m.scalars("contacts", true);
    for (YamlMap.Scalar c : contacts) {
      refs.refs.add(new Refs.Ref(Refs.Kind.CONTACT, c.value(), file, c.node(), true));
    }
    List<YamlMap.Scalar> signals = m.scalars("signals", true);
    List<YamlMap.Scalar> unless = m.scalars("unless", false);
    List<YamlMap.Scalar> certain = m.scalars("certain", false);
    for (YamlMap.Scalar s : signals) checkPattern(file, s);
    for (YamlMap.Scalar s : certain) checkPattern(file, s);
    for (YamlMap.Scalar s : unless) checkPattern(file, s);
    List<String> mustCatch = m.strings("must-catch", true);
    List<String> mustNot = m.strings("must-not", false);
    List<String> examples = m.strings("examples", false);
    Map<String, List<String>> also = byCategory(file, m, "also", id == null ? null : id.value(), false);
    Map<String, List<String>> adds = byCategory(file, m, "adds", id == null ? null : id.value(), true);
    m.finish();
    if (id != null && title != null && reviewed != null && reviewBy != null && taxonomy.acute().containsKey(id.value())) {
      categories.put(id.value(), new AcuteCategory(id.value(), title, owner, reviewed, reviewBy,
          contacts.stream().map(YamlMap.Scalar::value).toList(),
          signals.stream().map(YamlMap.Scalar::value).toList(),
          unless.stream().map(YamlMap.Scalar::value).toList(), mustCatch, mustNot, examples, also, adds,
          certain.stream().map(YamlMap.Scalar::value).toList()));
    }
  }

  /**
   * {@code also:} another acute category → messages that are this category and that one too;
   * {@code adds:} another acute category → patterns that add it when this category fires.
   */
  private Map<String, List<String>> byCategory(String file, YamlMap m, String key, String self, boolean patterns) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (!m.has(key)) return out;
    YamlMap map = m.map(key, taxonomy.acute().keySet(), false);
    if (map == null) return out;
    for (var t : map.tuples()) {
      String other = ((org.yaml.snakeyaml.nodes.ScalarNode) t.getKeyNode()).getValue();
      if (other.equals(self)) {
        problems.error(file, t.getKeyNode(), "\"" + key + "\" ska bara ha andra kategorier än \"" + self + "\""
            + (patterns ? " (den här kategorin har redan larmat). Flytta mönstren till \"signals\""
                : " (de här raderna hör redan till den). Flytta dem till \"examples\""));
      } else if (taxonomy.acute().containsKey(other)) {
        List<YamlMap.Scalar> lines = map.scalars(other, true);
        if (patterns) lines.forEach(s -> checkPattern(file, s));
        out.put(other, lines.stream().map(YamlMap.Scalar::value).toList());
      }
    }
    map.finish(); // reports ids that are not acute categories, with a suggestion
    return out;
  }

  private void checkPattern(String file, YamlMap.Scalar s) {
    String error = se.vagvisaren.safety.SignalPattern.check(s.value());
    if (error != null) {
      problems.error(file, s.node(), "mönstret \"" + s.value() + "\": " + error);
    }
  }
}
