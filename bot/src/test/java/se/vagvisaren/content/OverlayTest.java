package se.vagvisaren.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.vagvisaren.knowledge.DistrictFinder;

/** A second municipality adopts the guide with a local layer, without copying the base. */
class OverlayTest {
  @Test
  void aLocalLayerReplacesContactsByIdAndBringsItsOwnDistricts() throws Exception {
    Path base = Path.of(System.getProperty("vagvisaren.root"));
    Path layer = Path.of(OverlayTest.class.getResource("/fixtures/overlay-sundbyberg").toURI());
    ContentLoader.Result r = new ContentLoader(LocalDate.of(2026, 11, 22)).load(base, layer);
    assertThat(r.errors()).isEmpty();
    var k = r.content().knowledge();
    assertThat(k.contact("socialjouren").phone()).isEqualTo("010-444 05 00");
    assertThat(k.contact("kvinnofridslinjen").phone()).as("national contacts come from the base").isEqualTo("020-50 50 50");
    assertThat(new DistrictFinder(k.districts()).find("vi bor i Hallonbergen").district().id()).isEqualTo("sundbyberg");
    assertThat(new DistrictFinder(k.districts()).find("jag bor i Bagarmossen")).as("the base districts are replaced").isNull();
  }

  @Test
  void theBaseAloneFindsStockholmDistricts() {
    Path base = Path.of(System.getProperty("vagvisaren.root"));
    ContentLoader.Result r = new ContentLoader(LocalDate.of(2026, 11, 22)).load(base);
    DistrictFinder f = new DistrictFinder(r.content() == null ? java.util.List.of() : r.content().knowledge().districts());
    assertThat(f.find("Jag bor i Bagarmossen, vart vänder jag mig?").district().id()).isEqualTo("skarpnack");
    assertThat(f.find("vi bor i skarpnacks gard").district().id()).isEqualTo("skarpnack");
    assertThat(f.find("jag vill ha hjälp med hyran")).isNull();
  }
}
