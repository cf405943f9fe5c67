package se.vagvisaren.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import se.vagvisaren.content.ConversationTest.Action;
import se.vagvisaren.content.ConversationTest.Step;

/** Reads intents/tests/*.yaml: conversation tests written by content owners. */
final class TestReader {
  static final Set<String> TEST_KEYS = Set.of("name", "steps");
  static final Set<String> STEP_KEYS = Set.of("say", "choose", "back", "restart", "expect-intent", "expect-acute",
      "expect-reply-contains", "expect-options", "expect-contacts");

  private TestReader() {}

  static List<ConversationTest> read(String file, String text, Problems problems) {
    List<ConversationTest> out = new ArrayList<>();
    Node root = YamlMap.parse(file, text, problems);
    if (root == null) return out;
    YamlMap m = YamlMap.of(file, problems, root, Set.of("tests"), "Filen");
    List<YamlMap> tests = m.maps("tests", TEST_KEYS);
    m.finish();
    for (YamlMap t : tests) {
      String name = t.string("name", true);
      List<Step> steps = new ArrayList<>();
      for (YamlMap s : t.maps("steps", STEP_KEYS)) {
        Step step = readStep(file, s, problems);
        if (step != null) steps.add(step);
      }
      t.finish();
      if (steps.isEmpty()) {
        problems.error(file, t.node(), "testet har inga steg (\"steps\")");
      } else if (name != null) {
        out.add(new ConversationTest(file, t.node().getStartMark().getLine() + 1, name, steps));
      }
    }
    return out;
  }

  private static Step readStep(String file, YamlMap s, Problems problems) {
    String say = s.string("say", false);
    String choose = s.string("choose", false);
    boolean back = s.bool("back");
    boolean restart = s.bool("restart");
    int actions = (say != null ? 1 : 0) + (choose != null ? 1 : 0) + (back ? 1 : 0) + (restart ? 1 : 0);
    String intent = s.string("expect-intent", false);
    List<String> acute = s.has("expect-acute") ? s.strings("expect-acute", false) : null;
    List<String> contains = s.strings("expect-reply-contains", false);
    List<String> options = s.strings("expect-options", false);
    List<String> contacts = s.strings("expect-contacts", false);
    s.finish();
    if (actions != 1) {
      problems.error(file, s.node(), "ett steg ska ha exakt en av say, choose, back eller restart");
      return null;
    }
    Action action = say != null ? Action.SAY : choose != null ? Action.CHOOSE : back ? Action.BACK : Action.RESTART;
    return new Step(s.node().getStartMark().getLine() + 1, action, say != null ? say : choose, intent, acute,
        contains, options, contacts);
  }
}
