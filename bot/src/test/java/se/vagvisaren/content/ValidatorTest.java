package se.vagvisaren.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The validator against fixture files with known mistakes: exact file, line, column and message. */
class ValidatorTest {
  static List<String> problems;
  static ContentLoader.Result result;

  @BeforeAll
  static void load() throws Exception {
    Path dir = Path.of(ValidatorTest.class.getResource("/fixtures/broken").toURI());
    result = new ContentLoader(LocalDate.of(2026, 11, 22)).load(dir);
    problems = result.problems().stream().map(Problem::toString).toList();
  }

  @Test
  void brokenContentGivesNoContentSet() {
    assertThat(result.ok()).isFalse();
  }

  @Test
  void yamlSyntaxErrorsWithPlaceAndPlainSwedish() {
    assertThat(problems).contains(
        "intents/bostad.yaml:4:11: YAML-fel: ett kolon på fel ställe. Sätt texten inom citattecken om den innehåller \": \"",
        "intents/oro-for-barn.yaml:15:33: YAML-fel: en { } eller [ ] stängs inte rätt. Sätt texten inom citattecken om den innehåller ? : , # eller [ ]");
  }

  @Test
  void unknownKeysSuggestTheNearMiss() {
    assertThat(problems).contains("intents/ekonomiskt-bistand.yaml:14:5: okänd nyckel \"optoins\" – menade du \"options\"?");
  }

  @Test
  void treeStructure() {
    assertThat(problems).contains(
        "intents/ekonomiskt-bistand.yaml:19:32: goto till noden \"ansokan\" som inte finns – menade du \"ansok\"?",
        "intents/ekonomiskt-bistand.yaml:20:3: noden \"glomd\" går inte att nå från start",
        "intents/ekonomiskt-bistand.yaml:24:5: noden \"tom\" är en återvändsgränd: den har inga val och är inte ett slut (end: true)",
        "intents/ekonomiskt-bistand.yaml:13:5: noden \"start\" är en återvändsgränd: den har inga val och är inte ett slut (end: true)");
  }

  @Test
  void missingFieldsDuplicatesAndTaxonomy() {
    assertThat(problems).contains(
        "intents/skulder.yaml:1:1: \"review-by\" saknas",
        "intents/skulder.yaml:1:1: \"sources\" saknas",
        "intents/skulder.yaml:1:5: id \"skulder\" finns redan i intents/missbruk.yaml",
        "intents/missbruk.yaml:1:5: id \"skulder\" ska vara samma som filnamnet (\"missbruk\")",
        "intents/pengar.yaml:1:5: id \"pengar\" finns inte i taxonomy.yaml",
        "intents/skulder.yaml:6:5: exemplet \"Har inga pengar till hyran!\" finns också i intents/ekonomiskt-bistand.yaml (rad 9). Ett exempel får bara höra till ett ämne");
    assertThat(problems).anyMatch(p -> p.equals("intents/familjeratt.yaml:1:1: ämnet \"familjeratt\" i taxonomy.yaml har ingen fil"));
  }

  @Test
  void contactsAndSafety() {
    assertThat(problems).contains(
        "intents/skulder.yaml:12:30: kontakten \"socialjuren\" finns inte i knowledge/contacts.yaml – menade du \"socialjouren\"?",
        "intents/akut/vald.yaml:6:21: kontakten \"okand\" är inte kontrollerad (confidence U) och får inte visas vid akut fara",
        "intents/akut/vald.yaml:9:5: mönstret \"(slår|slog\": parentesen i \"(slår|slog\" stängs inte. Skriv alternativ utan mellanslag: (slår|slog)",
        "intents/akut/vald.yaml:12:3: \"also\" ska bara ha andra kategorier än \"vald\" (de här raderna hör redan till den). Flytta dem till \"examples\"",
        "intents/akut/vald.yaml:14:3: okänd nyckel \"hemloshett\" – menade du \"hemloshet\"?",
        "intents/akut/vald.yaml:17:3: \"adds\" ska bara ha andra kategorier än \"vald\" (den här kategorin har redan larmat). Flytta mönstren till \"signals\"",
        "intents/akut/vald.yaml:20:7: mönstret \"(kniv|pistol\": parentesen i \"(kniv|pistol\" stängs inte. Skriv alternativ utan mellanslag: (slår|slog)",
        "knowledge/contacts.yaml:22:34: öppettiden \"mon-fri 25:00-16:00\" går inte att läsa. Skriv till exempel \"mon-fri 08:00-16:30\" eller \"always\"");
  }

  @Test
  void everyProblemHasAPlace() {
    assertThat(result.problems()).allSatisfy(p -> {
      assertThat(p.line()).isPositive();
      assertThat(p.column()).isPositive();
    });
  }
}
