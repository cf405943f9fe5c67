package se.vagvisaren.language;

import java.util.List;

/** A message after the language stage: the normalised text and its tokens, in order. */
public record AnalyzedText(String normalized, List<Token> tokens) {
  public AnalyzedText {
    tokens = List.copyOf(tokens);
  }

  public int size() {
    return tokens.size();
  }
}
