package se.vagvisaren.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.sv.SwedishLightStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Full-text search over the knowledge articles, for questions no intent answers with
 * confidence: Lucene in memory, Swedish light stemming on folded text (so "hemloshet" finds
 * "hemlöshet"), fuzzy terms for typos, and a minimum share of the question's words that must
 * match, so the guide rather says it does not know than answers with something unrelated.
 */
public final class ArticleSearch {
  private static final int MAX_HITS = 2;
  private static final float TITLE_BOOST = 2.0f;
  private static final float TAG_BOOST = 2.5f;

  private final Analyzer analyzer = new Analyzer() {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      TokenStream chain = new LowerCaseFilter(source);
      chain = new StopFilter(chain, stopWords());
      chain = new SwedishLightStemFilter(chain);
      chain = new ASCIIFoldingFilter(chain);
      return new TokenStreamComponents(source, chain);
    }
  };
  private final List<Article> articles;
  private final IndexSearcher searcher;

  private static CharArraySet stopWords() {
    CharArraySet set = new CharArraySet(SwedishAnalyzer.getDefaultStopSet(), true);
    for (String w : List.of("hej", "hur", "kan", "man", "få", "vill", "undrar", "fråga", "hjälp", "behöver",
        "finns", "gör", "göra", "tack", "typ", "asså", "soc", "socialtjänsten", "stockholm")) {
      set.add(w);
    }
    return set;
  }

  public ArticleSearch(List<Article> articles) {
    this.articles = List.copyOf(articles);
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
      for (int i = 0; i < articles.size(); i++) {
        Article a = articles.get(i);
        Document d = new Document();
        d.add(new StoredField("i", i));
        d.add(new TextField("title", a.title(), Field.Store.NO));
        d.add(new TextField("tags", String.join(" ", a.tags()), Field.Store.NO));
        d.add(new TextField("text", a.summary() + " " + a.body(), Field.Store.NO));
        w.addDocument(d);
      }
      w.commit();
      this.searcher = new IndexSearcher(DirectoryReader.open(dir));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The best one or two articles, or none when too few of the question's words match. */
  public List<Article> search(String question) {
    List<String> terms = terms(question);
    if (terms.isEmpty() || articles.isEmpty()) return List.of();
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    for (String t : terms) {
      BooleanQuery.Builder anyField = new BooleanQuery.Builder();
      for (String field : List.of("title", "tags", "text")) {
        float boost = field.equals("title") ? TITLE_BOOST : field.equals("tags") ? TAG_BOOST : 1f;
        Query term = t.length() >= 5 ? new FuzzyQuery(new Term(field, t), 1, 2) : new TermQuery(new Term(field, t));
        anyField.add(new BoostQuery(term, boost), BooleanClause.Occur.SHOULD);
      }
      q.add(anyField.build(), BooleanClause.Occur.SHOULD);
    }
    q.setMinimumNumberShouldMatch(Math.max(1, (int) Math.ceil(terms.size() * 0.5)));
    try {
      List<Article> out = new ArrayList<>();
      for (ScoreDoc sd : searcher.search(q.build(), MAX_HITS).scoreDocs) {
        int i = searcher.storedFields().document(sd.doc).getField("i").numericValue().intValue();
        out.add(articles.get(i));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<String> terms(String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (term.length() > 1 && !out.contains(term.toString())) out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
