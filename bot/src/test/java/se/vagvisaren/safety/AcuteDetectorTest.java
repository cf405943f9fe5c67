package se.vagvisaren.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.vagvisaren.content.AcuteCategory;
import se.vagvisaren.language.SwedishTextAnalyzer;

/** The pattern language and matching rules, on small hand-made signal sets. */
class AcuteDetectorTest {
  static final SwedishTextAnalyzer A = new SwedishTextAnalyzer();
  static final LocalDate D = LocalDate.of(2026, 11, 1);

  static AcuteDetector detector(List<String> vald, List<String> valdUnless, List<String> hemloshet) {
    Map<String, AcuteCategory> c = new LinkedHashMap<>();
    c.put("vald", new AcuteCategory("vald", "Våld", "o", D, D, List.of(), vald, valdUnless, List.of(), List.of(), List.of()));
    c.put("hemloshet", new AcuteCategory("hemloshet", "Hemlös", "o", D, D, List.of(), hemloshet, List.of(), List.of(), List.of(), List.of()));
    return new AcuteDetector(c, List.of("vald", "hemloshet"), A);
  }

  final AcuteDetector d = detector(
      List.of("(slår|slog*|slag*) mig", "(pappa|mamma|han|hon) (slår|slog*)", "misshandl*"),
      List.of("slår igenom", "slog upp"),
      List.of("ingenstans ?att sova", "sova ute"));

  List<String> detect(String s) {
    return d.detect(A.analyze(s));
  }

  @Test
  void matchesWordsInOrderWithAtMostThreeBetween() {
    assertThat(detect("han slår mig")).containsExactly("vald");
    assertThat(detect("han slår ofta och hårt på mig")).containsExactly("vald");
    assertThat(detect("mig slår han inte")).as("order matters, but 'han slår' is not there either").isEmpty();
    assertThat(detect("slår en gång till på kvällen mot mig")).as("four words between").isEmpty();
  }

  @Test
  void toleratesMissingDiacriticsTyposAndCase() {
    assertThat(detect("HAN SLAR MIG")).containsExactly("vald");
    assertThat(detect("hon blir misshandlad")).containsExactly("vald");
    assertThat(detect("hon blir mishandlad")).as("a prefix word needs its prefix").isEmpty();
    assertThat(detect("jag har ingenstans att sova")).containsExactly("hemloshet");
    assertThat(detect("jag har ingenstan att sova")).as("one typo in a 5+ letter word").containsExactly("hemloshet");
    assertThat(detect("ingenstans sova")).as("optional word").containsExactly("hemloshet");
  }

  @Test
  void unlessCancelsIdiomsButOtherCategoriesStillFire() {
    assertThat(detect("boken slår igenom")).isEmpty();
    assertThat(detect("vi slog upp tältet")).isEmpty();
    assertThat(detect("pappa slår mig och jag måste sova ute")).containsExactly("vald", "hemloshet");
  }

  @Test
  void explainsWhichSignalFired() {
    assertThat(d.detectWithReasons(A.analyze("han slog mig igår")))
        .containsExactly(new AcuteDetector.Hit("vald", "(slår|slog*|slag*) mig"));
  }

  @Test
  void malformedPatternsAreRejectedWithASwedishMessage() {
    assertThat(SignalPattern.check("(slår|slog")).contains("parentesen");
    assertThat(SignalPattern.check("sl*")).contains("för kort");
    assertThat(SignalPattern.check("e-post")).contains("bokstäver");
    assertThat(SignalPattern.check("?bara")).contains("valfria");
    assertThatThrownBy(() -> SignalPattern.parse("")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void addsPatternsAddACategoryOnlyWhereTheirOwnFired() {
    Map<String, AcuteCategory> c = new LinkedHashMap<>();
    c.put("akut-fara", new AcuteCategory("akut-fara", "Fara", "o", D, D, List.of(), List.of("(står|har) (en|med) kniv"),
        List.of(), List.of(), List.of(), List.of(), Map.of(), Map.of()));
    c.put("vald", new AcuteCategory("vald", "Våld", "o", D, D, List.of(), List.of("slår mig"), List.of("slår igenom"),
        List.of(), List.of(), List.of(), Map.of(), Map.of("akut-fara", List.of("(kniv|kniven)"))));
    AcuteDetector adds = new AcuteDetector(c, List.of("akut-fara", "vald"), A);
    assertThat(adds.detect(A.analyze("han slår mig med kniven"))).containsExactly("akut-fara", "vald");
    assertThat(adds.detect(A.analyze("han slår mig"))).containsExactly("vald");
    assertThat(adds.detect(A.analyze("jag köpte en ny kniv"))).as("vald did not fire").isEmpty();
    assertThat(adds.detectWithReasons(A.analyze("han slår mig med kniven")).get(0).signal())
        .isEqualTo("(tillsammans med vald) (kniv|kniven)");
  }
}
