package se.vagvisaren.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import se.vagvisaren.language.SwedishTextAnalyzer;

/**
 * Finds a neighbourhood named in a message ("jag bor i Bagarmossen") and the district office it
 * belongs to. The guide only informs: which office to contact is the office's decision.
 */
public final class DistrictFinder {
  /** A neighbourhood found in a message and its district. */
  public record Match(String neighbourhood, District district) {}

  private record Name(String folded, String shown, District district) {}

  private final List<Name> names = new ArrayList<>();

  public DistrictFinder(List<District> districts) {
    for (District d : districts) {
      for (String n : d.neighbourhoods()) names.add(new Name(normalise(n).strip(), n, d));
    }
    names.sort(Comparator.comparingInt((Name n) -> n.folded().length()).reversed()); // "Skarpnäcks gård" before "Skarpnäck"
  }

  /** The first (longest) neighbourhood named in the text, or null. */
  public Match find(String text) {
    String t = normalise(text);
    for (Name n : names) {
      if (n.folded().isEmpty()) continue;
      if (t.contains(" " + n.folded() + " ") || t.contains(" " + n.folded() + "s ")) {
        return new Match(n.shown(), n.district());
      }
    }
    return null;
  }

  private static String normalise(String s) {
    String f = SwedishTextAnalyzer.fold(s.toLowerCase(Locale.ROOT)).replaceAll("[^\\p{L}\\p{N}]+", " ");
    return " " + f + " ";
  }
}
