package se.vagvisaren.dialog;

import java.util.List;
import se.vagvisaren.knowledge.Article;
import se.vagvisaren.knowledge.DistrictFinder;
import se.vagvisaren.understanding.Understanding;

/** One thing the resident did. Text arrives already understood: the engine does no analysis. */
public sealed interface Input {
  /** The conversation opens: greet. */
  record Open() implements Input {}

  /**
   * The resident wrote something.
   *
   * @param understanding intent, persona, language
   * @param acute         acute categories of this message (may be empty)
   * @param articles      knowledge articles that match, best first, for when no intent fits
   * @param district      a neighbourhood the resident named and its district office, or null
   */
  record Text(String text, Understanding understanding, List<String> acute, List<Article> articles,
      DistrictFinder.Match district) implements Input {
    public Text {
      acute = List.copyOf(acute);
      articles = List.copyOf(articles);
    }
  }

  record Choose(String optionId) implements Input {}

  record Back() implements Input {}

  record Restart() implements Input {}
}
