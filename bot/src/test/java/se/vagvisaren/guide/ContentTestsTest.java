package se.vagvisaren.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import se.vagvisaren.content.Problem;

/**
 * The repository's own content: valid, and every conversation test and must-catch/must-not
 * example of the content owners passes (the same as ./vagvisaren validate and ./vagvisaren test).
 */
class ContentTestsTest {
  @Test
  void theShippedContentIsValidAndPassesItsOwnTests() {
    GuideLoader.Loaded l = GuideLoader.load(Path.of(System.getProperty("vagvisaren.root")), Clock.systemUTC(), true);
    assertThat(l.problems().stream().filter(Problem::isError).map(Problem::toString)).isEmpty();
    assertThat(l.tests().failures()).extracting(Object::toString).isEmpty();
    assertThat(l.tests().tests()).isGreaterThanOrEqualTo(l.guide().content().intents().size());
    assertThat(l.guide().content().nonAcuteExamples()).as("intents/akut/inte-akut.yaml is read").hasSizeGreaterThan(300);
    assertThat(l.tests().falseAlarms()).as("known false alarms are few and only warnings")
        .hasSizeLessThan(l.guide().content().nonAcuteExamples().size() / 20);

    // a reload with the same training data keeps the trained models (fast hot reload)
    Guide again = Guide.build(l.guide().content(), l.guide());
    assertThat(again.safety()).isSameAs(l.guide().safety());
    assertThat(again.classify("hur ansöker jag om försörjningsstöd")).isEqualTo(l.guide().classify("hur ansöker jag om försörjningsstöd"));
  }
}
