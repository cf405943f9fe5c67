package se.vagvisaren.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One authored signal, parsed: an ordered list of elements, each a set of alternative words.
 *
 * <p>Syntax (docs/content-format.md): words in order with at most {@link #MAX_GAP} other words
 * between them; {@code word*} is a prefix; {@code (a|b*)} alternatives; {@code ?word} optional.
 */
public record SignalPattern(String source, List<Element> elements) {
  public static final int MAX_GAP = 3;

  /** One position of the pattern. */
  public record Element(List<Word> alternatives, boolean optional) {
    public Element {
      alternatives = List.copyOf(alternatives);
    }
  }

  /** A word as written by the content owner, lower-cased; {@code prefix} when it ended in '*'. */
  public record Word(String text, boolean prefix) {}

  public SignalPattern {
    elements = List.copyOf(elements);
  }

  /** Parses a pattern; throws IllegalArgumentException with a Swedish message when it is malformed. */
  public static SignalPattern parse(String source) {
    String error = check(source);
    if (error != null) throw new IllegalArgumentException(error);
    List<Element> elements = new ArrayList<>();
    for (String part : source.trim().toLowerCase(Locale.ROOT).split("\\s+")) {
      boolean optional = part.startsWith("?");
      String body = optional ? part.substring(1) : part;
      if (body.startsWith("(")) body = body.substring(1, body.length() - 1);
      List<Word> words = new ArrayList<>();
      for (String alt : body.split("\\|")) {
        boolean prefix = alt.endsWith("*");
        words.add(new Word(prefix ? alt.substring(0, alt.length() - 1) : alt, prefix));
      }
      elements.add(new Element(words, optional));
    }
    return new SignalPattern(source, elements);
  }

  /** Null when the pattern is well-formed, else what is wrong, in Swedish. */
  public static String check(String source) {
    String s = source == null ? "" : source.trim();
    if (s.isEmpty()) return "mönstret är tomt";
    boolean required = false;
    for (String part : s.split("\\s+")) {
      boolean optional = part.startsWith("?");
      String body = optional ? part.substring(1) : part;
      if (body.startsWith("(") != body.endsWith(")")) {
        return "parentesen i \"" + part + "\" stängs inte. Skriv alternativ utan mellanslag: (slår|slog)";
      }
      if (body.startsWith("(")) body = body.substring(1, body.length() - 1);
      for (String alt : body.split("\\|", -1)) {
        String word = alt.endsWith("*") ? alt.substring(0, alt.length() - 1) : alt;
        if (word.isEmpty()) return "ett tomt ord i \"" + part + "\"";
        if (!word.chars().allMatch(Character::isLetterOrDigit)) {
          return "\"" + alt + "\" får bara ha bokstäver och siffror (och * sist). Skriv flera ord med mellanslag";
        }
        boolean digits = word.chars().allMatch(Character::isDigit);
        if (alt.endsWith("*") && word.length() < (digits ? 2 : 3)) {
          return "\"" + alt + "\" är för kort för att sluta med *. Det skulle passa för många ord";
        }
      }
      required |= !optional;
    }
    return required ? null : "mönstret har bara valfria ord (?)";
  }
}
