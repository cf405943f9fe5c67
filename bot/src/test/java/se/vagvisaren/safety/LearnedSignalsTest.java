package se.vagvisaren.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.vagvisaren.content.AcuteCategory;
import se.vagvisaren.language.SwedishTextAnalyzer;

/**
 * The learned half of the safety stage on a small hand-made category: it adds what the signals
 * miss, it may overrule a signal on a message like the content owners' non-acute ones, and an
 * unless pattern overrules it.
 */
class LearnedSignalsTest {
  static final SwedishTextAnalyzer A = new SwedishTextAnalyzer();
  static final LocalDate D = LocalDate.of(2026, 11, 1);

  static final List<String> EXAMPLES = List.of(
      "han tar i mig hårt när han är full", "det gör ont när han blir arg", "han tar strypgrepp på mig",
      "jag har blåmärken efter honom igen", "han tar i mig så jag får märken", "min sambo tar i mig hårt",
      "pappa tar i mig när han är arg", "han trycker upp mig mot väggen", "han drar mig i håret",
      "jag är rädd för honom han tar i mig", "mamma får blåmärken av honom", "han kastade mig i golvet",
      "han tar tag i min hals", "det gör ont i armen han vred den", "han tar i barnen hårt",
      "jag gömmer mig när han blir arg", "han bankar på mig", "han tar i mig igen ikväll");
  static final List<String> NOT_ACUTE = List.of(
      "vilket stöd finns för den som är utsatt", "vad räknas som psykiskt", "hur anmäler man oro för ett barn",
      "vilket stöd finns för anhöriga", "vad är våld i nära relation", "jag skriver en uppsats om våld",
      "vilket stöd finns för våldsutsatta kvinnor", "vilket stöd finns för män", "hur fungerar skyddat boende",
      "vilket stöd finns för barn som sett våld", "jag vill bli volontär på en kvinnojour", "vilka rutiner har skolan",
      "vilket stöd finns för den som slår sin partner", "vad säger lagen om barnaga", "statistik om våld i sverige",
      "vilket stöd finns för unga", "vad gör socialtjänsten vid oro", "vilket stöd finns för föräldrar");
  static final List<String> EVERYDAY = List.of(
      "hur ansöker jag om försörjningsstöd", "när har ni öppet", "jag vill bli familjehem", "hej", "tack för hjälpen",
      "jag har skulder", "hur får man hemtjänst", "var ligger socialkontoret", "min mamma behöver hjälp hemma",
      "jag vill klaga på min handläggare", "kan jag vara anonym", "vad är lss", "jag behöver en kontaktperson");

  static AcuteDetector detector(List<String> unless) {
    Map<String, AcuteCategory> c = new LinkedHashMap<>();
    c.put("vald", new AcuteCategory("vald", "Våld", "o", D, D, List.of(), List.of("(slår|slog) (mig|henne)", "vilket stöd finns för"),
        unless, List.of("han slår mig"), List.of(), EXAMPLES));
    return new AcuteDetector(c, List.of("vald"), A, NOT_ACUTE, EVERYDAY);
  }

  static List<String> detect(AcuteDetector d, String s) {
    return d.detect(A.analyze(s));
  }

  @Test
  void catchesWhatNoSignalMatches() {
    AcuteDetector d = detector(List.of());
    assertThat(detect(d, "han tar i mig hårt varje kväll")).containsExactly("vald");
    assertThat(detect(d, "hur ansöker jag om hemtjänst")).isEmpty();
  }

  @Test
  void overrulesASignalOnAMessageLikeTheNonAcuteOnes() {
    AcuteDetector d = detector(List.of());
    // "vilket stöd finns för" is a deliberately bad signal: the model has seen many such questions
    assertThat(detect(d, "vilket stöd finns för anhöriga till äldre")).isEmpty();
    assertThat(detect(d, "han slår mig")).as("a real report keeps its signal").containsExactly("vald");
  }

  @Test
  void aCertainSignalIsNeverOverruled() {
    Map<String, AcuteCategory> c = new LinkedHashMap<>();
    c.put("vald", new AcuteCategory("vald", "Våld", "o", D, D, List.of(), List.of("(slår|slog) (mig|henne)"),
        List.of(), List.of("han slår mig"), List.of(), EXAMPLES, Map.of(), Map.of(), List.of("vilket stöd finns för")));
    AcuteDetector d = new AcuteDetector(c, List.of("vald"), A, NOT_ACUTE, EVERYDAY);
    // the same deliberately bad signal as above, now marked certain: the model's veto no longer applies
    assertThat(detect(d, "vilket stöd finns för anhöriga till äldre")).containsExactly("vald");
    assertThat(d.detectWithReasons(A.analyze("vilket stöd finns för anhöriga till äldre")).get(0).signal())
        .isEqualTo("vilket stöd finns för");
  }

  @Test
  void anUnlessPatternOverrulesTheModelToo() {
    assertThat(detect(detector(List.of("tar i mig hårt i matchen")), "han tar i mig hårt i matchen")).isEmpty();
    assertThat(detect(detector(List.of()), "han tar i mig hårt i matchen")).containsExactly("vald");
  }

  @Test
  void crossValidationHoldsEachSampleOutOnceAndSeparatesTheCategory() {
    Map<String, AcuteCategory> c = new LinkedHashMap<>();
    c.put("vald", new AcuteCategory("vald", "Våld", "o", D, D, List.of(), List.of("(slår|slog) (mig|henne)"),
        List.of(), List.of("han slår mig"), List.of(), EXAMPLES));
    AcuteDetector.ModelCrossValidation cv = AcuteDetector.crossValidateLearned(c, A, NOT_ACUTE, EVERYDAY, 3);
    // the examples and the must-catch line; the non-acute lines and every everyday phrase (no signal matches one)
    assertThat(cv.acuteSamples()).isEqualTo(EXAMPLES.size() + 1);
    assertThat(cv.notAcuteSamples()).isEqualTo(NOT_ACUTE.size() + EVERYDAY.size());
    assertThat(cv.recallAtThreePercentFalseAlarms()).isGreaterThanOrEqualTo(cv.recallAtOnePercentFalseAlarms());
    // held-out violence lines still score above most held-out questions about violence
    assertThat(cv.recallAtThreePercentFalseAlarms()).isGreaterThan(0.5);
    assertThat(cv.falseAlarms()).isLessThan(0.2);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> AcuteDetector.crossValidateLearned(c, A, NOT_ACUTE, EVERYDAY, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
