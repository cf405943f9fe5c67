package se.vagvisaren.content;

import java.util.List;

/** A conversation test written by a content owner (intents/tests/*.yaml). */
public record ConversationTest(String file, int line, String name, List<Step> steps) {
  public ConversationTest {
    steps = List.copyOf(steps);
  }

  public enum Action { SAY, CHOOSE, BACK, RESTART }

  /** One resident action and what the reply must show; null/empty expectations are not checked. */
  public record Step(
      int line,
      Action action,
      String text,
      String expectIntent,
      List<String> expectAcute,
      List<String> expectReplyContains,
      List<String> expectOptions,
      List<String> expectContacts) {
    public Step {
      expectAcute = expectAcute == null ? null : List.copyOf(expectAcute);
      expectReplyContains = List.copyOf(expectReplyContains);
      expectOptions = List.copyOf(expectOptions);
      expectContacts = List.copyOf(expectContacts);
    }
  }
}
