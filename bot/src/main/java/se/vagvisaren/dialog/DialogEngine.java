package se.vagvisaren.dialog;

import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import se.vagvisaren.content.ContentSet;
import se.vagvisaren.content.DialogNode;
import se.vagvisaren.content.Intent;
import se.vagvisaren.dialog.Reply.LinkView;
import se.vagvisaren.dialog.Reply.Message;
import se.vagvisaren.dialog.Reply.OptionView;
import se.vagvisaren.dialog.Session.Action;
import se.vagvisaren.dialog.Session.Offered;
import se.vagvisaren.dialog.Session.Place;
import se.vagvisaren.knowledge.Article;
import se.vagvisaren.knowledge.DistrictFinder;
import se.vagvisaren.understanding.Scored;
import se.vagvisaren.understanding.Understanding;

/**
 * The conversation: (session, input, content, now) → (next session, reply). A pure function: no
 * I/O, no clock of its own, no randomness, so every conversation can be tested as data.
 *
 * <p>Order of a reply: the emergency card (whenever any acute category has been seen in this
 * conversation), then what the resident asked for. A new acute signal takes the turn: the card,
 * a calm lead text and the question whether they are safe now; "no" leads to 112 first.
 */
public final class DialogEngine {
  static final String GREETING_INTENT = "halsning";
  static final String OUT_OF_SCOPE = "utanfor-omradet";
  static final String CONTACT_INTENT = "kontakt";
  static final int MAX_DID_YOU_MEAN = 3;
  static final double MIN_DID_YOU_MEAN = 0.08;

  /** The result of a step: a reply, or a rejection the connection reports as an error frame. */
  public sealed interface Outcome {
    record Replied(Session session, Reply reply) implements Outcome {}
    record Rejected(String code, String message) implements Outcome {}
  }

  private final ContentSet content;
  private final List<String> acuteOrder;

  public DialogEngine(ContentSet content) {
    this.content = content;
    this.acuteOrder = List.copyOf(content.taxonomy().acute().keySet());
  }

  public Outcome step(Session s, Input input, Instant now) {
    if (input instanceof Input.Text t) return text(s, t, now);
    if (input instanceof Input.Choose c) return choose(s, c.optionId(), now);
    if (input instanceof Input.Back) return back(s, now);
    if (input instanceof Input.Restart) return greet(s.with(null, null, List.of()), now, Texts.restartDone(s.language()));
    return greet(s, now, null); // Input.Open
  }

  // --- inputs -------------------------------------------------------------------------------

  private Outcome text(Session s, Input.Text t, Instant now) {
    Understanding u = t.understanding();
    Set<String> acute = new LinkedHashSet<>(s.acute());
    boolean newAcute = acute.addAll(t.acute());
    Session next = s.withUnderstanding(u.persona(), u.language(), acute);
    if (newAcute) {
      return acuteTurn(next, t.acute(), now);
    }
    Offered typed = typedOption(next, t.text());
    if (typed != null) {
      return perform(next, typed.action(), now);
    }
    if (t.district() != null) {
      List<Message> lead = List.of(districtMessage(t.district(), next.language()));
      boolean specific = u.decision() == Understanding.Decision.CONFIDENT && !NEUTRAL.contains(u.intent());
      if (specific) return enterIntent(next, u.intent(), now, lead);
      if (aboutWhereTheyLive(t.text())) return enterIntent(next, CONTACT_INTENT, now, lead);
      // a place named in passing ("badhuset i Husby") says nothing about their office
    }
    return switch (u.decision()) {
      case CONFIDENT -> u.intent().equals(GREETING_INTENT)
          ? greet(next, now, null)
          : enterIntent(next, u.intent(), now, List.of());
      case UNSURE -> didYouMean(next, u, now);
      case OUT_OF_SCOPE -> outOfScope(next, t.articles(), now);
    };
  }

  private static final Set<String> NEUTRAL = Set.of(GREETING_INTENT, OUT_OF_SCOPE, "avslut", "om-boten");
  private static final java.util.regex.Pattern LIVES = java.util.regex.Pattern.compile(
      "(?iu)\\b(bor|bott|bodde|boende|flytta\\p{L}*|folkbokf\\p{L}*|stadsdel\\p{L}*|kontor\\p{L}*|live|living|lives)\\b");

  /** "jag bor i …", "vilket kontor …": the resident asks where they belong. */
  private static boolean aboutWhereTheyLive(String text) {
    return LIVES.matcher(text).find();
  }

  private static Message districtMessage(DistrictFinder.Match m, String language) {
    List<LinkView> links = m.district().url() == null ? List.of() : List.of(new LinkView(m.district().name(), m.district().url()));
    return new Message(Texts.district(language, m.neighbourhood(), m.district().name()), links, List.of());
  }

  private Outcome choose(Session s, String id, Instant now) {
    for (Offered o : s.offered()) {
      if (o.id().equals(id)) return perform(s, o.action(), now);
    }
    return new Outcome.Rejected("unknown-option",
        Texts.t(s.language(), "Det valet finns inte här. Välj en av knapparna eller skriv med egna ord.",
            "That choice is not available here. Pick one of the buttons or write in your own words."));
  }

  private Outcome perform(Session s, Action action, Instant now) {
    if (action instanceof Action.GotoNode g) return showNode(push(s), g.intent(), g.node(), now, List.of());
    if (action instanceof Action.GotoIntent g) return enterIntent(s, g.intent(), now, List.of());
    if (action instanceof Action.Back) return back(s, now);
    if (action instanceof Action.Restart) return greet(s.with(null, null, List.of()), now, Texts.restartDone(s.language()));
    if (action instanceof Action.SafetyAnswer a) return safetyAnswer(s, a.safe(), now);
    return greet(s, now, Texts.rephrase(s.language())); // Action.NoneOfThese
  }

  private Outcome back(Session s, Instant now) {
    if (s.history().isEmpty()) {
      return greet(s.with(null, null, List.of()), now, null);
    }
    List<Place> h = new ArrayList<>(s.history());
    Place p = h.remove(h.size() - 1);
    return showNode(s.with(s.intent(), s.node(), h), p.intent(), p.node(), now, List.of());
  }

  // --- replies ------------------------------------------------------------------------------

  private Outcome greet(Session s, Instant now, String lead) {
    Intent hello = content.intent(GREETING_INTENT);
    List<Message> pre = lead == null ? List.of() : List.of(Message.of(lead));
    if (hello != null && lead == null) {
      return showNode(s.with(null, null, List.of()), GREETING_INTENT, hello.startFor(null), now, pre);
    }
    List<Message> messages = new ArrayList<>(pre);
    List<Offered> offered = new ArrayList<>();
    if (lead == null) messages.add(Message.of(Texts.t(s.language(), Texts.GREETING_SV, Texts.GREETING_EN)));
    if (hello != null) {
      DialogNode start = hello.nodes().get(hello.startFor(null));
      for (DialogNode.Option o : start.options()) offered.add(offer(hello, o, s.language()));
    }
    Session next = s.with(null, null, List.of());
    return reply(next, messages, offered, now, null, null, false);
  }

  private Outcome enterIntent(Session s, String intentId, Instant now, List<Message> pre) {
    Intent intent = content.intent(intentId);
    if (intent == null) {
      return outOfScope(s, List.of(), now);
    }
    return showNode(push(s), intentId, intent.startFor(s.persona()), now, pre);
  }

  private static Session push(Session s) {
    if (s.intent() == null) return s;
    List<Place> h = new ArrayList<>(s.history());
    h.add(new Place(s.intent(), s.node()));
    return s.with(s.intent(), s.node(), h);
  }

  private Outcome showNode(Session s, String intentId, String nodeId, Instant now, List<Message> pre) {
    Intent intent = content.intent(intentId);
    DialogNode node = intent == null ? null : intent.nodes().get(nodeId);
    if (node == null) { // content changed under a running conversation: start over gently
      return greet(s.with(null, null, List.of()), now, Texts.restartDone(s.language()));
    }
    String l = s.language();
    List<Message> messages = new ArrayList<>(pre);
    Session next = s.with(intentId, nodeId, s.history());
    boolean english = "en".equals(l);
    if (english && node.sayEn() == null && !s.englishNoted()) {
      messages.add(Message.of(Texts.englishNote()));
      next = next.withEnglishNoted();
    }
    String personaText = s.persona() == null ? null : node.byPersona().get(s.persona());
    if (personaText != null && !english) messages.add(Message.of(personaText));
    String say = english && node.sayEn() != null ? node.sayEn() : node.say();
    List<LinkView> links = node.links().stream().map(k -> new LinkView(k.title(), k.url())).toList();
    var contacts = ContactViews.views(node.contacts(), content, now, l);
    if (say != null || !links.isEmpty() || !contacts.isEmpty()) {
      messages.add(new Message(say == null ? "" : say, links, contacts));
    }
    String ask = english && node.askEn() != null ? node.askEn() : node.ask();
    if (ask != null) messages.add(Message.of(ask));
    List<Offered> offered = new ArrayList<>();
    for (DialogNode.Option o : node.options()) offered.add(offer(intent, o, l));
    boolean navigation = !intentId.equals(GREETING_INTENT);
    return reply(next, messages, offered, now, intentId, nodeId, navigation);
  }

  private static Offered offer(Intent intent, DialogNode.Option o, String language) {
    if (o.gotoNode() != null) {
      return new Offered("n:" + intent.id() + ":" + o.gotoNode(), o.label(language), new Action.GotoNode(intent.id(), o.gotoNode()));
    }
    return new Offered("i:" + o.intent(), o.label(language), new Action.GotoIntent(o.intent()));
  }

  private Outcome didYouMean(Session s, Understanding u, Instant now) {
    List<Offered> offered = new ArrayList<>();
    List<Scored> choices = new ArrayList<>();
    choices.add(new Scored(u.intent(), u.confidence()));
    choices.addAll(u.alternatives());
    for (Scored c : choices) {
      if (offered.size() >= MAX_DID_YOU_MEAN) break;
      Intent i = content.intent(c.id());
      if (i == null || c.score() < MIN_DID_YOU_MEAN || c.id().equals(OUT_OF_SCOPE) || c.id().equals(GREETING_INTENT)) continue;
      offered.add(new Offered("i:" + i.id(), i.title(s.language()), new Action.GotoIntent(i.id())));
    }
    if (offered.isEmpty()) return outOfScope(s, List.of(), now);
    offered.add(new Offered("inget", Texts.noneOfThese(s.language()), new Action.NoneOfThese()));
    return reply(s, List.of(Message.of(Texts.didYouMean(s.language()))), offered, now, null, null, false);
  }

  private Outcome outOfScope(Session s, List<Article> articles, Instant now) {
    if (articles.isEmpty()) {
      return enterIntent(s, OUT_OF_SCOPE, now, List.of());
    }
    List<Message> messages = new ArrayList<>();
    messages.add(Message.of(Texts.articlesLead(s.language())));
    for (Article a : articles) {
      List<LinkView> links = a.url() == null ? List.of() : List.of(new LinkView(a.title(), a.url()));
      messages.add(new Message(a.title() + ". " + a.summary(), links, List.of()));
    }
    List<Offered> offered = new ArrayList<>();
    Intent human = content.intent("manniska");
    if (human != null) {
      offered.add(new Offered("i:manniska", human.title(s.language()), new Action.GotoIntent("manniska")));
    }
    return reply(s, messages, offered, now, null, null, true);
  }

  private Outcome acuteTurn(Session s, List<String> categories, Instant now) {
    String l = s.language();
    List<Message> messages = new ArrayList<>();
    messages.add(Message.of(Texts.acuteLead(l)));
    List<Offered> offered = new ArrayList<>();
    Session next = s;
    if (s.safety() == Session.Safety.NOT_ASKED || s.safety() == Session.Safety.SAFE) {
      messages.add(Message.of(Texts.safeQuestion(l)));
      offered.add(new Offered("saker-nej", Texts.safeNo(l), new Action.SafetyAnswer(false)));
      offered.add(new Offered("saker-ja", Texts.safeYes(l), new Action.SafetyAnswer(true)));
      next = s.withSafety(Session.Safety.ASKED);
    }
    offered.addAll(supportOptions(categories, l));
    return reply(next, messages, offered, now, null, null, true);
  }

  private Outcome safetyAnswer(Session s, boolean safe, Instant now) {
    String l = s.language();
    Session next = s.withSafety(safe ? Session.Safety.SAFE : Session.Safety.NOT_SAFE);
    List<Message> messages = List.of(Message.of(safe ? Texts.safe(l) : Texts.notSafe(l)));
    List<Offered> offered = new ArrayList<>(supportOptions(List.copyOf(s.acute()), l));
    return reply(next, messages, offered, now, null, null, true);
  }

  /**
   * The intents whose content says they are near these acute categories, as options: for each
   * category, intents that name it first in their acute-related list come first, then taxonomy order.
   */
  private List<Offered> supportOptions(List<String> categories, String language) {
    Set<String> seen = new LinkedHashSet<>();
    List<Offered> out = new ArrayList<>();
    for (String cat : categories) {
      List<Intent> near = new ArrayList<>();
      for (String id : content.taxonomy().intents().keySet()) {
        Intent i = content.intent(id);
        if (i != null && i.acuteRelated().contains(cat)) near.add(i);
      }
      near.sort(java.util.Comparator.comparingInt(i -> i.acuteRelated().indexOf(cat)));
      for (Intent i : near) {
        if (out.size() < 3 && seen.add(i.id())) {
          out.add(new Offered("i:" + i.id(), Texts.readMore(language, i.title(language)), new Action.GotoIntent(i.id())));
        }
      }
    }
    return out;
  }

  private Outcome reply(Session s, List<Message> messages, List<Offered> offered, Instant now, String intent, String node,
      boolean navigation) {
    List<Offered> all = new ArrayList<>(offered);
    String l = s.language();
    if (navigation) {
      if (!s.history().isEmpty() && intent != null) all.add(new Offered("tillbaka", Texts.back(l), new Action.Back()));
      all.add(new Offered("borja-om", Texts.restart(l), new Action.Restart()));
    }
    Reply.Emergency card = s.acute().isEmpty() ? null
        : ContactViews.card(s.acute(), acuteOrder, s.safety() == Session.Safety.NOT_SAFE, content, now, l);
    List<OptionView> views = all.stream().map(o -> new OptionView(o.id(), o.label())).toList();
    return new Outcome.Replied(s.withOffered(all), new Reply(messages, views, card, intent, node));
  }

  /** A resident who types an option's label (or "ja"/"nej" to the safety question) chooses it. */
  private static Offered typedOption(Session s, String text) {
    String typed = simplify(text);
    if (typed.isEmpty()) return null;
    for (Offered o : s.offered()) {
      if (simplify(o.label()).equals(typed)) return o;
    }
    if (s.safety() == Session.Safety.ASKED) {
      if (typed.equals("nej") || typed.equals("no") || typed.startsWith("nej ")) {
        return find(s, "saker-nej");
      }
      if (typed.equals("ja") || typed.equals("yes") || typed.startsWith("ja ")) {
        return find(s, "saker-ja");
      }
    }
    return null;
  }

  private static Offered find(Session s, String id) {
    return s.offered().stream().filter(o -> o.id().equals(id)).findFirst().orElse(null);
  }

  private static String simplify(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    return n.replaceAll("[^\\p{L}\\p{N} ]", "").replaceAll("\\s+", " ").strip();
  }
}
