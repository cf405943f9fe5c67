package se.vagvisaren.guide;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.vagvisaren.content.ContentSet;
import se.vagvisaren.content.Intent;
import se.vagvisaren.dialog.DialogEngine;
import se.vagvisaren.dialog.Input;
import se.vagvisaren.dialog.Session;
import se.vagvisaren.knowledge.Article;
import se.vagvisaren.knowledge.ArticleSearch;
import se.vagvisaren.knowledge.DistrictFinder;
import se.vagvisaren.language.AnalyzedText;
import se.vagvisaren.language.SwedishTextAnalyzer;
import se.vagvisaren.safety.AcuteDetector;
import se.vagvisaren.understanding.IntentClassifier;
import se.vagvisaren.understanding.LanguageGuesser;
import se.vagvisaren.understanding.PersonaClassifier;
import se.vagvisaren.understanding.Scored;
import se.vagvisaren.understanding.Understanding;

/**
 * One content set with its trained models: the whole pipeline of DESIGN.md for one turn,
 * language → safety → understanding → dialog. Immutable; a content reload builds a new Guide
 * and swaps it in whole.
 */
public final class Guide {
  static final int ALTERNATIVES = 3;
  /** Messages about nothing in particular say nothing about who the resident is. */
  static final java.util.Set<String> NEUTRAL_INTENTS = java.util.Set.of("halsning", "avslut", "om-boten", "utanfor-omradet");

  private final ContentSet content;
  private final SwedishTextAnalyzer analyzer = new SwedishTextAnalyzer();
  private final AcuteDetector safety;
  private final IntentClassifier intents;
  private final PersonaClassifier personas;
  private final LanguageGuesser languages = new LanguageGuesser();
  private final ArticleSearch articles;
  private final DistrictFinder districts;
  private final DialogEngine dialog;
  /** What the models were trained on, to reuse them when a reload did not change it. */
  private final Map<String, List<String>> intentData;
  private final List<Object> safetyData;

  private Guide(ContentSet content, Guide previous) {
    this.content = content;
    SwedishTextAnalyzer training = analyzer.remembering(); // the models share the intents' phrases
    List<String> everyday = content.intentExamples();
    // not the persona examples: those of "Hjälp mig nu!" are acute and would teach the opposite
    Map<String, List<String>> examples = new LinkedHashMap<>();
    content.intents().values().forEach(i -> examples.put(i.id(), i.examples()));
    this.intentData = examples;
    this.safetyData = List.of(content.acute(), content.nonAcuteExamples(), everyday);
    // A reload that changed only texts and trees keeps the trained models (content owners mostly
    // edit texts); otherwise the intent model trains beside the other two (2 cores here).
    boolean safetyReused = previous != null && previous.safetyData.equals(safetyData);
    if (!safetyReused) analyseAhead(content, training);
    var intentModel = previous != null && previous.intentData.equals(intentData)
        ? java.util.concurrent.CompletableFuture.completedFuture(previous.intents)
        : java.util.concurrent.CompletableFuture.supplyAsync(() -> timed("intents", () -> IntentClassifier.train(examples, training)));
    // the persona model and the article index queue behind the intent model on the other core
    // (the common pool has one worker on 2 cores); the safety model takes longest and trains here
    var personaModel = previous != null && previous.content.personaExamples().equals(content.personaExamples())
        ? java.util.concurrent.CompletableFuture.completedFuture(previous.personas)
        : java.util.concurrent.CompletableFuture.supplyAsync(() -> timed("personas", () -> PersonaClassifier.train(content.personaExamples(), training)));
    var articleIndex = java.util.concurrent.CompletableFuture.supplyAsync(() -> new ArticleSearch(content.knowledge().articles()));
    this.safety = safetyReused ? previous.safety
        : timed("safety", () -> new AcuteDetector(content.acute(), List.copyOf(content.taxonomy().acute().keySet()), training,
            content.nonAcuteExamples(), everyday));
    this.personas = joined(personaModel);
    this.intents = joined(intentModel);
    this.articles = joined(articleIndex);
    this.districts = new DistrictFinder(content.knowledge().districts());
    this.dialog = new DialogEngine(content);
  }

  /**
   * Analyses the safety model's own texts (acute examples, inte-akut.yaml) on a third thread, last
   * first, while the patterns compile and the intent model trains: the safety training then finds
   * most of them remembered (start-up time; the analyzer shares one result per text).
   */
  private static void analyseAhead(ContentSet content, SwedishTextAnalyzer training) {
    List<String> texts = new java.util.ArrayList<>();
    content.acute().values().forEach(c -> texts.addAll(c.messages()));
    texts.addAll(content.nonAcuteExamples());
    Thread t = new Thread(() -> {
      for (int i = texts.size() - 1; i >= 0; i--) training.analyze(texts.get(i));
    }, "analyse-ahead");
    t.setDaemon(true);
    t.start();
  }

  /**
   * The safety model alone, cross-validated over the same training data it learns from here
   * (for `vagvisaren eval`; see {@link AcuteDetector#crossValidateLearned}).
   */
  public AcuteDetector.ModelCrossValidation crossValidateSafety(int folds) {
    return AcuteDetector.crossValidateLearned(content.acute(), analyzer.remembering(), content.nonAcuteExamples(),
        content.intentExamples(), folds);
  }

  /** The result of work done on another thread; its own exception, not a CompletionException around it. */
  private static <T> T joined(java.util.concurrent.CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (java.util.concurrent.CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error err) throw err;
      throw e;
    }
  }

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Guide.class);

  /** Trains one model and logs how long it took (cold-start work is tracked in `vagvisaren bench`). */
  private static <T> T timed(String model, java.util.function.Supplier<T> training) {
    long start = System.nanoTime();
    T result = training.get();
    LOG.debug("trained {} in {} ms", model, (System.nanoTime() - start) / 1_000_000);
    return result;
  }

  /** Trains the models for {@code content}. */
  public static Guide build(ContentSet content) {
    return new Guide(content, null);
  }

  /** As {@link #build(ContentSet)}, reusing {@code previous}'s models where their training data is unchanged. */
  public static Guide build(ContentSet content, Guide previous) {
    return new Guide(content, previous);
  }

  public ContentSet content() {
    return content;
  }

  public AcuteDetector safety() {
    return safety;
  }

  public SwedishTextAnalyzer analyzer() {
    return analyzer;
  }

  /** Classifies one message on its own (no conversation). */
  public Classification classify(String text) {
    AnalyzedText a = analyzer.analyze(text);
    List<String> acute = safety.detect(a);
    return Classification.of(text, understand(text, a, acute, null), acute);
  }

  /** The acute categories of a message alone (the safety stage). */
  public List<String> acute(String text) {
    return safety.detect(analyzer.analyze(text));
  }

  /** Only the intent ranking: for evaluation and benchmarks. */
  public List<Scored> rankIntents(String text) {
    return intents.rank(analyzer.analyze(text));
  }

  private Understanding understand(String raw, AnalyzedText a, List<String> acute, String previousPersona) {
    List<Scored> ranked = intents.rank(a);
    Understanding.Decision decision = IntentClassifier.decide(ranked);
    Scored top = ranked.get(0);
    String intent = decision == Understanding.Decision.OUT_OF_SCOPE ? IntentClassifier.OUT_OF_SCOPE : top.id();
    Intent i = content.intent(top.id());
    boolean neutral = decision == Understanding.Decision.OUT_OF_SCOPE || NEUTRAL_INTENTS.contains(top.id());
    String persona = personas.persona(a, !acute.isEmpty(),
        decision == Understanding.Decision.CONFIDENT && i != null ? i.persona() : null, neutral, previousPersona);
    return new Understanding(intent, top.score(), ranked.subList(1, Math.min(ranked.size(), 1 + ALTERNATIVES)),
        decision, persona, languages.guess(raw, a));
  }

  /** A resident's action, as it arrives from the web or the terminal. */
  public sealed interface Action {
    record Open() implements Action {}
    record Text(String text) implements Action {}
    record Choose(String option) implements Action {}
    record Back() implements Action {}
    record Restart() implements Action {}
  }

  /** One turn through the whole pipeline. */
  public DialogEngine.Outcome turn(Session session, Action action, Instant now) {
    Input input;
    if (action instanceof Action.Text t) {
      AnalyzedText a = analyzer.analyze(t.text());
      List<String> acute = safety.detect(a);
      Understanding u = understand(t.text(), a, acute, session.persona());
      List<Article> hits = u.decision() == Understanding.Decision.OUT_OF_SCOPE ? articles.search(t.text()) : List.of();
      input = new Input.Text(t.text(), u, acute, hits, districts.find(t.text()));
    } else if (action instanceof Action.Choose c) {
      input = new Input.Choose(c.option());
    } else if (action instanceof Action.Back) {
      input = new Input.Back();
    } else if (action instanceof Action.Restart) {
      input = new Input.Restart();
    } else {
      input = new Input.Open();
    }
    return dialog.step(session, input, now);
  }
}
