package se.vagvisaren.content;

/**
 * LIX (läsbarhetsindex, Björnsson 1968): words per sentence plus the share of words longer than
 * six letters, in percent. Under 30 is very easy, 40 is ordinary news text, over 50 is hard.
 * No library on Maven Central computes it; the formula is two divisions.
 */
public final class Readability {
  private Readability() {}

  public static double lix(String text) {
    int words = 0;
    int longWords = 0;
    int sentences = 0;
    for (String w : text.split("[\\s/–-]+")) {
      String letters = w.replaceAll("[^\\p{L}]", "");
      if (letters.isEmpty()) continue;
      words++;
      if (letters.length() > 6) longWords++;
      if (w.matches(".*[.!?:]\\W*$")) sentences++;
    }
    if (words == 0) return 0;
    sentences = Math.max(sentences, 1);
    return (double) words / sentences + 100.0 * longWords / words;
  }
}
