package se.vagvisaren.guide;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import se.vagvisaren.content.Intent;
import se.vagvisaren.language.SwedishTextAnalyzer;
import se.vagvisaren.understanding.IntentClassifier;
import se.vagvisaren.understanding.Scored;
import se.vagvisaren.understanding.Understanding;

/**
 * Measures understanding: k-fold cross-validation over the training phrases and the score on
 * the held-out file, with accuracy, macro-F1, out-of-scope recall, persona accuracy and the
 * most confused pairs. Also the safety figures: recall and category accuracy on acute messages,
 * false alarms on everyday questions and on real Swedish sentences.
 */
public final class Evaluation {
  /** One labelled message. {@code persona} may be null. */
  public record Labelled(String text, String intent, String persona) {}

  /** Scores of one run. */
  public record Scores(int n, double accuracy, double macroF1, double oosRecall, int oosN, double personaAccuracy,
      int personaN, Map<String, Map<String, Integer>> confusion, List<String> topConfusions) {}

  /** {@code extraCategory}: of the caught acute messages, the share shown a category the set does not expect. */
  public record SafetyScores(int acuteN, double recall, double categoryCorrect, double extraCategory, int everydayN, double everydayFalseAlarms,
      int corpusN, double corpusFalseAlarms, List<String> missed, List<String> wrongCategory, List<String> falseAlarms) {}

  private Evaluation() {}

  /** Stratified k-fold cross-validation of the intent model over the content's own examples. */
  public static Scores crossValidate(Guide guide, int k, long seed) {
    Map<String, List<String>> byIntent = new LinkedHashMap<>();
    for (Intent i : guide.content().intents().values()) byIntent.put(i.id(), i.examples());
    List<List<Labelled>> folds = new ArrayList<>();
    for (int f = 0; f < k; f++) folds.add(new ArrayList<>());
    Random random = new Random(seed);
    byIntent.forEach((intent, phrases) -> {
      List<String> shuffled = new ArrayList<>(phrases);
      Collections.shuffle(shuffled, random);
      for (int j = 0; j < shuffled.size(); j++) folds.get(j % k).add(new Labelled(shuffled.get(j), intent, null));
    });
    SwedishTextAnalyzer analyzer = guide.analyzer();
    List<String[]> pairs = new ArrayList<>();
    for (int f = 0; f < k; f++) {
      Map<String, List<String>> train = new LinkedHashMap<>();
      for (int g = 0; g < k; g++) {
        if (g == f) continue;
        for (Labelled l : folds.get(g)) train.computeIfAbsent(l.intent(), x -> new ArrayList<>()).add(l.text());
      }
      IntentClassifier model = IntentClassifier.train(train, analyzer);
      for (Labelled l : folds.get(f)) {
        pairs.add(new String[] {l.intent(), predicted(model.rank(analyzer.analyze(l.text())))});
      }
    }
    return score(pairs, List.of());
  }

  /** The guide as it is, on a held-out file. */
  public static Scores heldOut(Guide guide, List<Labelled> data) {
    List<String[]> pairs = new ArrayList<>();
    List<String[]> personas = new ArrayList<>();
    for (Labelled l : data) {
      Classification c = guide.classify(l.text());
      pairs.add(new String[] {l.intent(), c.intent()});
      if (l.persona() != null) personas.add(new String[] {l.persona(), c.persona()});
    }
    return score(pairs, personas);
  }

  static String predicted(List<Scored> ranked) {
    return IntentClassifier.decide(ranked) == Understanding.Decision.OUT_OF_SCOPE
        ? IntentClassifier.OUT_OF_SCOPE : ranked.get(0).id();
  }

  private static Scores score(List<String[]> pairs, List<String[]> personas) {
    Map<String, Map<String, Integer>> confusion = new TreeMap<>();
    int correct = 0;
    int oos = 0;
    int oosHit = 0;
    for (String[] p : pairs) {
      confusion.computeIfAbsent(p[0], x -> new TreeMap<>()).merge(p[1], 1, Integer::sum);
      if (p[0].equals(p[1])) correct++;
      if (p[0].equals(IntentClassifier.OUT_OF_SCOPE)) {
        oos++;
        if (p[1].equals(IntentClassifier.OUT_OF_SCOPE)) oosHit++;
      }
    }
    double f1Sum = 0;
    for (String label : confusion.keySet()) {
      int tp = confusion.get(label).getOrDefault(label, 0);
      int fn = confusion.get(label).values().stream().mapToInt(Integer::intValue).sum() - tp;
      int fp = 0;
      for (var row : confusion.entrySet()) {
        if (!row.getKey().equals(label)) fp += row.getValue().getOrDefault(label, 0);
      }
      double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
      double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
      f1Sum += precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
    List<Map.Entry<String, Integer>> confused = new ArrayList<>();
    confusion.forEach((truth, row) -> row.forEach((pred, n) -> {
      if (!truth.equals(pred)) confused.add(Map.entry(truth + " → " + pred, n));
    }));
    confused.sort((a, b) -> b.getValue() - a.getValue());
    List<String> top = confused.stream().limit(10).map(e -> e.getKey() + " (" + e.getValue() + ")").toList();
    int personaCorrect = (int) personas.stream().filter(p -> p[0].equals(p[1])).count();
    return new Scores(pairs.size(), ratio(correct, pairs.size()), confusion.isEmpty() ? 0 : f1Sum / confusion.size(),
        ratio(oosHit, oos), oos, ratio(personaCorrect, personas.size()), personas.size(), confusion, top);
  }

  /** Safety: acute messages (text → expected categories), everyday questions and corpus sentences. */
  public static SafetyScores safety(Guide guide, Map<String, List<String>> acute, List<String> everyday, List<String> corpus) {
    int caught = 0;
    int exact = 0;
    List<String> missed = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    int extra = 0;
    for (var e : acute.entrySet()) {
      List<String> got = guide.acute(e.getKey());
      String expected = e.getKey() + "  [" + String.join(",", e.getValue()) + "]";
      if (got.isEmpty()) {
        missed.add(expected);
        continue;
      }
      caught++;
      if (!e.getValue().containsAll(got)) extra++;
      if (got.containsAll(e.getValue())) exact++;
      else wrong.add(expected + " → " + got);
    }
    List<String> alarms = new ArrayList<>();
    int everydayAlarms = 0;
    for (String s : everyday) {
      List<String> got = guide.acute(s);
      if (!got.isEmpty()) {
        everydayAlarms++;
        alarms.add(s + "  → " + got);
      }
    }
    int corpusAlarms = 0;
    for (String s : corpus) {
      List<String> got = guide.acute(s);
      if (!got.isEmpty()) {
        corpusAlarms++;
        alarms.add("[corpus] " + s + "  → " + got);
      }
    }
    return new SafetyScores(acute.size(), ratio(caught, acute.size()), ratio(exact, acute.size()), ratio(extra, caught), everyday.size(),
        ratio(everydayAlarms, everyday.size()), corpus.size(), ratio(corpusAlarms, corpus.size()), missed, wrong, alarms);
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }
}
