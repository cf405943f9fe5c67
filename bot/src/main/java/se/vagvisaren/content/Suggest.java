package se.vagvisaren.content;

import java.util.Collection;
import org.apache.lucene.search.spell.LevenshteinDistance;

/** "Menade du …?" for misspelt keys and ids, using Lucene's Levenshtein similarity. */
final class Suggest {
  private static final LevenshteinDistance DISTANCE = new LevenshteinDistance();
  private static final float MIN_SIMILARITY = 0.6f;

  private Suggest() {}

  /** The closest candidate, or null when nothing is close enough to be a likely typo. */
  static String closest(String wrong, Collection<String> candidates) {
    String best = null;
    float bestScore = MIN_SIMILARITY;
    for (String c : candidates) {
      float score = DISTANCE.getDistance(wrong.toLowerCase(), c.toLowerCase());
      if (score >= bestScore) {
        bestScore = score;
        best = c;
      }
    }
    return best;
  }

  /** " – menade du \"x\"?" or an empty string. */
  static String hint(String wrong, Collection<String> candidates) {
    String c = closest(wrong, candidates);
    return c == null ? "" : " – menade du \"" + c + "\"?";
  }
}
