package se.vagvisaren.language;

/**
 * One word of a message in the views the later stages need.
 *
 * @param surface    lower-cased word as written (å/ä/ö kept)
 * @param stem       light Swedish stem of {@code surface}
 * @param folded     {@code surface} with å/ä/ö and accents folded (extra feature only)
 * @param foldedStem {@code stem} folded the same way
 */
public record Token(String surface, String stem, String folded, String foldedStem) {}
