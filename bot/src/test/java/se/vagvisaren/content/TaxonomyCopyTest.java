package se.vagvisaren.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The taxonomy bundled with the code must be the shared one (../shared/taxonomy.yaml). */
class TaxonomyCopyTest {
  @Test
  void bundledTaxonomyEqualsTheSharedOne() throws Exception {
    Path shared = Path.of(System.getProperty("vagvisaren.root", ".")).resolve("../shared/taxonomy.yaml");
    assumeTrue(Files.exists(shared), "../shared is not beside the checkout");
    String bundled = new String(TaxonomyCopyTest.class.getResourceAsStream("/se/vagvisaren/content/taxonomy.yaml").readAllBytes(),
        java.nio.charset.StandardCharsets.UTF_8);
    assertThat(bundled).isEqualTo(Files.readString(shared));
  }
}
