package se.vagvisaren.understanding;

/** An id with its score (a probability from 0 to 1). */
public record Scored(String id, double score) {}
