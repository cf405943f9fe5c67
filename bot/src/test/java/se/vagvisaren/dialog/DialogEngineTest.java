package se.vagvisaren.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.vagvisaren.content.AcuteCategory;
import se.vagvisaren.content.ContentSet;
import se.vagvisaren.content.DialogNode;
import se.vagvisaren.content.DialogNode.Option;
import se.vagvisaren.content.Intent;
import se.vagvisaren.content.Taxonomy;
import se.vagvisaren.knowledge.Contact;
import se.vagvisaren.knowledge.Knowledge;
import se.vagvisaren.knowledge.OpeningHours;
import se.vagvisaren.understanding.Scored;
import se.vagvisaren.understanding.Understanding;
import se.vagvisaren.understanding.Understanding.Decision;

/** The conversation engine as data in, data out, at fixed moments. */
class DialogEngineTest {
  /** Tuesday 24 November 2026, 14:00 in Stockholm. */
  static final Instant TUESDAY_AFTERNOON = Instant.parse("2026-11-24T13:00:00Z");
  /** Tuesday 24 November 2026, 02:00 in Stockholm. */
  static final Instant TUESDAY_NIGHT = Instant.parse("2026-11-24T01:00:00Z");

  static final LocalDate D = LocalDate.of(2026, 11, 1);

  static DialogNode node(String id, String say, List<Option> options, List<String> contacts, boolean end) {
    return new DialogNode(id, say, null, Map.of(), null, null, options, List.of(), contacts, end);
  }

  static Intent intent(String id, String start, Map<String, String> personaStart, List<String> acuteRelated, DialogNode... nodes) {
    Map<String, DialogNode> map = new LinkedHashMap<>();
    for (DialogNode n : nodes) map.put(n.id(), n);
    return new Intent(id, "Titel " + id, null, null, "Enheten", D, D.plusMonths(6), List.of("https://x.se"), acuteRelated,
        List.of("exempel"), start, personaStart, map);
  }

  static Contact contact(String id, String phone, OpeningHours hours, String confidence) {
    return new Contact(id, "Namn " + id, phone, null, "national", hours, null, "https://x.se", D, confidence, false);
  }

  static final OpeningHours ALWAYS = new OpeningHours("Dygnet runt", true, List.of(), OpeningHours.HolidayRule.NORMAL);
  static final OpeningHours EVENINGS = new OpeningHours("Kväll 16.30–24", false,
      List.of(new OpeningHours.Rule(EnumSet.allOf(DayOfWeek.class), 16 * 60 + 30, 24 * 60)), OpeningHours.HolidayRule.NORMAL);

  static ContentSet content() {
    Map<String, Intent> intents = new LinkedHashMap<>();
    intents.put("halsning", intent("halsning", "start", Map.of(), List.of(),
        node("start", "Hej! Vad behöver du hjälp med?", List.of(new Option("Pengar", null, null, "ekonomiskt-bistand")), List.of(), false)));
    intents.put("ekonomiskt-bistand", intent("ekonomiskt-bistand", "start", Map.of("bestamt-sig", "ansok"), List.of("mat"),
        node("start", "Ekonomiskt bistånd är pengar från kommunen.", List.of(
            new Option("Hur ansöker jag?", "How do I apply?", "ansok", null),
            new Option("Skulder", null, null, "skulder")), List.of(), false),
        node("ansok", "Du ansöker i e-tjänsten.", List.of(), List.of("socialjouren"), true)));
    intents.put("skulder", intent("skulder", "start", Map.of(), List.of(),
        node("start", "Budget- och skuldrådgivning är gratis.", List.of(), List.of("socialjouren"), true)));
    intents.put("kontakt", intent("kontakt", "start", Map.of(), List.of(),
        node("start", "Så når du socialtjänsten.", List.of(), List.of("socialjouren"), true)));
    intents.put("utanfor-omradet", intent("utanfor-omradet", "start", Map.of(), List.of(),
        node("start", "Det kan jag tyvärr inte svara på.", List.of(), List.of("socialjouren"), true)));
    Map<String, AcuteCategory> acute = new LinkedHashMap<>();
    acute.put("vald", new AcuteCategory("vald", "Våld", "E", D, D, List.of("sos-112", "hemlosmott", "socialjouren", "okand"),
        List.of("slå* mig"), List.of(), List.of("han slår mig"), List.of(), List.of()));
    acute.put("mat", new AcuteCategory("mat", "Mat", "E", D, D, List.of("socialjouren"), List.of("ingen mat"), List.of(),
        List.of("ingen mat"), List.of(), List.of()));
    Map<String, Contact> contacts = new LinkedHashMap<>();
    contacts.put("sos-112", contact("sos-112", "112", ALWAYS, "V-off"));
    contacts.put("socialjouren", contact("socialjouren", "08-508 40 000", ALWAYS, "V-3p"));
    contacts.put("hemlosmott", contact("hemlosmott", "08-508 25 140", EVENINGS, "V-3p"));
    contacts.put("okand", contact("okand", "08-123 45 67", ALWAYS, "U"));
    Map<String, String> acuteIds = new LinkedHashMap<>();
    acuteIds.put("akut-fara", "");
    acuteIds.put("vald", "");
    acuteIds.put("mat", "");
    Taxonomy tax = new Taxonomy(Map.of(), acuteIds, Map.of());
    return new ContentSet("test", tax, intents, Map.of(), acute, List.of(), new Knowledge(contacts, List.of(), List.of()), List.of());
  }

  final DialogEngine engine = new DialogEngine(content());

  static Input.Text text(String text, String intent, Decision d, String persona, List<String> acute) {
    return new Input.Text(text, new Understanding(intent, 0.9, List.of(new Scored("skulder", 0.3)), d, persona, "sv"), acute, List.of(), null);
  }

  static DialogEngine.Outcome.Replied replied(DialogEngine.Outcome o) {
    assertThat(o).isInstanceOf(DialogEngine.Outcome.Replied.class);
    return (DialogEngine.Outcome.Replied) o;
  }

  @Test
  void greetsWithTheGreetingTreeAndItsOptions() {
    var r = replied(engine.step(Session.start("sv"), new Input.Open(), TUESDAY_AFTERNOON));
    assertThat(r.reply().messages()).extracting(Reply.Message::text).containsExactly("Hej! Vad behöver du hjälp med?");
    assertThat(r.reply().options()).extracting(Reply.OptionView::id).containsExactly("i:ekonomiskt-bistand");
    assertThat(r.reply().emergency()).isNull();
  }

  @Test
  void walksATreeToAConcreteNextStepThenBackAndRestart() {
    Session s = replied(engine.step(Session.start("sv"), new Input.Open(), TUESDAY_AFTERNOON)).session();
    var r1 = replied(engine.step(s, text("hur får man pengar", "ekonomiskt-bistand", Decision.CONFIDENT, "vill-forsta", List.of()), TUESDAY_AFTERNOON));
    assertThat(r1.reply().node()).isEqualTo("start");
    assertThat(r1.reply().options()).extracting(Reply.OptionView::label).containsExactly("Hur ansöker jag?", "Skulder", "Tillbaka", "Börja om");

    var r2 = replied(engine.step(r1.session(), new Input.Choose("n:ekonomiskt-bistand:ansok"), TUESDAY_AFTERNOON));
    assertThat(r2.reply().node()).isEqualTo("ansok");
    Reply.Message answer = r2.reply().messages().get(0);
    assertThat(answer.text()).isEqualTo("Du ansöker i e-tjänsten.");
    assertThat(answer.contacts()).extracting(Reply.ContactView::phone).containsExactly("08-508 40 000");
    assertThat(r2.reply().options()).extracting(Reply.OptionView::id).containsExactly("tillbaka", "borja-om");

    var back = replied(engine.step(r2.session(), new Input.Choose("tillbaka"), TUESDAY_AFTERNOON));
    assertThat(back.reply().node()).isEqualTo("start");
    assertThat(back.reply().intent()).isEqualTo("ekonomiskt-bistand");

    var restart = replied(engine.step(back.session(), new Input.Restart(), TUESDAY_AFTERNOON));
    assertThat(restart.reply().intent()).isNull();
    assertThat(restart.session().history()).isEmpty();
  }

  @Test
  void personaChoosesWhereTheTreeStarts() {
    var r = replied(engine.step(Session.start("sv"), text("jag vill ansöka", "ekonomiskt-bistand", Decision.CONFIDENT, "bestamt-sig", List.of()), TUESDAY_AFTERNOON));
    assertThat(r.reply().node()).isEqualTo("ansok");
  }

  @Test
  void unknownOptionIsRejectedAndTheSessionIsUnchanged() {
    Session s = replied(engine.step(Session.start("sv"), new Input.Open(), TUESDAY_AFTERNOON)).session();
    var o = engine.step(s, new Input.Choose("n:ekonomiskt-bistand:ansok"), TUESDAY_AFTERNOON); // not offered now
    assertThat(o).isInstanceOf(DialogEngine.Outcome.Rejected.class);
    assertThat(((DialogEngine.Outcome.Rejected) o).code()).isEqualTo("unknown-option");
  }

  @Test
  void unsureOffersDidYouMeanWithTheTopChoices() {
    var r = replied(engine.step(Session.start("sv"), text("pengar skuld", "ekonomiskt-bistand", Decision.UNSURE, "vill-forsta", List.of()), TUESDAY_AFTERNOON));
    assertThat(r.reply().messages().get(0).text()).contains("Menade du");
    assertThat(r.reply().options()).extracting(Reply.OptionView::id).containsExactly("i:ekonomiskt-bistand", "i:skulder", "inget");
  }

  @Test
  void outOfScopeWithoutArticlesGoesToTheOutOfScopeTree() {
    var r = replied(engine.step(Session.start("sv"), text("vad blir vädret", "utanfor-omradet", Decision.OUT_OF_SCOPE, "vill-forsta", List.of()), TUESDAY_AFTERNOON));
    assertThat(r.reply().intent()).isEqualTo("utanfor-omradet");
  }

  @Test
  void acuteSignalShowsTheCardFirstAndAsksIfSafeWhateverTheIntent() {
    var r = replied(engine.step(Session.start("sv"), text("han slår mig", "utanfor-omradet", Decision.OUT_OF_SCOPE, "hjalp-mig-nu", List.of("vald")), TUESDAY_AFTERNOON));
    Reply.Emergency card = r.reply().emergency();
    assertThat(card).isNotNull();
    assertThat(card.categories()).containsExactly("vald");
    // 112 first; the evening line is closed at 14:00, so it comes after the open ones with when it opens;
    // the unverified contact never appears
    assertThat(card.contacts()).extracting(Reply.ContactView::id).containsExactly("sos-112", "socialjouren", "hemlosmott");
    Reply.ContactView evening = card.contacts().get(2);
    assertThat(evening.openNow()).isFalse();
    assertThat(evening.note()).isEqualTo("Stängt nu. Öppnar i dag kl. 16.30.");
    assertThat(card.message()).startsWith("Om någon är i fara just nu: ring 112.").contains("Namn socialjouren är öppet");
    assertThat(r.reply().options()).extracting(Reply.OptionView::id).startsWith("saker-nej", "saker-ja");
  }

  @Test
  void noToTheSafetyQuestionLeadsTo112AndTheCardStaysForTheRestOfTheConversation() {
    var acute = replied(engine.step(Session.start("sv"), text("ingen mat", "ekonomiskt-bistand", Decision.CONFIDENT, "hjalp-mig-nu", List.of("mat")), TUESDAY_NIGHT));
    assertThat(acute.reply().emergency().contacts()).extracting(Reply.ContactView::id).containsExactly("socialjouren");
    var no = replied(engine.step(acute.session(), text("nej", "utanfor-omradet", Decision.OUT_OF_SCOPE, "hjalp-mig-nu", List.of()), TUESDAY_NIGHT));
    assertThat(no.reply().messages().get(0).text()).startsWith("Ring 112 nu.");
    assertThat(no.reply().emergency().contacts().get(0).id()).isEqualTo("sos-112");
    var later = replied(engine.step(no.session(), new Input.Restart(), TUESDAY_NIGHT));
    assertThat(later.reply().emergency()).isNotNull();
    var later2 = replied(engine.step(later.session(), text("skulder", "skulder", Decision.CONFIDENT, "vill-forsta", List.of()), TUESDAY_NIGHT));
    assertThat(later2.reply().emergency()).isNotNull();
    assertThat(later2.reply().intent()).isEqualTo("skulder");
  }

  @Test
  void typingAnOptionLabelChoosesIt() {
    var r1 = replied(engine.step(Session.start("sv"), text("pengar", "ekonomiskt-bistand", Decision.CONFIDENT, "vill-forsta", List.of()), TUESDAY_AFTERNOON));
    var r2 = replied(engine.step(r1.session(), text("hur ansöker jag", "utanfor-omradet", Decision.OUT_OF_SCOPE, "vill-forsta", List.of()), TUESDAY_AFTERNOON));
    assertThat(r2.reply().node()).isEqualTo("ansok");
  }

  @Test
  void englishGetsEnglishLabelsAndANoteWhenTheTextIsOnlyInSwedish() {
    Input.Text en = new Input.Text("how do I get money", new Understanding("ekonomiskt-bistand", 0.9, List.of(), Decision.CONFIDENT, "vill-forsta", "en"), List.of(), List.of(), null);
    var r = replied(engine.step(Session.start("en"), en, TUESDAY_AFTERNOON));
    assertThat(r.reply().messages().get(0).text()).startsWith("This guide is mostly in Swedish");
    assertThat(r.reply().options()).extracting(Reply.OptionView::label).contains("How do I apply?", "Start over");
  }

  @Test
  void aNamedNeighbourhoodGetsItsDistrictOfficeWithoutDecidingForThem() {
    var d = new se.vagvisaren.knowledge.District("skarpnack", "Skarpnäcks stadsdelsförvaltning", List.of("Bagarmossen"), "https://start.stockholm", null);
    Input.Text t = new Input.Text("jag bor i bagarmossen", new Understanding("utanfor-omradet", 0.5, List.of(), Decision.OUT_OF_SCOPE, "vill-forsta", "sv"),
        List.of(), List.of(), new se.vagvisaren.knowledge.DistrictFinder.Match("Bagarmossen", d));
    var r = replied(engine.step(Session.start("sv"), t, TUESDAY_AFTERNOON));
    assertThat(r.reply().messages().get(0).text()).startsWith("Bagarmossen hör till Skarpnäcks stadsdelsförvaltning.").contains("avgör");
    assertThat(r.reply().messages().get(0).links()).extracting(Reply.LinkView::url).containsExactly("https://start.stockholm");
    assertThat(r.reply().intent()).isEqualTo("kontakt");
  }
}
