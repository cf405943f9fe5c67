package se.vagvisaren.understanding;

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
  /** How much the usual persona of the recognised intent weighs in (tuned with `vagvisaren eval`). */
  static final double INTENT_PRIOR = Double.parseDouble(System.getProperty("vagvisaren.persona.intentPrior", "4.0"));
  /** Most residents want to understand: the base rate of "Vill förstå". */
  static final double DEFAULT_PRIOR = Double.parseDouble(System.getProperty("vagvisaren.persona.defaultPrior", "2.5"));
  static final double PREVIOUS_PRIOR = 1.3;

  private final MaxentClassifier model;

  private PersonaClassifier(MaxentClassifier model) {
    this.model = model;
  }

  public static PersonaClassifier train(Map<String, List<String>> examples, SwedishTextAnalyzer analyzer) {
return new PersonaClassifier(MaxentClassifier.trainOnTexts(examples, analyzer));
  }

  /**
   * @param acute         the message signals an emergency (the safety stage decides "Hjälp mig nu!")
   * @param topicPersona  the usual persona of the recognised intent; null when the intent is unsure
   * @param neutral       the message is a greeting, thanks, a question about the guide or out of scope
   * @param previous      the persona so far in this conversation, or null
   */
  public String persona(AnalyzedText text, boolean acute, String topicPersona, boolean neutral, String previous) {
    if (acute) return ACUTE;
    if (neutral) return previous == null ? DEFAULT : previous;
    double[] p = model.eval(Features.of(text));
    double bestScore = -1;
    String bestLabel = DEFAULT;
    for (int i = 0; i < p.length; i++) {
      String label = model.label(i);
      if (label.equals(ACUTE)) continue; // only the safety stage makes someone "Hjälp mig nu!"
      double prior = label.equals(DEFAULT) ? DEFAULT_PRIOR : 1.0;
      if (label.equals(topicPersona)) prior *= INTENT_PRIOR;
      if (label.equals(previous)) prior *= PREVIOUS_PRIOR;
      double s = p[i] * prior;
      if (s > bestScore) {
        bestScore = s;
        bestLabel = label;
      }
    }
    return bestLabel;
  }
}
