package se.vagvisaren.content;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import se.vagvisaren.content.DialogNode.Link;
import se.vagvisaren.content.DialogNode.Option;

/** Reads intents/&lt;id&gt;.yaml files and checks each tree on its own. */
final class IntentReader {
  static final Set<String> INTENT_KEYS = Set.of("id", "title", "title-en", "persona", "owner", "reviewed",
      "review-by", "sources", "acute-related", "examples", "start", "persona-start", "nodes");
  static final Set<String> NODE_KEYS = Set.of("say", "say-en", "by-persona", "ask", "ask-en", "options",
      "links", "contacts", "end");
  static final Set<String> OPTION_KEYS = Set.of("label", "label-en", "goto", "intent");
  static final Set<String> LINK_KEYS = Set.of("title", "url");
  static final double MAX_LIX = 45;
  /** LIX says little about one short sentence; judge texts of at least this many words. */
  static final int LIX_MIN_WORDS = 12;

  private final Problems problems;
  private final Taxonomy taxonomy;
  private final Map<String, Intent> intents = new LinkedHashMap<>();
  private final Refs refs = new Refs();

  IntentReader(Problems problems, Taxonomy taxonomy) {
    this.problems = problems;
    this.taxonomy = taxonomy;
  }

  Map<String, Intent> intents() {
    return intents;
  }

  Refs places() {
    return refs;
  }

  void read(String file, String text) {
    Node root = YamlMap.parse(file, text, problems);
    if (root == null) return;
    YamlMap m = YamlMap.of(file, problems, root, INTENT_KEYS, "Filen");
    String expectedId = file.substring(file.lastIndexOf('/') + 1, file.length() - ".yaml".length());
    YamlMap.Scalar id = m.scalar("id", true);
    if (id != null) {
      if (!id.value().equals(expectedId)) {
        problems.error(file, id.node(), "id \"" + id.value() + "\" ska vara samma som filnamnet (\"" + expectedId + "\")");
      }
      if (!taxonomy.intents().containsKey(id.value())) {
        problems.error(file, id.node(), "id \"" + id.value() + "\" finns inte i taxonomy.yaml"
            + Suggest.hint(id.value(), taxonomy.intents().keySet()));
      }
      if (intents.containsKey(id.value())) {
        problems.error(file, id.node(), "id \"" + id.value() + "\" finns redan i " + refs.intentFiles.get(id.value()));
      }
    }
    String title = m.string("title", true);
    String titleEn = m.string("title-en", false);
    YamlMap.Scalar persona = m.scalar("persona", false);
    if (persona != null) checkPersona(file, persona);
    String owner = m.string("owner", true);
    var reviewed = m.date("reviewed", true);
    var reviewBy = m.date("review-by", true);
    List<YamlMap.Scalar> sources = m.scalars("sources", true);
    for (YamlMap.Scalar s : sources) {
      Formats.checkUrl(file, s, problems, false);
    }
    List<YamlMap.Scalar> acuteRelated = m.scalars("acute-related", false);
    for (YamlMap.Scalar a : acuteRelated) {
      if (!taxonomy.acute().containsKey(a.value())) {
        problems.error(file, a.node(), "\"" + a.value() + "\" är ingen akut kategori i taxonomy.yaml"
            + Suggest.hint(a.value(), taxonomy.acute().keySet()));
      }
    }
    String intentId = id == null ? expectedId : id.value();
    List<YamlMap.Scalar> examples = m.scalars("examples", true);
    for (YamlMap.Scalar e : examples) {
      refs.examples.add(new Refs.Example(intentId, e.value(), file, e.node()));
    }
    YamlMap.Scalar start = m.scalar("start", true);
    Map<String, String> personaStart = new LinkedHashMap<>();
    Map<String, Node> startPlaces = new LinkedHashMap<>();
    YamlMap ps = m.map("persona-start", taxonomy.personas().keySet(), false);
    if (ps != null) {
      for (NodeTuple t : ps.tuples()) {
        String p = ContentLoader.keyText(t);
        YamlMap.Scalar target = ps.scalar(p, true);
        if (target != null) {
          personaStart.put(p, target.value());
          startPlaces.put(target.value(), target.node());
        }
      }
      ps.finish();
    }
    Map<String, DialogNode> nodes = new LinkedHashMap<>();
    Map<String, Node> nodePlaces = new LinkedHashMap<>();
    Map<String, List<Map.Entry<String, Node>>> gotos = new LinkedHashMap<>();
    YamlMap nodesMap = m.map("nodes", Set.of(), true);
    if (nodesMap != null) {
      for (NodeTuple t : nodesMap.tuples()) {
        String nodeId = ContentLoader.keyText(t);
        if (!ContentLoader.isId(nodeId)) {
          problems.error(file, t.getKeyNode(), "nodens namn \"" + nodeId + "\" får bara ha små bokstäver a–z, siffror och bindestreck");
        }
        nodePlaces.put(nodeId, t.getKeyNode());
        List<Map.Entry<String, Node>> targets = new ArrayList<>();
        DialogNode node = readNode(file, intentId, nodeId, t.getValueNode(), targets);
        gotos.put(nodeId, targets);
        nodes.put(nodeId, node);
      }
      if (nodes.isEmpty()) {
        problems.error(file, nodesMap.node(), "\"nodes\" får inte vara tom");
      }
    }
    m.finish();

    // goto targets, start nodes and reachability, within this file
    if (start != null && !nodes.isEmpty() && !nodes.containsKey(start.value())) {
      problems.error(file, start.node(), "start-noden \"" + start.value() + "\" finns inte" + Suggest.hint(start.value(), nodes.keySet()));
    }
    startPlaces.forEach((target, at) -> {
      if (!nodes.containsKey(target)) {
        problems.error(file, at, "noden \"" + target + "\" finns inte" + Suggest.hint(target, nodes.keySet()));
      }
    });
    gotos.forEach((from, targets) -> targets.forEach(e -> {
      if (!nodes.containsKey(e.getKey())) {
        problems.error(file, e.getValue(), "goto till noden \"" + e.getKey() + "\" som inte finns" + Suggest.hint(e.getKey(), nodes.keySet()));
      }
    }));
    if (start != null && nodes.containsKey(start.value())) {
      Set<String> reached = new HashSet<>();
      Deque<String> todo = new ArrayDeque<>();
      todo.add(start.value());
      todo.addAll(personaStart.values());
      while (!todo.isEmpty()) {
        String n = todo.pop();
        if (!nodes.containsKey(n) || !reached.add(n)) continue;
        gotos.get(n).forEach(e -> todo.add(e.getKey()));
      }
      for (String n : nodes.keySet()) {
        if (!reached.contains(n)) {
          problems.error(file, nodePlaces.get(n), "noden \"" + n + "\" går inte att nå från start");
        }
      }
    }
    if (id != null && title != null && owner != null && reviewed != null && reviewBy != null && start != null
        && !intents.containsKey(intentId)) {
      intents.put(intentId, new Intent(intentId, title, titleEn, persona == null ? null : persona.value(), owner,
          reviewed, reviewBy, sources.stream().map(YamlMap.Scalar::value).toList(),
          acuteRelated.stream().map(YamlMap.Scalar::value).toList(),
          examples.stream().map(YamlMap.Scalar::value).toList(), start.value(), personaStart, nodes));
      refs.intentFiles.put(intentId, file);
      refs.intentRoots.put(intentId, root);
    }
  }

  private void checkPersona(String file, YamlMap.Scalar persona) {
    if (!taxonomy.personas().containsKey(persona.value())) {
      problems.error(file, persona.node(), "\"" + persona.value() + "\" är ingen persona i taxonomy.yaml"
          + Suggest.hint(persona.value(), taxonomy.personas().keySet()));
    }
  }

  private DialogNode readNode(String file, String intentId, String nodeId, Node value, List<Map.Entry<String, Node>> gotos) {
    YamlMap n = YamlMap.of(file, problems, value, NODE_KEYS, "noden \"" + nodeId + "\"");
    YamlMap.Scalar say = n.scalar("say", false);
    String sayEn = n.string("say-en", false);
    Map<String, String> byPersona = new LinkedHashMap<>();
    YamlMap bp = n.map("by-persona", taxonomy.personas().keySet(), false);
    if (bp != null) {
      for (NodeTuple t : bp.tuples()) {
        String p = ContentLoader.keyText(t);
        String text = bp.string(p, true);
        if (text != null) byPersona.put(p, text);
      }
      bp.finish();
    }
    if (say == null && byPersona.isEmpty()) {
      problems.error(file, n.node(), "noden \"" + nodeId + "\" saknar \"say\": vad ska guiden säga här?");
    }
    if (say != null && say.value().split("\\s+").length >= LIX_MIN_WORDS) {
      double lix = Readability.lix(say.value());
      if (lix > MAX_LIX) {
        problems.warning(file, say.node(), String.format(java.util.Locale.ROOT,
            "texten är svår att läsa (LIX %.0f, högst %.0f). Skriv kortare meningar och kortare ord", lix, MAX_LIX));
      }
    }
    String ask = n.string("ask", false);
    String askEn = n.string("ask-en", false);
    List<Option> options = new ArrayList<>();
    for (YamlMap o : n.maps("options", OPTION_KEYS)) {
      String label = o.string("label", true);
      String labelEn = o.string("label-en", false);
      YamlMap.Scalar go = o.scalar("goto", false);
      YamlMap.Scalar to = o.scalar("intent", false);
      if ((go == null) == (to == null)) {
        problems.error(file, o.node(), "ett val ska ha antingen \"goto\" (en nod) eller \"intent\" (ett annat ämne), inte "
            + (go == null ? "inget av dem" : "båda"));
      }
      if (go != null) gotos.add(Map.entry(go.value(), go.node()));
      if (to != null) refs.refs.add(new Refs.Ref(Refs.Kind.INTENT, to.value(), file, to.node(), false));
      o.finish();
      if (label != null) {
        options.add(new Option(label, labelEn, go == null ? null : go.value(), to == null ? null : to.value()));
      }
    }
    List<Link> links = new ArrayList<>();
    for (YamlMap l : n.maps("links", LINK_KEYS)) {
      String title = l.string("title", true);
      YamlMap.Scalar url = l.scalar("url", true);
      if (url != null) Formats.checkUrl(file, url, problems);
      l.finish();
      if (title != null && url != null) links.add(new Link(title, url.value()));
    }
    List<YamlMap.Scalar> contacts = n.scalars("contacts", false);
    for (YamlMap.Scalar c : contacts) {
      refs.refs.add(new Refs.Ref(Refs.Kind.CONTACT, c.value(), file, c.node(), false));
    }
    boolean end = n.bool("end");
    n.finish();
    if (options.isEmpty() && !end) {
      problems.error(file, n.node(), "noden \"" + nodeId + "\" är en återvändsgränd: den har inga val och är inte ett slut (end: true)");
    }
    if (end && options.isEmpty() && links.isEmpty() && contacts.isEmpty()) {
      problems.warning(file, n.node(), "noden \"" + nodeId + "\" slutar utan ett konkret nästa steg. Lägg till en kontakt, en länk eller ett val");
    }
    return new DialogNode(nodeId, say == null ? null : say.value(), sayEn, byPersona, ask, askEn, options, links,
        contacts.stream().map(YamlMap.Scalar::value).toList(), end);
  }
}
