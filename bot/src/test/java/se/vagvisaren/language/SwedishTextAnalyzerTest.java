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
}
