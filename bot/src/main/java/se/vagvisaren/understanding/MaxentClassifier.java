package se.vagvisaren.understanding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.AbstractEventTrainer;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * A maximum-entropy (multinomial logistic regression) classifier over sparse features. By default
 * trained with {@link SoftmaxModel} (AdaGrad SGD with L2, which keeps the probabilities usable as
 * confidence); OpenNLP's trainers can be selected for comparison. Immutable.
 */
public final class MaxentClassifier {
  /**
   * "SGD" (default, {@link SoftmaxModel}) or an OpenNLP trainer: "MAXENT" (GIS), "MAXENT_QN" (L-BFGS).
   * Epochs, rate and L2 were chosen with `vagvisaren eval` on the development sets.
   */
  static final String ALGORITHM = System.getProperty("vagvisaren.maxent.algorithm", "SGD");
  /**
   * 6 passes, the model being the mean of the weights after the last 3 (see {@link SoftmaxModel}):
   * as accurate as 10 plain passes (development 93.5 % vs 93.8 %, the session-2 blind set 87.9 % vs
   * 87.5 %; 2026-11-23) in 60 % of the training time, which keeps the cold start under 5 s.
   */
  static final int EPOCHS = Integer.getInteger("vagvisaren.sgd.epochs", 6);
  static final int AVERAGED = Integer.getInteger("vagvisaren.sgd.averaged", 3);
  static final double RATE = Double.parseDouble(System.getProperty("vagvisaren.sgd.rate", "0.1"));
  static final double SGD_L2 = Double.parseDouble(System.getProperty("vagvisaren.sgd.l2", "0.03"));
  static final double L2 = Double.parseDouble(System.getProperty("vagvisaren.maxent.l2", "0.1"));
  static final int ITERATIONS = Integer.getInteger("vagvisaren.maxent.iterations", 100);
  static final int CUTOFF = Integer.getInteger("vagvisaren.maxent.cutoff", 1);
  static final int THREADS = Integer.getInteger("vagvisaren.maxent.threads", 1);

  private final MaxentModel model; // OpenNLP, or null
  private final SoftmaxModel softmax; // SGD, or null
  private final String[] labels;

  private MaxentClassifier(MaxentModel model) {
    this.model = model;
    this.softmax = null;
    this.labels = new String[model.getNumOutcomes()];
    for (int i = 0; i < labels.length; i++) labels[i] = model.getOutcome(i);
  }

  private MaxentClassifier(SoftmaxModel softmax) {
    this.model = null;
    this.softmax = softmax;
    this.labels = new String[softmax.size()];
    for (int i = 0; i < labels.length; i++) labels[i] = softmax.label(i);
  }

  /**
   * A labelled example; {@code weight} counts it that many times (a whole number, at least 1).
   * {@code also}: further labels the same text has (multi-label training, see {@link #trainMultiLabel}).
   */
  public record Sample(String label, String[] features, int weight, List<String> also) {
    public Sample {
      also = List.copyOf(also);
    }

    public Sample(String label, String[] features, int weight) {
      this(label, features, weight, List.of());
    }

    public Sample(String label, String[] features) {
      this(label, features, 1);
    }
  }

  /**
   * One independent yes/no model per label, trained together (sigmoid instead of softmax): the
   * probabilities do not sum to one, so a text can be likely in two labels at once. Always SGD.
   */
  public static MaxentClassifier trainMultiLabel(List<Sample> samples, int epochs, int averaged) {
    return new MaxentClassifier(SoftmaxModel.train(samples, epochs, averaged, RATE, SGD_L2, true));
  }

  /** A text with further labels counts once for each of its labels (single-label training). */
  private static List<Sample> singleLabel(List<Sample> samples) {
    if (samples.stream().allMatch(s -> s.also().isEmpty())) return samples;
    List<Sample> out = new ArrayList<>(samples.size());
    for (Sample s : samples) {
      out.add(s.also().isEmpty() ? s : new Sample(s.label(), s.features(), s.weight()));
      for (String l : s.also()) out.add(new Sample(l, s.features(), s.weight()));
    }
    return out;
  }

  /** Trains on labelled texts (label → texts), each analysed into features. */
  static MaxentClassifier trainOnTexts(Map<String, List<String>> texts, se.vagvisaren.language.SwedishTextAnalyzer analyzer) {
    List<Sample> samples = new ArrayList<>();
    texts.forEach((label, list) -> {
      for (String t : list) samples.add(new Sample(label, se.vagvisaren.language.Features.of(analyzer.analyze(t))));
    });
    return train(samples);
  }

  /** The intent and persona models: the default passes, averaging and L2. */
  public static MaxentClassifier train(List<Sample> samples) {
    return train(samples, ITERATIONS, EPOCHS, AVERAGED, SGD_L2);
  }

  /**
   * @param iterations passes of OpenNLP's GIS (when selected)
   * @param epochs     passes of the default SGD trainer
   * @param averaged   SGD: average the weights of the last this many epochs (see {@link SoftmaxModel})
   * @param l2         SGD: the L2 penalty
   */
  public static MaxentClassifier train(List<Sample> given, int iterations, int epochs, int averaged, double l2) {
    List<Sample> samples = singleLabel(given);
    if (ALGORITHM.equals("SGD")) {
      return new MaxentClassifier(SoftmaxModel.train(samples, epochs, averaged, RATE, l2, false));
    }
    List<Event> events = new ArrayList<>(samples.size());
    for (Sample s : samples) {
      for (int i = 0; i < s.weight(); i++) events.add(new Event(s.label(), s.features()));
    }
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, ALGORITHM);
    params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
    params.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
    params.put(TrainingParameters.THREADS_PARAM, THREADS);
    params.put(AbstractEventTrainer.DATA_INDEXER_PARAM, AbstractEventTrainer.DATA_INDEXER_ONE_PASS_VALUE); // in memory
    params.put(QNTrainer.L2COST_PARAM, L2);
    params.put("PrintMessages", false);
    Map<String, String> report = new HashMap<>();
    EventTrainer trainer = TrainerFactory.getEventTrainer(params, report);
    try {
      return new MaxentClassifier(trainer.train(ObjectStreamUtils.createObjectStream(events)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String label(int i) {
    return labels[i];
  }

  public int size() {
    return labels.length;
  }

  /** Probabilities, index i for {@link #label(int) label(i)}. */
  public double[] eval(String[] features) {
    return softmax != null ? softmax.eval(features) : model.eval(features);
  }
}
