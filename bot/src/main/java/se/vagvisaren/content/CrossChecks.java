package se.vagvisaren.content;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import se.vagvisaren.content.Refs.Example;
import se.vagvisaren.content.Refs.Ref;
import se.vagvisaren.knowledge.Contact;
import se.vagvisaren.knowledge.Knowledge;
import se.vagvisaren.language.SwedishTextAnalyzer;

/** Checks that need all files: references, duplicates across intents, dates, the taxonomy. */
final class CrossChecks {
  static final int REVIEW_WARNING_DAYS = 30;
  static final int VERIFICATION_MONTHS = 6;
  static final int MIN_EXAMPLES = 30;

  private final Problems problems;
  private final Taxonomy taxonomy;
  private final LocalDate today;

  CrossChecks(Problems problems, Taxonomy taxonomy, LocalDate today) {
    this.problems = problems;
    this.taxonomy = taxonomy;
    this.today = today;
  }

  void check(Map<String, Intent> intents, Refs intentRefs, Map<String, AcuteCategory> acute, Refs acuteRefs,
      Knowledge knowledge, List<ConversationTest> tests) {
    checkRefs(intentRefs.refs, intents, knowledge);
    checkRefs(acuteRefs.refs, intents, knowledge);
    checkExamples(intentRefs.examples);
    for (String id : taxonomy.intents().keySet()) {
      if (!intents.containsKey(id) && !intentRefs.intentFiles.containsKey(id)) {
        problems.error("intents/" + id + ".yaml", 1, 1, "ämnet \"" + id + "\" i taxonomy.yaml har ingen fil");
      }
    }
    for (String id : taxonomy.acute().keySet()) {
      if (!acute.containsKey(id)) {
        problems.error("intents/akut/" + id + ".yaml", 1, 1, "den akuta kategorin \"" + id + "\" har ingen fil med signaler");
      }
    }
    for (Intent intent : intents.values()) {
      String file = intentRefs.intentFiles.get(intent.id());
      Node root = intentRefs.intentRoots.get(intent.id());
      checkReviewBy(problems, file, root, intent.reviewBy(), today);
      if (intent.examples().size() < MIN_EXAMPLES && !intent.id().equals("halsning") && !intent.id().equals("avslut")) {
        problems.warning(file, 1, 1, "bara " + intent.examples().size() + " exempel. Skriv minst " + MIN_EXAMPLES
            + " så att guiden känner igen ämnet");
      }
      checkAcuteLink(intent, file, acute);
    }
    Set<String> tested = new HashSet<>();
    for (ConversationTest t : tests) {
      t.steps().forEach(s -> {
        if (s.expectIntent() != null) tested.add(s.expectIntent());
      });
    }
    for (String id : intents.keySet()) {
      if (!tested.contains(id)) {
        problems.warning(intentRefs.intentFiles.get(id), 1, 1, "inget samtalstest förväntar sig ämnet \"" + id
            + "\". Lägg till ett test i intents/tests/");
      }
    }
  }

  private void checkRefs(List<Ref> refs, Map<String, Intent> intents, Knowledge knowledge) {
    for (Ref r : refs) {
      switch (r.kind()) {
        case INTENT -> {
          if (!intents.containsKey(r.id()) && !taxonomy.intents().containsKey(r.id())) {
            problems.error(r.file(), r.at(), "ämnet \"" + r.id() + "\" finns inte" + Suggest.hint(r.id(), taxonomy.intents().keySet()));
          }
        }
        case CONTACT -> {
          Contact c = knowledge.contact(r.id());
          if (c == null) {
            problems.error(r.file(), r.at(), "kontakten \"" + r.id() + "\" finns inte i knowledge/contacts.yaml"
                + Suggest.hint(r.id(), knowledge.contacts().keySet()));
          } else if (r.inCard()) {
            if (!c.verifiedForCards()) {
              problems.error(r.file(), r.at(), "kontakten \"" + r.id() + "\" är inte kontrollerad (confidence U) och får inte visas vid akut fara");
            } else if (c.verified() == null || c.verified().isBefore(today.minusMonths(VERIFICATION_MONTHS))) {
              problems.warning(r.file(), r.at(), "kontakten \"" + r.id() + "\" kontrollerades senast "
                  + (c.verified() == null ? "aldrig" : c.verified()) + ". Kontrollera numret igen (högst " + VERIFICATION_MONTHS + " månader)");
            }
          }
        }
      }
    }
  }

  /** The same phrase (ignoring case, å/ä/ö and punctuation) may not train two intents. */
  private void checkExamples(List<Example> examples) {
    Map<String, Example> seen = new HashMap<>();
    for (Example e : examples) {
      String key = SwedishTextAnalyzer.fold(e.text().toLowerCase()).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
      Example first = seen.putIfAbsent(key, e);
      if (first != null) {
        if (first.intent().equals(e.intent())) {
          problems.warning(e.file(), e.at(), "exemplet \"" + e.text() + "\" finns redan i samma fil");
        } else {
          problems.error(e.file(), e.at(), "exemplet \"" + e.text() + "\" finns också i " + first.file()
              + " (rad " + (first.at().getStartMark().getLine() + 1) + "). Ett exempel får bara höra till ett ämne");
        }
      }
    }
  }

  /** Intents near an acute topic must offer that topic's emergency contacts somewhere in the tree. */
  private void checkAcuteLink(Intent intent, String file, Map<String, AcuteCategory> acute) {
    for (String cat : intent.acuteRelated()) {
      AcuteCategory c = acute.get(cat);
      if (c == null) continue;
      boolean linked = intent.nodes().values().stream().anyMatch(n -> n.contacts().stream().anyMatch(c.contacts()::contains));
      if (!linked) {
        problems.warning(file, 1, 1, "ämnet ligger nära \"" + cat + "\" men ingen nod visar någon av de akuta kontakterna "
            + c.contacts());
      }
    }
  }

  static void checkReviewBy(Problems problems, String file, Node at, LocalDate reviewBy, LocalDate today) {
    if (reviewBy == null || file == null) return;
    if (reviewBy.isBefore(today)) {
      problems.warning(file, at, "granskningsdatumet " + reviewBy + " har passerat. Granska texten och sätt ett nytt review-by");
    } else if (!reviewBy.isAfter(today.plusDays(REVIEW_WARNING_DAYS))) {
      problems.warning(file, at, "texten ska granskas senast " + reviewBy + " (om mindre än " + REVIEW_WARNING_DAYS + " dagar)");
    }
  }
}
