package se.vagvisaren.content;

import java.time.LocalDate;
import java.util.List;

/**
 * The authored signals of one acute category and the contacts its emergency card shows.
 * {@code examples} only train the learned model; {@code mustCatch} must also be caught (tested).
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
    List<String> examples) {

  public AcuteCategory {
    contacts = List.copyOf(contacts);
    signals = List.copyOf(signals);
    unless = List.copyOf(unless);
    mustCatch = List.copyOf(mustCatch);
    mustNot = List.copyOf(mustNot);
    examples = List.copyOf(examples);
  }
}
