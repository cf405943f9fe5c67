package se.vagvisaren.understanding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import se.vagvisaren.language.AnalyzedText;
import se.vagvisaren.language.Features;
import se.vagvisaren.language.SwedishTextAnalyzer;

/**
 * Ranks intents for a message with an OpenNLP maxent model trained on the content owners'
 * examples, and decides whether to act, ask "Menade du …?" or treat the message as out of scope.
 */
public final class IntentClassifier {
  public static final String OUT_OF_SCOPE = "utanfor-omradet";
  /** At or above: act on the intent (if the margin to the runner-up is big enough too). */
  public static final double CONFIDENT = Double.parseDouble(System.getProperty("vagvisaren.intent.confident", "0.35"));
  /** Below: out of scope. Between the two: "Menade du …?". */
  public static final double UNSURE = Double.parseDouble(System.getProperty("vagvisaren.intent.unsure", "0.18"));
  /** The top intent must lead the runner-up by this much to act without asking. */
  public static final double MARGIN = 0.10;

  private final MaxentClassifier model;

  private IntentClassifier(MaxentClassifier model) {
    this.model = model;
  }

  /** Trains on {@code examples} (intent id → phrases). */
  public static IntentClassifier train(Map<String, List<String>> examples, SwedishTextAnalyzer analyzer) {
return new IntentClassifier(MaxentClassifier.trainOnTexts(examples, analyzer));
  }

  /** All intents, best first. */
  public List<Scored> rank(AnalyzedText text) {
    double[] p = model.eval(Features.of(text));
    List<Scored> out = new ArrayList<>(p.length);
    for (int i = 0; i < p.length; i++) out.add(new Scored(model.label(i), p[i]));
    out.sort(Comparator.comparingDouble(Scored::score).reversed());
    return out;
  }

  /** The decision for a ranking (see the thresholds above). */
  public static Understanding.Decision decide(List<Scored> ranked) {
    if (ranked.isEmpty()) return Understanding.Decision.OUT_OF_SCOPE;
    Scored top = ranked.get(0);
    if (top.id().equals(OUT_OF_SCOPE) || top.score() < UNSURE) return Understanding.Decision.OUT_OF_SCOPE;
    double second = ranked.size() > 1 ? ranked.get(1).score() : 0;
    if (top.score() >= CONFIDENT && top.score() - second >= MARGIN) return Understanding.Decision.CONFIDENT;
    return Understanding.Decision.UNSURE;
  }
}
