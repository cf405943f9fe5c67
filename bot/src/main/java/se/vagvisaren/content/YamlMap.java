package se.vagvisaren.content;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML mapping read with its line and column marks, so every problem can point at the
 * exact place. {@link #finish()} reports keys outside the allowed set as
 * unknown, with a suggestion when one of the allowed keys is close.
 */
final class YamlMap {
  /** A string value and where it stands. */
  record Scalar(String value, Node node) {}

  private final String file;
  private final Problems problems;
  private final MappingNode node;
  private final Set<String> allowed;
  private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
  private boolean broken;

  private YamlMap(String file, Problems problems, MappingNode node, Set<String> allowed) {
    this.file = file;
    this.problems = problems;
    this.node = node;
    this.allowed = allowed;
    for (NodeTuple t : node.getValue()) {
      if (!(t.getKeyNode() instanceof ScalarNode k)) {
        problems.error(file, t.getKeyNode(), "en nyckel måste vara ett ord");
        continue;
      }
      if (entries.putIfAbsent(k.getValue(), t) != null) {
        problems.error(file, k, "nyckeln \"" + k.getValue() + "\" finns två gånger");
      }
    }
  }

  /** Parses a whole file; reports a syntax error and returns null when it cannot be read. */
  static Node parse(String file, String text, Problems problems) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(true); // reported by us, with the place
    options.setMaxAliasesForCollections(10);
    options.setCodePointLimit(5 * 1024 * 1024);
    try {
      Node root = new Yaml(options).compose(new StringReader(text));
      if (root == null) {
        problems.error(file, 1, 1, "filen är tom");
      }
      return root;
    } catch (MarkedYAMLException e) {
      var mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      int line = mark == null ? 1 : mark.getLine() + 1;
      int col = mark == null ? 1 : mark.getColumn() + 1;
      problems.error(file, line, col, "YAML-fel: " + swedish(e.getProblem()));
      return null;
    } catch (YAMLException e) {
      problems.error(file, 1, 1, "YAML-fel: filen kan inte läsas (" + e.getMessage() + ")");
      return null;
    }
  }

  /** The usual causes in plain Swedish; the parser's own words follow for the rest. */
  private static String swedish(String problem) {
    if (problem == null) return "filen kan inte läsas";
    if (problem.contains("mapping values are not allowed")) {
      return "ett kolon på fel ställe. Sätt texten inom citattecken om den innehåller \": \"";
    }
    if (problem.contains("could not find expected ':'")) return "ett kolon (:) saknas efter nyckeln";
    if (problem.contains("found character '\\t'")) return "tabbtecken är inte tillåtna, använd mellanslag";
    if (problem.contains("expected <block end>")) return "fel indrag. Kontrollera mellanslagen i början av raden";
    if (problem.contains("found unexpected end of stream")) return "ett citattecken eller en parentes stängs aldrig";
    if (problem.contains("expected ',' or '}'") || problem.contains("expected ',' or ']'")) {
      return "en { } eller [ ] stängs inte rätt. Sätt texten inom citattecken om den innehåller ? : , # eller [ ]";
    }
    if (problem.contains("did not find expected")) return "fel indrag eller ett tecken saknas (" + problem + ")";
    return problem;
  }

  static YamlMap of(String file, Problems problems, Node node, Set<String> allowed, String what) {
    if (node instanceof MappingNode m) {
      return new YamlMap(file, problems, m, allowed);
    }
    problems.error(file, node, what + " ska vara en lista med nycklar (nyckel: värde)");
    MappingNode empty = new MappingNode(Tag.MAP, true, new ArrayList<>(),
        node.getStartMark(), node.getEndMark(), DumperOptions.FlowStyle.AUTO);
    YamlMap broken = new YamlMap(file, problems, empty, allowed);
    broken.broken = true;
    return broken;
  }

  Node node() {
    return node;
  }

  boolean has(String key) {
    return entries.containsKey(key);
  }

  /** The value of {@code key}; an explicit YAML null ("null", "~" or nothing) counts as absent. */
  Node value(String key) {
    NodeTuple t = entries.get(key);
    if (t == null) return null;
    Node v = t.getValueNode();
    return v instanceof ScalarNode && Tag.NULL.equals(v.getTag()) ? null : v;
  }

  Node keyNode(String key) {
    NodeTuple t = entries.get(key);
    return t == null ? node : t.getKeyNode();
  }

  /** All entries in file order, for maps whose keys are ids (e.g. nodes). */
  List<NodeTuple> tuples() {
    return List.copyOf(entries.values());
  }

  Scalar scalar(String key, boolean required) {
    Node v = value(key);
    if (v == null) {
      if (required) missing(key);
      return null;
    }
    if (v instanceof ScalarNode s) {
      String text = s.getValue().strip();
      if (text.isEmpty() && required) {
        problems.error(file, v, "\"" + key + "\" är tom");
        return null;
      }
      return text.isEmpty() ? null : new Scalar(text, v);
    }
    problems.error(file, v, "\"" + key + "\" ska vara en text, inte en lista");
    return null;
  }

  String string(String key, boolean required) {
    Scalar s = scalar(key, required);
    return s == null ? null : s.value();
  }

  boolean bool(String key) {
    Scalar s = scalar(key, false);
    if (s == null) return false;
    if (s.value().equals("true") || s.value().equals("ja")) return true;
    if (!s.value().equals("false") && !s.value().equals("nej")) {
      problems.error(file, s.node(), "\"" + key + "\" ska vara true eller false");
    }
    return false;
  }

  LocalDate date(String key, boolean required) {
    Scalar s = scalar(key, required);
    if (s == null) return null;
    try {
      return LocalDate.parse(s.value());
    } catch (DateTimeParseException e) {
      problems.error(file, s.node(), "\"" + key + "\" ska vara ett datum som 2026-11-30, inte \"" + s.value() + "\"");
      return null;
    }
  }

  /** A list of strings; a single string is accepted as a list of one. */
  List<Scalar> scalars(String key, boolean required) {
    Node v = value(key);
    List<Scalar> out = new ArrayList<>();
    if (v == null) {
      if (required) missing(key);
      return out;
    }
    if (v instanceof ScalarNode s) {
      if (!s.getValue().isBlank()) out.add(new Scalar(s.getValue().strip(), s));
      return out;
    }
    if (!(v instanceof SequenceNode seq)) {
      problems.error(file, v, "\"" + key + "\" ska vara en lista");
      return out;
    }
    for (Node item : seq.getValue()) {
      if (item instanceof ScalarNode s) {
        if (s.getValue().isBlank()) {
          problems.error(file, s, "tom rad i \"" + key + "\"");
        } else {
          out.add(new Scalar(s.getValue().strip(), s));
        }
      } else {
        problems.error(file, item, "varje rad i \"" + key + "\" ska vara en text. Sätt texten inom citattecken om den innehåller \": \"");
      }
    }
    if (required && out.isEmpty()) {
      problems.error(file, v, "\"" + key + "\" får inte vara tom");
    }
    return out;
  }

  List<String> strings(String key, boolean required) {
    return scalars(key, required).stream().map(Scalar::value).toList();
  }

  YamlMap map(String key, Set<String> allowedKeys, boolean required) {
    Node v = value(key);
    if (v == null) {
      if (required) missing(key);
      return null;
    }
    return of(file, problems, v, allowedKeys, "\"" + key + "\"");
  }

  /** A list whose items are maps. */
  List<YamlMap> maps(String key, Set<String> allowedKeys) {
    Node v = value(key);
    List<YamlMap> out = new ArrayList<>();
    if (v == null) return out;
    if (!(v instanceof SequenceNode seq)) {
      problems.error(file, v, "\"" + key + "\" ska vara en lista");
      return out;
    }
    for (Node item : seq.getValue()) {
      out.add(of(file, problems, item, allowedKeys, "en rad i \"" + key + "\""));
    }
    return out;
  }

  void missing(String key) {
    if (broken) return; // the wrong type was reported already
    problems.error(file, node, "\"" + key + "\" saknas");
  }

  /** Reports every key that is not allowed. */
  void finish() {
    for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
      String key = e.getKey();
      if (!allowed.contains(key)) {
        problems.error(file, e.getValue().getKeyNode(),
            "okänd nyckel \"" + key + "\"" + Suggest.hint(key, allowed));
      }
    }
  }
}
