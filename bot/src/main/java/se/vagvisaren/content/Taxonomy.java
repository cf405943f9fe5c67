package se.vagvisaren.content;

import java.util.Map;

/** The fixed ids (../shared/taxonomy.yaml): personas, acute categories and intents, in file order. */
public record Taxonomy(Map<String, String> personas, Map<String, String> acute, Map<String, String> intents) {}
