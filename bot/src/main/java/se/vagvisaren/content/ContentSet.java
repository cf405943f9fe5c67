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
    /** Everyday messages that are not acute (intents/akut/inte-akut.yaml), for the safety stage to learn from. */
    List<String> nonAcuteExamples,
    Knowledge knowledge,
    List<ConversationTest> tests) {

  public ContentSet {
    // file order is kept (not Map.copyOf), so training and evaluation are reproducible run to run
    intents = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(intents));
    personaExamples = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(personaExamples));
    acute = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(acute));
    nonAcuteExamples = List.copyOf(nonAcuteExamples);
    tests = List.copyOf(tests);
  }

  public Intent intent(String id) {
    return intents.get(id);
  }

  /** Every intent's training phrases, in file order: what residents write about ordinary matters. */
  public List<String> intentExamples() {
    List<String> out = new java.util.ArrayList<>();
    intents.values().forEach(i -> out.addAll(i.examples()));
    return out;
  }
}
