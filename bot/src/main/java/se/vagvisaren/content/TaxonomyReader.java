package se.vagvisaren.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Reads the taxonomy bundled with the code (a copy of ../shared/taxonomy.yaml; a test keeps the
 * two equal). The ids are a contract with statistics and evaluation, so they ship with the code.
 */
final class TaxonomyReader {
  private static final String RESOURCE = "/se/vagvisaren/content/taxonomy.yaml";
  private static Taxonomy cached;

  private TaxonomyReader() {}

  static synchronized Taxonomy read() {
    if (cached == null) {
      try (InputStream in = TaxonomyReader.class.getResourceAsStream(RESOURCE)) {
        if (in == null) throw new IllegalStateException("taxonomy.yaml is missing from the jar");
        Map<?, ?> root = new Yaml(new LoaderOptions()).load(in);
        cached = new Taxonomy(section(root, "personas"), section(root, "acute"), section(root, "intents"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return cached;
  }

  private static Map<String, String> section(Map<?, ?> root, String key) {
    Map<String, String> out = new LinkedHashMap<>();
    ((Map<?, ?>) root.get(key)).forEach((k, v) -> out.put(k.toString(), v.toString()));
    return java.util.Collections.unmodifiableMap(out);
  }
}
