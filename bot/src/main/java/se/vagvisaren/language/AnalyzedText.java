package se.vagvisaren.language;

import java.util.List;

/**
 * A message after the language stage: the normalised text and its tokens, in order. The
 * classifier features are computed once, on first use, and shared by every stage that needs
 * them (intent, persona, learned safety). Confined to the thread handling the message.
 */
public final class AnalyzedText {
  private final String normalized;
  private final List<Token> tokens;
  private String[] features;
  private String[] gappedFeatures;

  public AnalyzedText(String normalized, List<Token> tokens) {
    this.normalized = normalized;
    this.tokens = List.copyOf(tokens);
  }

  public String normalized() {
    return normalized;
  }

  public List<Token> tokens() {
    return tokens;
  }

  public int size() {
    return tokens.size();
  }

  /** The sparse features of {@link Features}; callers must not modify the array. */
  String[] features() {
    if (features == null) features = Features.compute(this);
    return features;
  }

  /** The sparse features of {@link Features#withGaps}; callers must not modify the array. */
  String[] gappedFeatures() {
    if (gappedFeatures == null) gappedFeatures = Features.computeGapped(this);
    return gappedFeatures;
  }
}
