package se.vagvisaren.understanding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.ThreadSafeLanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import se.vagvisaren.language.AnalyzedText;
import se.vagvisaren.language.Token;

/**
 * Swedish or English? OpenNLP's language detector (langdetect-183) for messages of three words
 * or more; for shorter ones it has too little to go on, so a handful of unambiguous English
 * words decide ("hi", "thanks", "help").
 */
public final class LanguageGuesser {
  private static final String MODEL = "/langdetect-183.bin";
  private static final Set<String> ENGLISH_SHORT = Set.of("hi", "hello", "thanks", "thank", "you", "help", "please",
      "bye", "goodbye", "yes", "no", "ok", "okay", "what", "who", "how", "why", "where", "the", "is", "are", "i",
      "me", "my", "food", "money", "hey");
  private static final Set<String> SWEDISH_SHORT = Set.of("hej", "tack", "ja", "nej", "hjälp", "jag", "är", "och", "vad");
  /** Common Swedish function words: a message with two of them and no English ones is Swedish. */
  private static final Set<String> SWEDISH_COMMON = Set.of("jag", "och", "är", "e", "det", "att", "inte", "har", "min", "mitt",
      "mina", "vad", "hur", "kan", "man", "om", "för", "på", "med", "en", "ett", "som", "till", "av", "vi", "han", "hon",
      "mig", "mej", "ja", "nej", "vill", "får", "finns", "soc", "någon", "nån", "inget", "hjälp", "behöver", "ska", "måste",
      "sig", "hos", "eller", "men", "var", "när", "mamma", "pappa", "barn", "sin", "sitt", "dom", "de", "du", "dig");
  private static final Set<String> ENGLISH_COMMON = Set.of("the", "and", "is", "i", "my", "you", "to", "of", "a", "in",
      "what", "how", "can", "do", "not", "have", "need", "want", "with", "for", "me", "it", "he", "she", "we", "are", "there");
  private static volatile LanguageDetectorModel model;

  private static LanguageDetectorModel model() {
    if (model == null) {
      synchronized (LanguageGuesser.class) {
        if (model == null) {
          try (InputStream in = LanguageGuesser.class.getResourceAsStream(MODEL)) {
            if (in == null) throw new IllegalStateException("the OpenNLP language model is missing: " + MODEL);
            model = new LanguageDetectorModel(in);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }
    }
    return model;
  }

  /** Loads the model now (it takes about a second), so the first resident does not wait. */
  public static void warmUp() {
    model();
  }

  /** "en" or "sv". */
  public String guess(String raw, AnalyzedText text) {
    if (text.size() == 0) return "sv";
    if (text.size() < 3) {
      boolean english = false;
      for (Token t : text.tokens()) {
        if (SWEDISH_SHORT.contains(t.surface())) return "sv";
        english |= ENGLISH_SHORT.contains(t.surface());
      }
      return english ? "en" : "sv";
    }
    int swedish = 0;
    int english = 0;
    for (Token t : text.tokens()) {
      if (SWEDISH_COMMON.contains(t.surface())) swedish++;
      if (ENGLISH_COMMON.contains(t.surface())) english++;
    }
    if (swedish >= 2 && english == 0) return "sv"; // clear case: spare the 103-language model
    Language best = detector().predictLanguage(raw);
    return "eng".equals(best.getLang()) ? "en" : "sv";
  }

  private static volatile ThreadSafeLanguageDetectorME detector;

  private static ThreadSafeLanguageDetectorME detector() {
    if (detector == null) {
      synchronized (LanguageGuesser.class) {
        if (detector == null) detector = new ThreadSafeLanguageDetectorME(model());
      }
    }
    return detector;
  }
}
