package se.vagvisaren.understanding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SGD softmax trainer on small problems whose answers are known. */
class SoftmaxModelTest {
  static List<MaxentClassifier.Sample> samples() {
    List<MaxentClassifier.Sample> s = new ArrayList<>();
    // "pengar" decides ekonomi, "barn" decides barn; the other words are noise shared by both
    String[] noise = {"hej", "jag", "undrar", "om", "man", "kan", "få", "hjälp"};
    for (int i = 0; i < 40; i++) {
      String a = noise[i % noise.length];
      String b = noise[(i * 3 + 1) % noise.length];
      s.add(new MaxentClassifier.Sample("ekonomi", new String[] {"pengar", a, b}));
      s.add(new MaxentClassifier.Sample("barn", new String[] {"barn", b, a}));
    }
    return s;
  }

  @Test
  void learnsTheDecidingFeatureAndGivesProbabilities() {
    SoftmaxModel m = SoftmaxModel.train(samples(), 10, 0.1, 0.03, false);
    assertThat(m.size()).isEqualTo(2);
    double[] p = m.eval(new String[] {"pengar", "hej"});
    assertThat(Arrays.stream(p).sum()).isCloseTo(1.0, within(1e-9));
    assertThat(m.label(p[0] > p[1] ? 0 : 1)).isEqualTo("ekonomi");
    double[] q = m.eval(new String[] {"kan", "barn", "okänt-ord"});
    assertThat(m.label(q[0] > q[1] ? 0 : 1)).isEqualTo("barn");
    assertThat(Math.max(q[0], q[1])).as("confident on the deciding word").isGreaterThan(0.8);
  }

  @Test
  void noKnownFeatureGivesNoConfidentAnswer() {
    SoftmaxModel m = SoftmaxModel.train(samples(), 10, 0.1, 0.03, false);
    double[] p = m.eval(new String[] {"helt", "nya", "ord"});
    assertThat(p[0]).isCloseTo(0.5, within(0.1));
  }

  @Test
  void trainingIsReproducible() {
    SoftmaxModel a = SoftmaxModel.train(samples(), 10, 0.1, 0.03, false);
    SoftmaxModel b = SoftmaxModel.train(samples(), 10, 0.1, 0.03, false);
    String[] f = {"pengar", "barn", "undrar"};
    assertThat(a.eval(f)).containsExactly(b.eval(f));
  }

  @Test
  void strongerRegularisationGivesSofterProbabilities() {
    double hard = max(SoftmaxModel.train(samples(), 10, 0.1, 0.0, false).eval(new String[] {"pengar"}));
    double soft = max(SoftmaxModel.train(samples(), 10, 0.1, 0.3, false).eval(new String[] {"pengar"}));
    assertThat(soft).isLessThan(hard);
  }

  @Test
  void averagingTheLastEpochsKeepsTheAnswerAndSoftensIt() {
    // without L2 the deciding weights grow every epoch, so the mean of the last five is smaller
    SoftmaxModel last = SoftmaxModel.train(samples(), 10, 1, 0.1, 0.0, false);
    SoftmaxModel mean = SoftmaxModel.train(samples(), 10, 5, 0.1, 0.0, false);
    String[] f = {"pengar", "hej"};
    assertThat(mean.label(argmax(mean.eval(f)))).isEqualTo("ekonomi").isEqualTo(last.label(argmax(last.eval(f))));
    assertThat(max(mean.eval(f))).isLessThan(max(last.eval(f)));
    assertThat(SoftmaxModel.train(samples(), 10, 1, 0.1, 0.0, false).eval(f))
        .as("averaging one epoch is the plain model").containsExactly(last.eval(f));
  }

  private static int argmax(double[] p) {
    int best = 0;
    for (int i = 1; i < p.length; i++) if (p[i] > p[best]) best = i;
    return best;
  }

  /** "pengar och barn" texts carry both labels: counted once per label, each gets about half. */
  static List<MaxentClassifier.Sample> withBoth() {
    List<MaxentClassifier.Sample> s = new ArrayList<>(samples());
    for (int i = 0; i < 40; i++) {
      s.add(new MaxentClassifier.Sample("ekonomi", new String[] {"bidrag", "barnbidrag"}, 1, List.of("barn")));
      s.add(new MaxentClassifier.Sample("ingen", new String[] {"väder"}));
    }
    return s;
  }

  @Test
  void aTextWithTwoLabelsIsLikelyInBoth() {
    MaxentClassifier single = MaxentClassifier.train(withBoth(), 100, 10, 1, MaxentClassifier.SGD_L2);
    double[] p = single.eval(new String[] {"bidrag", "barnbidrag"});
    assertThat(p[index(single, "ekonomi")]).isCloseTo(0.5, within(0.15));
    assertThat(p[index(single, "barn")]).isCloseTo(0.5, within(0.15));

    MaxentClassifier multi = MaxentClassifier.trainMultiLabel(withBoth(), 10, 1);
    double[] q = multi.eval(new String[] {"bidrag", "barnbidrag"});
    assertThat(q[index(multi, "ekonomi")]).as("independent: each label on its own").isGreaterThan(0.7);
    assertThat(q[index(multi, "barn")]).isGreaterThan(0.7);
    assertThat(q[index(multi, "ingen")]).isLessThan(0.3);
  }

  @Test
  void aSaturatedLabelAndANewFeatureDoNotMakeNaN() {
    // with a large rate "pengar" soon gives ekonomi p = 1.0 exactly; "ny" then first appears with
    // a zero gradient, and AdaGrad's step 0/sqrt(0) must not be taken
    List<MaxentClassifier.Sample> s = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      s.add(new MaxentClassifier.Sample("ekonomi", new String[] {"pengar"}));
      s.add(new MaxentClassifier.Sample("barn", new String[] {"barn"}));
    }
    s.add(new MaxentClassifier.Sample("ekonomi", new String[] {"pengar", "ny"}));
    SoftmaxModel m = SoftmaxModel.train(s, 20, 50.0, 0.0, false);
    assertThat(Arrays.stream(m.eval(new String[] {"pengar", "ny"})).allMatch(Double::isFinite)).isTrue();
    assertThat(Arrays.stream(m.eval(new String[] {"barn"})).allMatch(Double::isFinite)).isTrue();
  }

  private static int index(MaxentClassifier m, String label) {
    for (int i = 0; i < m.size(); i++) if (m.label(i).equals(label)) return i;
    throw new AssertionError(label);
  }

  private static double max(double[] p) {
    return Arrays.stream(p).max().orElseThrow();
  }
}
