package se.vagvisaren.understanding;

import java.util.List;

/**
 * What the guide understood of one message.
 *
 * @param intent       best intent id; {@code utanfor-omradet} when out of scope
 * @param confidence   calibrated probability of {@code intent}
 * @param alternatives the next best intents with their scores
 * @param decision     whether to act on the intent, ask "Menade du …?", or treat as out of scope
 * @param persona      persona id for this message in this conversation
 * @param language     "sv" or "en"
 */
public record Understanding(
    String intent, double confidence, List<Scored> alternatives, Decision decision, String persona, String language) {

  public enum Decision { CONFIDENT, UNSURE, OUT_OF_SCOPE }

  public Understanding {
    alternatives = List.copyOf(alternatives);
  }
}
