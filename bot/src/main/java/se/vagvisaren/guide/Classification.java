package se.vagvisaren.guide;

import java.util.List;
import se.vagvisaren.understanding.Scored;
import se.vagvisaren.understanding.Understanding;

/**
 * The classify contract of DESIGN.md: {@code ./vagvisaren classify} and {@code POST /api/classify}
 * print exactly these fields.
 */
public record Classification(
    String text,
    String intent,
    double confidence,
    List<Scored> alternatives,
    String persona,
    List<String> acute,
    String language,
    String decision) {

  static Classification of(String text, Understanding u, List<String> acute) {
    return new Classification(text, u.intent(), round(u.confidence()),
        u.alternatives().stream().map(s -> new Scored(s.id(), round(s.score()))).toList(),
        u.persona(), acute, u.language(), u.decision().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
  }

  private static double round(double d) {
    return Math.round(d * 10000) / 10000.0;
  }
}
