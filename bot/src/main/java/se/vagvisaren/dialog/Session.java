package se.vagvisaren.dialog;

import java.util.List;
import java.util.Set;

/**
 * Everything the guide remembers about one conversation; immutable, replaced every turn.
 * Holds no text the resident wrote.
 *
 * @param intent   the tree the resident is in, or null
 * @param node     the node shown last, or null
 * @param history  earlier (intent, node) places, for "Tillbaka"
 * @param persona  persona so far, or null
 * @param language "sv" or "en"
 * @param acute    acute categories seen so far: the emergency card stays while this is non-empty
 * @param safety   where the "are you safe?" question stands
 * @param offered  the options of the last reply: the only valid {@code choose} ids
 * @param englishNoted whether the "mostly Swedish" note was shown
 */
public record Session(
    String intent,
    String node,
    List<Place> history,
    String persona,
    String language,
    Set<String> acute,
    Safety safety,
    List<Offered> offered,
    boolean englishNoted) {

  public enum Safety { NOT_ASKED, ASKED, SAFE, NOT_SAFE }

  /** A node of a tree. */
  public record Place(String intent, String node) {}

  /** An option shown to the resident and what choosing it does. */
  public record Offered(String id, String label, Action action) {}

  /** What an option does. */
  public sealed interface Action {
    record GotoNode(String intent, String node) implements Action {}
    record GotoIntent(String intent) implements Action {}
    record Back() implements Action {}
    record Restart() implements Action {}
    record SafetyAnswer(boolean safe) implements Action {}
    record NoneOfThese() implements Action {}
  }

  public Session {
    history = List.copyOf(history);
    acute = Set.copyOf(acute);
    offered = List.copyOf(offered);
  }

  public static Session start(String language) {
    return new Session(null, null, List.of(), null, language == null ? "sv" : language, Set.of(), Safety.NOT_ASKED,
        List.of(), false);
  }

  Session with(String intent, String node, List<Place> history) {
    return new Session(intent, node, history, persona, language, acute, safety, offered, englishNoted);
  }

  Session withOffered(List<Offered> offered) {
    return new Session(intent, node, history, persona, language, acute, safety, offered, englishNoted);
  }

  Session withUnderstanding(String persona, String language, Set<String> acute) {
    return new Session(intent, node, history, persona, language, acute, safety, offered, englishNoted);
  }

  Session withSafety(Safety safety) {
    return new Session(intent, node, history, persona, language, acute, safety, offered, englishNoted);
  }

  Session withEnglishNoted() {
    return new Session(intent, node, history, persona, language, acute, safety, offered, true);
  }
}
