package se.vagvisaren.dialog;

import java.util.List;

/**
 * What the guide answers in one turn (the {@code reply} frame of docs/protocol.md).
 *
 * @param messages  what the guide says, in order
 * @param options   buttons the resident may choose
 * @param emergency the emergency card, or null; once shown it stays for the whole conversation
 * @param intent    the intent this reply belongs to, or null (for statistics and tests)
 * @param node      the node shown, or null
 */
public record Reply(List<Message> messages, List<OptionView> options, Emergency emergency, String intent, String node) {
  public Reply {
    messages = List.copyOf(messages);
    options = List.copyOf(options);
  }

  public record Message(String text, List<LinkView> links, List<ContactView> contacts) {
    public Message {
      links = List.copyOf(links);
      contacts = List.copyOf(contacts);
    }

    static Message of(String text) {
      return new Message(text, List.of(), List.of());
    }
  }

  public record LinkView(String title, String url) {}

  public record OptionView(String id, String label) {}

  /**
   * A contact as shown. {@code openNow} is null when the hours are not known; {@code note} says
   * in plain Swedish whether to call now, or when it opens.
   */
  public record ContactView(String id, String name, String phone, String tel, String url, String hours,
      Boolean openNow, String note, String description) {}

  /** The emergency card: categories, the contacts in the order to use them, and a lead text. */
  public record Emergency(List<String> categories, String message, List<ContactView> contacts) {
    public Emergency {
      categories = List.copyOf(categories);
      contacts = List.copyOf(contacts);
    }
  }
}
