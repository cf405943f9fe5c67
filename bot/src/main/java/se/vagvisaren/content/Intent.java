package se.vagvisaren.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** One intent: how residents ask about it, who owns it, and its decision tree. */
public record Intent(
    String id,
    String title,
    String titleEn,
    String persona,
    String owner,
    LocalDate reviewed,
    LocalDate reviewBy,
    List<String> sources,
    List<String> acuteRelated,
    List<String> examples,
    String start,
    Map<String, String> personaStart,
    Map<String, DialogNode> nodes) {

  public Intent {
    sources = List.copyOf(sources);
    acuteRelated = List.copyOf(acuteRelated);
    examples = List.copyOf(examples);
    personaStart = Map.copyOf(personaStart);
    nodes = Map.copyOf(nodes);
  }

  /** The first node for a persona: its own start if the content names one, else {@link #start}. */
  public String startFor(String persona) {
    return persona == null ? start : personaStart.getOrDefault(persona, start);
  }

  public String title(String language) {
    return "en".equals(language) && titleEn != null ? titleEn : title;
  }
}
