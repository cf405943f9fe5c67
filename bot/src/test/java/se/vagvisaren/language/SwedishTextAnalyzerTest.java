package se.vagvisaren.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SwedishTextAnalyzerTest {
  final SwedishTextAnalyzer a = new SwedishTextAnalyzer();

  @Test
  void keepsDiacriticsAndNegationsAndAddsAFoldedView() {
    AnalyzedText t = a.analyze("Jag får INTE försörjningsstödet");
    assertThat(t.tokens()).extracting(Token::surface).containsExactly("jag", "får", "inte", "försörjningsstödet");
    assertThat(t.tokens().get(1).folded()).isEqualTo("far");
    assertThat(t.tokens().get(3).stem()).isNotEqualTo("försörjningsstödet").startsWith("försörjningsstöd");
  }

  @Test
  void featuresShareCharacterGramsBetweenCompoundsAndTypos() {
    var withDiacritics = java.util.Set.of(Features.of(a.analyze("försörjningsstöd")));
    var without = java.util.Set.of(Features.of(a.analyze("forsorjningsstod")));
    assertThat(withDiacritics).contains("c=sto", "c=tod", "c=od$");
    assertThat(without).contains("c=sto", "c=tod", "c=od$");
    // the folded 3-grams of the compound and of its typo-free spelling are the same
    assertThat(withDiacritics.stream().filter(f -> f.startsWith("c=")).toList())
        .containsExactlyInAnyOrderElementsOf(without.stream().filter(f -> f.startsWith("c=")).toList());
  }

  @Test
  void gappedFeaturesAddWordPairsOneWordApartToThePlainOnes() {
    AnalyzedText t = a.analyze("pappa slår mig igen");
    var plain = java.util.List.of(Features.of(t));
    var gapped = java.util.List.of(Features.withGaps(t));
    assertThat(plain).noneMatch(f -> f.startsWith("g="));
    // pairs of folded stems
    assertThat(gapped).containsAll(plain).contains("g=papp_mig", "g=slar_ige").doesNotHaveDuplicates();
    assertThat(gapped.stream().filter(f -> f.startsWith("g=")).count()).isEqualTo(2); // 4 words, 2 pairs
    assertThat(Features.withGaps(a.analyze("hjälp"))).containsExactlyInAnyOrder(Features.of(a.analyze("hjälp")));
  }
}
