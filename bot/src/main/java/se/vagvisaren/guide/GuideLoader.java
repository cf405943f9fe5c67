package se.vagvisaren.guide;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import se.vagvisaren.content.ContentLoader;
import se.vagvisaren.content.Problem;

/** Content directory → validated content → trained guide → content tests: the one way a guide is made. */
public final class GuideLoader {
  /** What a load gives; {@code guide} is null when the content has errors or its tests fail. */
  public record Loaded(Guide guide, List<Problem> problems, ContentTests.Report tests, long millis) {
    public boolean ok() {
      return guide != null;
    }
  }

  /** Content tests run at this fixed moment (a Tuesday afternoon) so they do not depend on the hour. */
  public static final Instant TEST_TIME = Instant.parse("2026-11-24T13:00:00Z");

  private GuideLoader() {}

  /** Loads {@code root} with optional local layers ({@code overlays}, applied in order). */
  public static Loaded load(Path root, Clock clock, boolean runTests, Path... overlays) {
    return load(root, clock, runTests, null, overlays);
  }

  /** Loads, reusing {@code previous}'s trained models where their training data did not change. */
  public static Loaded load(Path root, Clock clock, boolean runTests, Guide previous, Path... overlays) {
    long start = System.nanoTime();
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Stockholm"));
    ContentLoader.Result r = new ContentLoader(today).load(root, overlays);
    if (!r.ok()) {
      return new Loaded(null, r.problems(), null, (System.nanoTime() - start) / 1_000_000);
    }
    Guide g = Guide.build(r.content(), previous);
    ContentTests.Report tests = runTests ? ContentTests.run(g, TEST_TIME) : null;
    boolean ok = tests == null || tests.ok();
    return new Loaded(ok ? g : null, r.problems(), tests, (System.nanoTime() - start) / 1_000_000);
  }
}
