package se.vagvisaren.content;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The authored signals of one acute category and the contacts its emergency card shows.
 * {@code examples} only train the learned model; {@code mustCatch} must also be caught (tested).
 * {@code also} maps another category to messages that are both: they train the model on both
 * categories ("han står utanför med en kniv" is akut-fara and vald), so both cards are shown.
 * {@code adds} maps another category to patterns that add it when this category fires
 * (sjalvmord + "tabletter" → akut-fara). {@code certain} are signals the learned model may not
 * overrule ("jag skär mig" stays acute inside a question the model calls everyday).
 */
public record AcuteCategory(
    String id,
    String title,
    String owner,
    LocalDate reviewed,
    LocalDate reviewBy,
    List<String> contacts,
    List<String> signals,
    List<String> unless,
    List<String> mustCatch,
    List<String> mustNot,
    List<String> examples,
    Map<String, List<String>> also,
    Map<String, List<String>> adds,
    List<String> certain) {

  public AcuteCategory {
    certain = List.copyOf(certain);
    contacts = List.copyOf(contacts);
    signals = List.copyOf(signals);
    unless = List.copyOf(unless);
    mustCatch = List.copyOf(mustCatch);
    mustNot = List.copyOf(mustNot);
    examples = List.copyOf(examples);
    also = copy(also);
    adds = copy(adds);
  }

  /** Every message this category lists (must-catch, examples, also, must-not). */
  public List<String> messages() {
    List<String> out = new java.util.ArrayList<>(mustCatch);
    out.addAll(examples);
    also.values().forEach(out::addAll);
    out.addAll(mustNot);
    return out;
  }

  private static Map<String, List<String>> copy(Map<String, List<String>> m) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    m.forEach((category, lines) -> copy.put(category, List.copyOf(lines)));
    return java.util.Collections.unmodifiableMap(copy);
  }

  /** A category without signals marked certain. */
  public AcuteCategory(String id, String title, String owner, LocalDate reviewed, LocalDate reviewBy,
      List<String> contacts, List<String> signals, List<String> unless, List<String> mustCatch,
      List<String> mustNot, List<String> examples, Map<String, List<String>> also, Map<String, List<String>> adds) {
    this(id, title, owner, reviewed, reviewBy, contacts, signals, unless, mustCatch, mustNot, examples, also, adds, List.of());
  }

  /** A category without messages that are also another category. */
  public AcuteCategory(String id, String title, String owner, LocalDate reviewed, LocalDate reviewBy,
      List<String> contacts, List<String> signals, List<String> unless, List<String> mustCatch,
      List<String> mustNot, List<String> examples) {
    this(id, title, owner, reviewed, reviewBy, contacts, signals, unless, mustCatch, mustNot, examples, Map.of(), Map.of(), List.of());
  }
}
