package se.vagvisaren.understanding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.vagvisaren.language.AnalyzedText;
import se.vagvisaren.language.Features;
import se.vagvisaren.language.SwedishTextAnalyzer;

/**
 * Who the resident is in this situation (the seven personas of seeds/000), learned from the
 * persona examples in intents/personas.yaml and combined with the intent and the conversation.
 */
public final class PersonaClassifier {
  public static final String DEFAULT = "vill-forsta";
  public static final String ACUTE = "hjalp-mig-nu";
  /** The text alone decides at or above this probability. */
  static final double TEXT_DECIDES = 0.55;
  /** How much the usual persona of the recognised intent weighs in. */
  static final double INTENT_PRIOR = 2.0;

  private final MaxentClassifier model;

  private PersonaClassifier(MaxentClassifier model) {
    this.model = model;
  }

  public static PersonaClassifier train(Map<String, List<String>> examples, SwedishTextAnalyzer analyzer) {
    List<MaxentClassifier.Sample> samples = new ArrayList<>();
    examples.forEach((persona, phrases) -> {
      for (String p : phrases) samples.add(new MaxentClassifier.Sample(persona, Features.of(analyzer.analyze(p))));
    });
    return new PersonaClassifier(MaxentClassifier.train(samples));
  }

  /**
   * @param acute           the message signals an emergency
   * @param intentPersona   the usual persona of the recognised intent, or null
   * @param previous        the persona so far in this conversation, or null
   */
  public String persona(AnalyzedText text, boolean acute, String intentPersona, String previous) {
    if (acute) return ACUTE;
    double[] p = model.eval(Features.of(text));
    int best = 0;
    for (int i = 1; i < p.length; i++) if (p[i] > p[best]) best = i;
    if (p[best] >= TEXT_DECIDES) return model.label(best);
    // weigh in what the topic usually means, then what we knew before
    double bestScore = -1;
    String bestLabel = null;
    for (int i = 0; i < p.length; i++) {
      String label = model.label(i);
      double s = p[i] * (label.equals(intentPersona) ? INTENT_PRIOR : 1.0) * (label.equals(previous) ? 1.3 : 1.0);
      if (s > bestScore) {
        bestScore = s;
        bestLabel = label;
      }
    }
    return bestLabel == null ? DEFAULT : bestLabel;
  }
}
