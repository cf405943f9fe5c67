package se.vagvisaren.content;

import java.util.List;
import java.util.Map;
import se.vagvisaren.knowledge.Knowledge;

/**
 * One complete, validated, immutable set of content: what the running guide serves. A new set
 * replaces the old one as a whole; nothing in it changes afterwards.
 */
public record ContentSet(
    String source,
    Taxonomy taxonomy,
    Map<String, Intent> intents,
    Map<String, List<String>> personaExamples,
    Map<String, AcuteCategory> acute,
    Knowledge knowledge,
    List<ConversationTest> tests) {

  public ContentSet {
    intents = Map.copyOf(intents);
    personaExamples = Map.copyOf(personaExamples);
    acute = Map.copyOf(acute);
    tests = List.copyOf(tests);
  }

  public Intent intent(String id) {
    return intents.get(id);
  }
}
