package se.vagvisaren.understanding;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Multinomial logistic regression over sparse binary features — the same model as OpenNLP's
 * maxent — trained with AdaGrad stochastic gradient descent and a small L2 penalty.
 *
 * <p>Why not OpenNLP's own trainers: GIS needed 5–7 s per model on this content from a cold JVM
 * (100 passes, each evaluating every event), which broke the 5-second start-up goal; its L-BFGS
 * trainer was slower still. A few SGD passes reach the same held-out accuracy in a fraction of
 * the time. OpenNLP's GIS stays selectable ({@code -Dvagvisaren.maxent.algorithm=MAXENT}) so the
 * two can be compared with {@code vagvisaren eval}. Immutable after training; thread-safe.
 *
 * <p>Multi-label mode ({@code independent}): one logistic (sigmoid) output per label instead of
 * the softmax, each trained as yes/no on every sample, so a sample may carry several labels and
 * the probabilities need not sum to one.
 */
final class SoftmaxModel {
  private final String[] labels;
  private final Map<String, Integer> featureIds;
  /**
   * weights[feature * labels + label]; the bias is feature 0. Floats: training computes them in
   * float arithmetic, so doubles held the same values in twice the memory, and scoring a message
   * is mostly waiting for memory (about 200 features, each a row of this array).
   */
  private final float[] weights;
  private final boolean independent;

  private SoftmaxModel(String[] labels, Map<String, Integer> featureIds, float[] weights, boolean independent) {
    this.labels = labels;
    this.featureIds = featureIds;
    this.weights = weights;
    this.independent = independent;
  }

  /**
   * @param epochs passes over the samples (in a shuffled order that is the same every run)
   * @param rate   AdaGrad's base learning rate
   * @param l2     L2 penalty per update on the weights an example touches
   * @param independent one sigmoid per label (multi-label, uses {@code Sample.also}) instead of the softmax
   */
  static SoftmaxModel train(List<MaxentClassifier.Sample> samples, int epochs, double rate, double l2, boolean independent) {
    return train(samples, epochs, 1, rate, l2, independent);
  }

  /**
   * @param averaged the model is the mean of the weights at the end of the last {@code averaged}
   *                 epochs (1: the last weights). Averaging smooths the noise of the last SGD steps;
   *                 measured on the safety model (see LearnedSignals#AVERAGED).
   */
  static SoftmaxModel train(List<MaxentClassifier.Sample> samples, int epochs, int averaged, double rate, double l2,
      boolean independent) {
    Map<String, Integer> labelIds = new LinkedHashMap<>();
    Map<String, Integer> featureIds = new HashMap<>(Math.max(16, samples.size() * 16)); // no rehashing
    featureIds.put("", 0); // bias
    int[][] events = new int[samples.size()][];
    int[] gold = new int[samples.size()];
    int[][] more = new int[samples.size()][]; // further labels (multi-label mode)
    double[] weight = new double[samples.size()];
    for (int i = 0; i < samples.size(); i++) {
      MaxentClassifier.Sample s = samples.get(i);
      gold[i] = labelIds.computeIfAbsent(s.label(), k -> labelIds.size());
      more[i] = s.also().stream().mapToInt(l -> labelIds.computeIfAbsent(l, k -> labelIds.size())).toArray();
      weight[i] = s.weight();
      int[] ids = new int[s.features().length + 1];
      int n = 0;
      ids[n++] = 0;
      for (String f : s.features()) {
        // get, then put when new: computeIfAbsent's lambda was an allocation per feature of every
        // sample under the C1 compiler the launcher uses (4 million on the safety model's data)
        Integer id = featureIds.get(f);
        if (id == null) {
          id = featureIds.size();
          featureIds.put(f, id);
        }
        ids[n++] = id;
      }
      events[i] = Arrays.copyOf(ids, n); // the features of one message are distinct (Features.of)
    }
    int k = labelIds.size();
    // weights and AdaGrad's sums of squared gradients side by side, [w, s, w, s, ...]: a
    // feature's row is one contiguous block, which halves the cache misses of the update; floats
    // (not doubles) halve the memory again, for the same figures on the evaluation sets
    float[] ws = new float[featureIds.size() * k * 2];
    double[] p = new double[k];
    float[] gf = new float[k];
    float l2f = (float) l2;
    float ratef = (float) rate;
    int[] order = new int[events.length];
    for (int i = 0; i < order.length; i++) order[i] = i;
    // the same order every run; -Dvagvisaren.sgd.seed=N changes it for every model (intent, persona,
    // safety), to see how much a figure moves with the training order alone
    Random random = new Random(20261123L + Long.getLong("vagvisaren.sgd.seed", 0L));
    int last = Math.max(1, Math.min(averaged, epochs));
    float[] sum = last > 1 ? new float[featureIds.size() * k] : null;
    for (int epoch = 0; epoch < epochs; epoch++) {
      shuffle(order, random);
      for (int e : order) {
        int[] fs = events[e];
        for (int j = 0; j < k; j++) p[j] = 0;
        for (int f : fs) {
          int base = 2 * f * k;
          for (int j = 0; j < k; j++) p[j] += ws[base + 2 * j];
        }
        if (independent) {
          sigmoid(p);
          for (int extra : more[e]) p[extra] -= 1.0;
        } else {
          softmax(p);
        }
        p[gold[e]] -= 1.0; // p now holds the gradient of the log loss per label
        if (weight[e] != 1) {
          for (int j = 0; j < k; j++) p[j] *= weight[e];
        }
        for (int j = 0; j < k; j++) gf[j] = (float) p[j];
        for (int f : fs) {
          int base = 2 * f * k;
          for (int j = 0; j < k; j++) {
            int i = base + 2 * j;
            // float arithmetic (the weights are floats anyway): float division and square root
            // are cheaper than double ones, and this loop is most of the training time
            float g = gf[j] + l2f * ws[i];
            float squares = ws[i + 1] + g * g;
            // a saturated label and a new feature: g is 0 (or its square is below float range),
            // and the step g / sqrt(0) below would be NaN or infinite
            if (squares == 0) continue;
            ws[i + 1] = squares;
            ws[i] -= ratef * g / (float) Math.sqrt(squares);
          }
        }
      }
      if (sum != null && epoch >= epochs - last) {
        for (int i = 0; i < sum.length; i++) sum[i] += ws[2 * i];
      }
    }
    String[] labels = new String[k];
    labelIds.forEach((label, id) -> labels[id] = label);
    float[] w = new float[featureIds.size() * k];
    for (int i = 0; i < w.length; i++) {
      w[i] = sum != null ? sum[i] / last : ws[2 * i];
      if (!Double.isFinite(w[i])) throw new IllegalStateException("training diverged (weight " + w[i] + ")");
    }
    return new SoftmaxModel(labels, java.util.Collections.unmodifiableMap(featureIds), w, independent); // no copy: 0.1 s at start-up
  }

  int size() {
    return labels.length;
  }

  String label(int i) {
    return labels[i];
  }

  /** Probabilities per label; features never seen in training are ignored. */
  double[] eval(String[] features) {
    int[] fs = new int[features.length + 1]; // features of one message are distinct (Features.of)
    int n = 1;
    for (String f : features) {
      Integer id = featureIds.get(f);
      if (id != null) fs[n++] = id;
    }
    double[] p = new double[labels.length];
    scores(weights, Arrays.copyOf(fs, n), labels.length, p);
    if (independent) sigmoid(p);
    else softmax(p);
    return p;
  }

  private static void scores(float[] w, int[] fs, int k, double[] out) {
    Arrays.fill(out, 0);
    for (int f : fs) {
      int base = f * k;
      for (int j = 0; j < k; j++) out[j] += w[base + j];
    }
  }

  private static void softmax(double[] s) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : s) max = Math.max(max, v);
    double sum = 0;
    for (int j = 0; j < s.length; j++) {
      s[j] = Math.exp(s[j] - max);
      sum += s[j];
    }
    for (int j = 0; j < s.length; j++) s[j] /= sum;
  }

  private static void sigmoid(double[] s) {
    for (int j = 0; j < s.length; j++) s[j] = 1.0 / (1.0 + Math.exp(-s[j]));
  }

  private static void shuffle(int[] a, Random random) {
    for (int i = a.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }
}
