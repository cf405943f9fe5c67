package se.vagvisaren.language;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishLightStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The language stage: normalise once, for every later stage.
 *
 * <p>The chain is Lucene's, assembled here in one place: Unicode NFC, a char filter that joins
 * colon-inflected abbreviations ("tv:n" → "tvn"), {@link StandardTokenizer},
 * {@link LowerCaseFilter}, {@link KeywordRepeatFilter} (so each word is seen both as written and
 * stemmed) and {@link SwedishLightStemFilter}. No stop words are removed: "inte" and "aldrig"
 * carry meaning here. å/ä/ö are kept; a folded variant is added per token as an extra view,
 * because residents on phones often type "forsorjningsstod". Folding is a small char map rather
 * than Lucene's ScandinavianFoldingFilter, which also rewrites "aa", "oo", "ae" and would turn
 * "poolen" into "polen".
 *
 * <p>Thread-safe: Lucene analyzers reuse their chains per thread.
 */
public final class SwedishTextAnalyzer {
  private final Analyzer analyzer =
      new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
          Tokenizer source = new StandardTokenizer();
          TokenStream chain = new LowerCaseFilter(source);
          chain = new KeywordRepeatFilter(chain);
          chain = new SwedishLightStemFilter(chain);
          return new TokenStreamComponents(source, chain);
        }

        @Override
        protected java.io.Reader initReader(String fieldName, java.io.Reader reader) {
          // Swedish inflects abbreviations with a colon: "tv:n", "sms:et" are one word, "tvn", "smset"
          return new PatternReplaceCharFilter(ABBREVIATION_COLON, "", reader);
        }
      };
  private static final java.util.regex.Pattern ABBREVIATION_COLON = java.util.regex.Pattern.compile("(?<=\\p{L}):(?=\\p{L})");

  /** Null, or what this analyzer has already analysed (see {@link #remembering()}). */
  private final java.util.Map<String, AnalyzedText> memory;

  public SwedishTextAnalyzer() {
    this(null);
  }

  private SwedishTextAnalyzer(java.util.Map<String, AnalyzedText> memory) {
    this.memory = memory;
  }

  /**
   * An analyzer that remembers every text it analysed, with its features: for training, where the
   * intent and safety models learn from the same phrases at the same time. Thread-safe; drop it
   * after training.
   */
  public SwedishTextAnalyzer remembering() {
    return new SwedishTextAnalyzer(new java.util.concurrent.ConcurrentHashMap<>());
  }

  public AnalyzedText analyze(String text) {
    if (memory == null || text == null) return analyzeNow(text);
    return memory.computeIfAbsent(text, t -> {
      AnalyzedText a = analyzeNow(t);
      a.features(); // computed before it is shared between threads
      a.gappedFeatures();
      return a;
    });
  }

  private AnalyzedText analyzeNow(String text) {
    String normalized = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC);
    List<Token> tokens = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("text", normalized)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      KeywordAttribute keyword = ts.addAttribute(KeywordAttribute.class);
      PositionIncrementAttribute posInc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      String surface = null;
      while (ts.incrementToken()) {
        String value = term.toString();
        if (posInc.getPositionIncrement() > 0) {
          if (surface != null) {
            tokens.add(token(surface, surface)); // the stemmed twin was dropped as a duplicate
          }
          surface = keyword.isKeyword() ? value : null;
          if (surface == null) {
            tokens.add(token(value, value));
          }
        } else if (surface != null) {
          tokens.add(token(surface, value));
          surface = null;
        }
      }
      if (surface != null) {
        tokens.add(token(surface, surface));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen on a String reader
    }
    return new AnalyzedText(normalized.toLowerCase(java.util.Locale.ROOT), tokens);
  }

  private static Token token(String surface, String stem) {
    return new Token(surface, stem, fold(surface), fold(stem));
  }

  /** Folds å, ä, ö and common accents to their base letters: "fåglar" → "faglar". */
  public static String fold(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char f = foldChar(c);
      if (f != c && out == null) {
        out = new StringBuilder(s.length()).append(s, 0, i);
      }
      if (out != null) {
        out.append(f);
      }
    }
    return out == null ? s : out.toString();
  }

  private static char foldChar(char c) {
    switch (c) {
      case 'å': case 'ä': case 'à': case 'á': case 'â': case 'æ': return 'a';
      case 'ö': case 'ø': case 'ó': case 'ò': case 'ô': return 'o';
      case 'é': case 'è': case 'ê': case 'ë': return 'e';
      case 'ü': case 'ú': return 'u';
      case 'í': case 'ì': return 'i';
      default: return c;
    }
  }
}
