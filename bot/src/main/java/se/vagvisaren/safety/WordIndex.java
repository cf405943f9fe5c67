package se.vagvisaren.safety;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.vagvisaren.language.AnalyzedText;
import se.vagvisaren.language.SwedishTextAnalyzer;
import se.vagvisaren.language.Token;

/**
 * Finds, for one message, which pattern words occur at which token positions.
 *
 * <p>Exact words match a token's folded form or folded stem; prefixes match the start of the
 * folded form; words of {@value #FUZZY_MIN} letters or more also match with one typo (five-letter words gave real
 * false alarms: "krävs" is one letter from "kvävs") (an insert,
 * delete, substitution or swap of neighbours). Typos are found with a symmetric-delete index
 * (every word and its one-letter deletions), so a message costs a few hash lookups per token
 * instead of an edit-distance run against every word; Lucene's automata answer "does this token
 * match this one word", not "which of 2,000 words does it match".
 */
final class WordIndex {
  static final int FUZZY_MIN = 6;
  static final boolean STEMS = Boolean.parseBoolean(System.getProperty("vagvisaren.safety.stems", "true"));

  private final Map<String, List<Integer>> exact = new HashMap<>();
  private final Map<String, List<Integer>> prefixes = new HashMap<>();
  private final Map<String, List<Integer>> deletes = new HashMap<>();
  private final List<String> fuzzyWords = new ArrayList<>();
  private final Map<String, Integer> ids = new HashMap<>();
  private int maxPrefix;

  /** Registers a word and returns its id; the same word gets the same id. */
  int add(SignalPattern.Word word, SwedishTextAnalyzer analyzer) {
    String key = (word.prefix() ? "*" : "") + word.text();
    Integer known = ids.get(key);
    if (known != null) return known;
    int id = ids.size();
    ids.put(key, id);
    String folded = SwedishTextAnalyzer.fold(word.text());
    if (word.prefix()) {
      put(prefixes, folded, id);
      maxPrefix = Math.max(maxPrefix, folded.length());
      return id;
    }
    put(exact, folded, id);
    AnalyzedText a = analyzer.analyze(word.text());
    if (STEMS && a.size() == 1) put(exact, a.tokens().get(0).foldedStem(), id);
    while (fuzzyWords.size() <= id) fuzzyWords.add(null);
    if (folded.length() >= FUZZY_MIN) {
      fuzzyWords.set(id, folded);
      put(deletes, folded, id);
      for (int i = 0; i < folded.length(); i++) {
        put(deletes, deleteAt(folded, i), id);
      }
    }
    return id;
  }

  int size() {
    return ids.size();
  }

  /**
   * The pattern words one message contains: {@code at} holds the positions per word id (null for
   * the thousands of words it does not contain), {@code words} the ids it does, ascending.
   */
  record Found(BitSet[] at, int[] words) {}

  Found find(AnalyzedText text) {
    Marks m = new Marks(new BitSet[ids.size()]);
    List<Token> tokens = text.tokens();
    for (int pos = 0; pos < tokens.size(); pos++) {
      Token t = tokens.get(pos);
      String f = t.folded();
      m.mark(exact.get(f), pos);
      if (STEMS && !t.foldedStem().equals(f)) m.mark(exact.get(t.foldedStem()), pos);
      for (int len = 2; len <= Math.min(f.length(), maxPrefix); len++) {
        m.mark(prefixes.get(f.substring(0, len)), pos);
      }
      if (f.length() >= FUZZY_MIN - 1) {
        fuzzy(m, f, deletes.get(f), pos);
        for (int i = 0; i < f.length(); i++) {
          fuzzy(m, f, deletes.get(deleteAt(f, i)), pos);
        }
      }
    }
    int[] words = java.util.Arrays.copyOf(m.words, m.n);
    java.util.Arrays.sort(words);
    return new Found(m.out, words);
  }

  private void fuzzy(Marks m, String token, List<Integer> candidates, int pos) {
    if (candidates == null) return;
    for (int id : candidates) {
      String w = fuzzyWords.get(id);
      if (w != null && (m.out[id] == null || !m.out[id].get(pos)) && withinOneEdit(token, w)) {
        m.mark(id, pos);
      }
    }
  }

  /** Positions found so far, and which word ids have any (in the order first found). */
  private static final class Marks {
    final BitSet[] out;
    int[] words = new int[16];
    int n;

    Marks(BitSet[] out) {
      this.out = out;
    }

    void mark(List<Integer> wordIds, int pos) {
      if (wordIds == null) return;
      for (int id : wordIds) mark(id, pos);
    }

    void mark(int id, int pos) {
      if (out[id] == null) {
        out[id] = new BitSet();
        if (n == words.length) words = java.util.Arrays.copyOf(words, n * 2);
        words[n++] = id;
      }
      out[id].set(pos);
    }
  }

  private static void put(Map<String, List<Integer>> map, String key, int id) {
    List<Integer> list = map.computeIfAbsent(key, k -> new ArrayList<>(1));
    if (!list.contains(id)) list.add(id);
  }

  private static String deleteAt(String s, int i) {
    return s.substring(0, i) + s.substring(i + 1);
  }

  /** Optimal string alignment distance ≤ 1 (one insert, delete, substitution or adjacent swap). */
  static boolean withinOneEdit(String a, String b) {
    int la = a.length();
    int lb = b.length();
    if (Math.abs(la - lb) > 1) return false;
    int i = 0;
    while (i < Math.min(la, lb) && a.charAt(i) == b.charAt(i)) i++;
    if (i == la && i == lb) return true;
    if (la == lb) {
      if (a.substring(i + 1).equals(b.substring(i + 1))) return true; // substitution
      return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
          && a.substring(i + 2).equals(b.substring(i + 2)); // swap
    }
    return la > lb ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
  }
}
