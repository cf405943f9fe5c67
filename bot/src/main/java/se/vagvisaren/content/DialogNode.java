package se.vagvisaren.content;

import java.util.List;
import java.util.Map;

/** One step of a decision tree. */
public record DialogNode(
    String id,
    String say,
    String sayEn,
    Map<String, String> byPersona,
    String ask,
    String askEn,
    List<Option> options,
    List<Link> links,
    List<String> contacts,
    boolean end) {

  public DialogNode {
    byPersona = Map.copyOf(byPersona);
    options = List.copyOf(options);
    links = List.copyOf(links);
    contacts = List.copyOf(contacts);
  }

  /** A button: either to a node of the same tree ({@code gotoNode}) or to another intent. */
  public record Option(String label, String labelEn, String gotoNode, String intent) {
    public String label(String language) {
      return "en".equals(language) && labelEn != null ? labelEn : label;
    }
  }

  public record Link(String title, String url) {}
}
