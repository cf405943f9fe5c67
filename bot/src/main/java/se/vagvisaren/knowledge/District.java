package se.vagvisaren.knowledge;

import java.util.List;

/** A district administration (stadsdelsförvaltning) and the neighbourhoods that belong to it. */
public record District(String id, String name, List<String> neighbourhoods, String url, String phone) {
  public District {
    neighbourhoods = List.copyOf(neighbourhoods);
  }
}
