package se.vagvisaren.safety;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.vagvisaren.content.AcuteCategory;
import se.vagvisaren.language.AnalyzedText;
import se.vagvisaren.language.SwedishTextAnalyzer;

/**
 * The safety stage: which acute categories a message signals, from the content owners' signal
 * patterns. It runs on every message and never looks at intent confidence.
 *
 * <p>A category fires when one of its signals matches and none of its {@code unless} patterns
 * (expository or idiomatic uses, e.g. "slår igenom") matches the same message. Immutable and
 * thread-safe once built.
 */
public final class AcuteDetector {
  /** A category that fired and the signal that fired it (for content owners' explanations). */
  public record Hit(String category, String signal) {}

  /**
   * {@code adds}: for an {@code adds:} pattern, the category it adds to a message where {@code category} fired;
   * {@code certain}: a {@code certain:} signal, whose match the learned model cannot overrule.
   */
  private record Compiled(String category, SignalPattern pattern, int[][] wordIds, boolean[] optional, boolean unless,
      String adds, boolean certain) {}

  private final WordIndex words = new WordIndex();
  private final List<Compiled> patterns = new ArrayList<>();
  /** The {@code adds:} patterns, tried only on messages where their own category fired. */
  private final List<Compiled> adders = new ArrayList<>();
  /** For each word id, the patterns indexed by it (see {@link #index}). */
  private final int[][] patternsByWord;
  /** Everyday phrases used to estimate how common each pattern word is. */
  private static final int FREQUENCY_SAMPLE = 400;
  private final List<String> order;
  private final LearnedSignals learned;

  /** Patterns only. */
  public AcuteDetector(Map<String, AcuteCategory> categories, List<String> order, SwedishTextAnalyzer analyzer) {
    this(categories, order, analyzer, List.of(), List.of());
  }

  /**
   * Patterns plus the learned model, trained on the categories' examples and on {@code everyday}
   * phrases (what residents write about ordinary matters) and {@code nonAcute} (messages content
   * owners have marked as not acute, intents/akut/inte-akut.yaml).
   */
  public AcuteDetector(Map<String, AcuteCategory> categories, List<String> order, SwedishTextAnalyzer analyzer,
      List<String> nonAcute, List<String> everyday) {
    this.order = List.copyOf(order);
    for (AcuteCategory c : categories.values()) {
      for (String s : c.signals()) patterns.add(compile(c.id(), s, false, analyzer, null, false));
      for (String s : c.certain()) patterns.add(compile(c.id(), s, false, analyzer, null, true));
      for (String s : c.unless()) patterns.add(compile(c.id(), s, true, analyzer, null, false));
      c.adds().forEach((other, list) -> list.forEach(s -> adders.add(compile(c.id(), s, false, analyzer, other, false))));
    }
    this.patternsByWord = index(everyday, analyzer);
    this.learned = everyday.isEmpty() ? null : LearnedSignals.train(categories, nonAcute, everyday, this, analyzer);
  }

  /**
   * The learned model alone, cross-validated over its own training samples (a sample is held out
   * with its {@code also:} label; repeated must-not lines count once; everyday phrases that a
   * signal calls acute count as acute samples, as they do in training). Shares:
   *
   * @param recall      held-out acute samples the model alone calls acute (threshold or mass rule)
   * @param topCategory held-out acute samples whose most likely category is their own
   * @param falseAlarms held-out not-acute samples the model calls acute
   * @param recallAtOnePercentFalseAlarms recall when the threshold on the most likely category lets
   *                    1 % of the held-out not-acute samples through: compares model variants
   *                    independently of the chosen threshold
   * @param recallAtThreePercentFalseAlarms the same at 3 % (near where the chosen threshold works)
   */
  public record ModelCrossValidation(int folds, int acuteSamples, int notAcuteSamples, double recall, double topCategory,
      double falseAlarms, double recallAtOnePercentFalseAlarms, double recallAtThreePercentFalseAlarms) {}

  /**
   * The learned model alone, cross-validated over its own training data in {@code folds} folds
   * (for `vagvisaren eval`: how well it generalises within the content, and to compare variants).
   */
  public static ModelCrossValidation crossValidateLearned(Map<String, AcuteCategory> categories, SwedishTextAnalyzer analyzer,
      List<String> nonAcute, List<String> everyday, int folds) {
    AcuteDetector patterns = new AcuteDetector(categories, List.copyOf(categories.keySet()), analyzer);
    return LearnedSignals.crossValidate(LearnedSignals.samples(categories, nonAcute, everyday, patterns, analyzer), folds, 42);
  }

  private Compiled compile(String category, String source, boolean unless, SwedishTextAnalyzer analyzer, String adds,
      boolean certain) {
    SignalPattern p = SignalPattern.parse(source);
    int[][] ids = new int[p.elements().size()][];
    boolean[] optional = new boolean[ids.length];
    for (int i = 0; i < ids.length; i++) {
      SignalPattern.Element e = p.elements().get(i);
      ids[i] = e.alternatives().stream().mapToInt(w -> words.add(w, analyzer)).toArray();
      optional[i] = e.optional();
    }
    return new Compiled(category, p, ids, optional, unless, adds, certain);
  }

  /**
   * Every required element must occur for a match, so indexing a pattern by one of them finds
   * every candidate. Take the one that occurs least often in everyday phrases ("(han|hon|pappa*)
   * (slår|slog)" is indexed by "slår|slog", not by "han"), so that common words like "jag", "han",
   * "mig" do not make every message try hundreds of patterns; without everyday phrases, the
   * element whose shortest word is longest.
   */
  private int[][] index(List<String> everyday, SwedishTextAnalyzer analyzer) {
    int[] frequency = new int[words.size()];
    for (String phrase : everyday.subList(0, Math.min(everyday.size(), FREQUENCY_SAMPLE))) {
      BitSet[] found = words.find(analyzer.analyze(phrase)).at();
      for (int w = 0; w < found.length; w++) {
        if (found[w] != null) frequency[w]++;
      }
    }
    List<List<Integer>> byWord = new ArrayList<>();
    for (int w = 0; w < words.size(); w++) byWord.add(new ArrayList<>());
    for (int index = 0; index < patterns.size(); index++) {
      Compiled c = patterns.get(index);
      int best = -1;
      long bestCost = Long.MAX_VALUE;
      for (int i = 0; i < c.wordIds().length; i++) {
        if (c.optional()[i]) continue;
        long often = 0;
        for (int id : c.wordIds()[i]) often += frequency[id];
        int shortest = c.pattern().elements().get(i).alternatives().stream().mapToInt(w -> w.text().length()).min().orElse(0);
        long cost = often * 100 + (100 - Math.min(shortest, 99)); // frequency first, then length
        if (cost < bestCost) {
          best = i;
          bestCost = cost;
        }
      }
      if (best >= 0) {
        for (int id : c.wordIds()[best]) byWord.get(id).add(index);
      }
    }
    int[][] out = new int[byWord.size()][];
    for (int w = 0; w < out.length; w++) out[w] = byWord.get(w).stream().mapToInt(Integer::intValue).toArray();
    return out;
  }

  /** The acute categories of a message, in taxonomy order; empty when nothing is acute. */
  public List<String> detect(AnalyzedText text) {
    return detectWithReasons(text).stream().map(Hit::category).toList();
  }

  public List<Hit> detectWithReasons(AnalyzedText text) {
    return detectWithReasons(text, true);
  }

  /** The categories the signals alone fire (no {@code adds:}); the learned model is not trained yet. */
  List<String> signalled(AnalyzedText text) {
    return detectWithReasons(text, false).stream().map(Hit::category).toList();
  }

  private List<Hit> detectWithReasons(AnalyzedText text, boolean withAdds) {
    if (text.size() == 0) return List.of();
    WordIndex.Found found = words.find(text);
    BitSet[] positions = found.at();
    Map<String, Compiled> fired = new LinkedHashMap<>(); // category → the signal that fired it (a certain: one if any)
    Set<String> cancelled = new HashSet<>();
    BitSet tried = new BitSet(patterns.size());
    for (int w : found.words()) { // the few pattern words in the message, not the whole index
      for (int index : patternsByWord[w]) {
        if (tried.get(index)) continue;
        tried.set(index);
        Compiled c = patterns.get(index);
        Compiled before = fired.get(c.category());
        boolean settled = c.unless() ? cancelled.contains(c.category())
            : before != null && (before.certain() || !c.certain()); // only a certain: signal can improve a match
        if (settled || !matches(c, positions)) continue;
        if (c.unless()) cancelled.add(c.category());
        else fired.put(c.category(), c);
      }
    }
    LearnedSignals.Verdict verdict = learned == null ? null : learned.judge(text);
    Map<String, String> reasons = new HashMap<>(); // category → why it fired
    for (String category : order) {
      if (cancelled.contains(category)) continue; // unless overrules the model too
      Compiled signal = fired.get(category);
      if (signal != null && (verdict == null || signal.certain() || !verdict.vetoes(category))) {
        reasons.put(category, signal.pattern().source());
      } else if (verdict != null && verdict.confident(category)) {
        reasons.put(category, "(inlärd modell)");
      }
    }
    if (reasons.isEmpty() && verdict != null) {
      verdict.acuteMass().filter(c -> !cancelled.contains(c)).ifPresent(c -> reasons.put(c, "(inlärd modell)"));
    }
    if (withAdds) { // "sjalvmord" + "tagit alla tabletter" is akut-fara too
      Set<String> before = Set.copyOf(reasons.keySet()); // an added category adds nothing further
      for (Compiled a : adders) {
        if (before.contains(a.category()) && !reasons.containsKey(a.adds()) && !cancelled.contains(a.adds())
            && matches(a, positions)) {
          reasons.put(a.adds(), "(tillsammans med " + a.category() + ") " + a.pattern().source());
        }
      }
    }
    if (!reasons.isEmpty() && verdict != null) {
      String first = order.stream().filter(reasons::containsKey).findFirst().orElseThrow();
      for (String category : order) {
        if (!cancelled.contains(category) && !reasons.containsKey(category) && verdict.alsoLikely(category)) {
          reasons.put(category, "(inlärd modell, tillsammans med " + first + ")");
        }
      }
    }
    return order.stream().filter(reasons::containsKey).map(c -> new Hit(c, reasons.get(c))).toList();
  }

  /**
   * The learned model's three most likely answers for a message ("-" is "not acute"), rounded to
   * two decimals, most likely first; empty when no model is trained. For `classify --explain`.
   */
  public Map<String, Double> learnedTop(AnalyzedText text) {
    Map<String, Double> out = new LinkedHashMap<>();
    if (learned == null || text.size() == 0) return out;
    learned.judge(text).ranked().stream().limit(3)
        .forEach(e -> out.put(e.getKey(), Math.round(e.getValue() * 100) / 100.0));
    return out;
  }

  /** In-order match with at most MAX_GAP words between consecutive matched elements. */
  private static boolean matches(Compiled c, BitSet[] positions) {
    BitSet frontier = null; // null: the pattern has not started, any position may begin it
    for (int i = 0; i < c.wordIds().length; i++) {
      BitSet candidates = new BitSet();
      for (int id : c.wordIds()[i]) {
        if (positions[id] != null) candidates.or(positions[id]);
      }
      BitSet next;
      if (frontier == null) {
        next = candidates;
      } else {
        next = new BitSet();
        for (int q = candidates.nextSetBit(0); q >= 0; q = candidates.nextSetBit(q + 1)) {
          int from = Math.max(0, q - 1 - SignalPattern.MAX_GAP);
          int p = frontier.nextSetBit(from);
          if (p >= 0 && p < q) next.set(q);
        }
      }
      if (c.optional()[i]) {
        if (frontier == null) continue; // a skipped optional start leaves the pattern unstarted
        next.or(frontier);
      }
      if (next.isEmpty()) return false;
      frontier = next;
    }
    return frontier != null;
  }
}
