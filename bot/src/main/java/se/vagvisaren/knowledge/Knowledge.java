package se.vagvisaren.knowledge;

import java.util.List;
import java.util.Map;

/** Contacts, districts and articles of one content set; immutable. */
public record Knowledge(Map<String, Contact> contacts, List<District> districts, List<Article> articles) {
  public Knowledge {
    contacts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(contacts));
    districts = List.copyOf(districts);
    articles = List.copyOf(articles);
  }

  public Contact contact(String id) {
    return contacts.get(id);
  }
}
