package se.vagvisaren.guide;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.vagvisaren.content.AcuteCategory;
import se.vagvisaren.content.ConversationTest;
import se.vagvisaren.content.ConversationTest.Step;
import se.vagvisaren.dialog.DialogEngine;
import se.vagvisaren.dialog.Reply;
import se.vagvisaren.dialog.Session;

/**
 * Runs the content owners' checks against a built guide: the conversation tests in
 * intents/tests/*.yaml and the must-catch / must-not examples of the acute signals. Used by
 * {@code ./vagvisaren test}, by the Maven build and before every hot reload.
 */
public final class ContentTests {
  /** A failed expectation, as {@code file:line: message} in Swedish. */
  public record Failure(String file, int line, String message) {
    @Override
    public String toString() {
      return file + ":" + line + ": " + message;
    }
  }

  /**
   * @param falseAlarms lines of intents/akut/inte-akut.yaml that a category still fires on: warnings
   *                    (known false alarms to work on), not failures
   */
  public record Report(int tests, int steps, int safetyExamples, List<Failure> failures, List<Failure> falseAlarms) {
    public boolean ok() {
      return failures.isEmpty();
    }
  }

  private ContentTests() {}

  /** Everything, at a fixed moment so that opening hours do not make results vary. */
  public static Report run(Guide guide, Instant now) {
    List<Failure> failures = new ArrayList<>();
    int steps = 0;
    for (ConversationTest t : guide.content().tests()) {
      steps += runOne(guide, t, now, failures);
    }
    int examples = 0;
    for (AcuteCategory c : guide.content().acute().values()) {
      String file = "intents/akut/" + c.id() + ".yaml";
      for (String s : c.mustCatch()) {
        examples++;
        if (!guide.acute(s).contains(c.id())) {
          failures.add(new Failure(file, 1, "must-catch \"" + s + "\" känns inte igen som " + c.id()));
        }
      }
      for (String s : c.mustNot()) {
        examples++;
        List<String> got = guide.acute(s);
        if (got.contains(c.id())) {
          failures.add(new Failure(file, 1, "must-not \"" + s + "\" känns ändå igen som " + c.id()));
        }
      }
    }
    List<Failure> falseAlarms = new ArrayList<>();
    for (String s : guide.content().nonAcuteExamples()) {
      List<String> got = guide.acute(s);
      if (!got.isEmpty()) {
        falseAlarms.add(new Failure("intents/akut/inte-akut.yaml", 1, "\"" + s + "\" känns ändå igen som " + String.join(", ", got)));
      }
    }
    return new Report(guide.content().tests().size(), steps, examples, List.copyOf(failures), List.copyOf(falseAlarms));
  }

  private static int runOne(Guide guide, ConversationTest t, Instant now, List<Failure> failures) {
    Session session = Session.start("sv");
    DialogEngine.Outcome o = guide.turn(session, new Guide.Action.Open(), now);
    session = ((DialogEngine.Outcome.Replied) o).session();
    int count = 0;
    for (Step step : t.steps()) {
      count++;
      String where = "\"" + t.name() + "\", steg " + count + ": ";
      Guide.Action action;
      switch (step.action()) {
        case SAY -> action = new Guide.Action.Text(step.text());
        case BACK -> action = new Guide.Action.Back();
        case RESTART -> action = new Guide.Action.Restart();
        default -> {
          String id = session.offered().stream().filter(x -> x.label().equalsIgnoreCase(step.text()))
              .map(Session.Offered::id).findFirst().orElse(null);
          if (id == null) {
            failures.add(new Failure(t.file(), step.line(), where + "valet \"" + step.text() + "\" finns inte. Valen är: "
                + session.offered().stream().map(Session.Offered::label).toList()));
            return count;
          }
          action = new Guide.Action.Choose(id);
        }
      }
      if (step.action() == ConversationTest.Action.SAY && (step.expectIntent() != null || step.expectAcute() != null)) {
        Classification c = guide.classify(step.text());
        if (step.expectIntent() != null && !step.expectIntent().equals(c.intent())) {
          failures.add(new Failure(t.file(), step.line(), where + "väntade ämnet " + step.expectIntent() + " men fick "
              + c.intent() + String.format(Locale.ROOT, " (säkerhet %.2f)", c.confidence())));
        }
        if (step.expectAcute() != null && !step.expectAcute().equals(c.acute())) {
          failures.add(new Failure(t.file(), step.line(), where + "väntade akut " + step.expectAcute() + " men fick " + c.acute()));
        }
      }
      o = guide.turn(session, action, now);
      if (o instanceof DialogEngine.Outcome.Rejected r) {
        failures.add(new Failure(t.file(), step.line(), where + "guiden svarade med fel: " + r.message()));
        return count;
      }
      DialogEngine.Outcome.Replied replied = (DialogEngine.Outcome.Replied) o;
      session = replied.session();
      check(replied.reply(), step, t, where, failures);
    }
    return count;
  }

  private static void check(Reply reply, Step step, ConversationTest t, String where, List<Failure> failures) {
    StringBuilder all = new StringBuilder();
    List<String> contacts = new ArrayList<>();
    for (Reply.Message m : reply.messages()) {
      all.append(m.text()).append('\n');
      m.links().forEach(l -> all.append(l.title()).append(' ').append(l.url()).append('\n'));
      m.contacts().forEach(c -> {
        contacts.add(c.id());
        all.append(c.name()).append('\n');
      });
    }
    if (reply.emergency() != null) reply.emergency().contacts().forEach(c -> contacts.add(c.id()));
    String text = all.toString().toLowerCase(Locale.ROOT);
    for (String want : step.expectReplyContains()) {
      if (!text.contains(want.toLowerCase(Locale.ROOT))) {
        failures.add(new Failure(t.file(), step.line(), where + "svaret innehåller inte \"" + want + "\""));
      }
    }
    List<String> labels = reply.options().stream().map(Reply.OptionView::label).toList();
    for (String want : step.expectOptions()) {
      if (labels.stream().noneMatch(l -> l.equalsIgnoreCase(want))) {
        failures.add(new Failure(t.file(), step.line(), where + "valet \"" + want + "\" visas inte. Valen är: " + labels));
      }
    }
    for (String want : step.expectContacts()) {
      if (!contacts.contains(want)) {
        failures.add(new Failure(t.file(), step.line(), where + "kontakten \"" + want + "\" visas inte"));
      }
    }
  }
}
