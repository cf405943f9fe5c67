package se.vagvisaren.knowledge;

import java.time.LocalDate;
import java.util.List;

/** A knowledge article for questions that no decision tree covers. */
public record Article(
    String slug, String title, String summary, String url, List<String> tags, String owner,
    LocalDate reviewBy, String body) {
  public Article {
    tags = List.copyOf(tags);
  }
}
