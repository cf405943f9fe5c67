package se.vagvisaren.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vagvisaren.guide.GuideLoader;

/** Content saved while the server runs is checked and swapped in; broken content is refused. */
class HotReloadTest {
  @TempDir static Path dir;
  static GuideHolder holder;

  @BeforeAll
  static void start() throws IOException {
    Path root = Path.of(System.getProperty("vagvisaren.root"));
    copy(root.resolve("intents"), dir.resolve("intents"));
    copy(root.resolve("knowledge"), dir.resolve("knowledge"));
    GuideLoader.Loaded l = GuideLoader.load(dir, Clock.systemUTC(), true);
    assertThat(l.ok()).isTrue();
    holder = new GuideHolder(l.guide(), Instant.now());
    new ContentWatcher(dir, new Path[0], holder, Clock.systemUTC()).start();
  }

  static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(t);
        else Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  static String startText() {
    var i = holder.get().content().intent("skulder");
    return i.nodes().get(i.start()).say();
  }

  @Test
  void aSavedChangeIsLiveWithinSecondsAndBrokenContentIsRefused() throws Exception {
    Path file = dir.resolve("intents/skulder.yaml");
    String original = Files.readString(file);
    String before = startText();
    String changed = original.replace(before.split("\\.")[0], "Skuldrådgivningen hjälper dig gratis");
    assertThat(changed).isNotEqualTo(original);
    long t0 = System.nanoTime();
    Files.writeString(file, changed);
    long deadline = System.currentTimeMillis() + 30_000; // generous: the goal is 3 s, see the bench note
    while (!startText().startsWith("Skuldrådgivningen hjälper dig gratis") && System.currentTimeMillis() < deadline) {
      Thread.sleep(50);
    }
    assertThat(startText()).startsWith("Skuldrådgivningen hjälper dig gratis");
    System.out.printf("hot reload visible after %d ms%n", (System.nanoTime() - t0) / 1_000_000);

    Files.writeString(file, changed.replace("nodes:", "nodes:\n  trasig: [\n"));
    deadline = System.currentTimeMillis() + 30_000;
    while ((holder.lastReload() == null || holder.lastReload().ok()) && System.currentTimeMillis() < deadline) {
      Thread.sleep(50);
    }
    assertThat(holder.lastReload().ok()).isFalse();
    assertThat(holder.lastReload().problems()).anyMatch(p -> p.startsWith("intents/skulder.yaml:"));
    assertThat(startText()).as("the last good content keeps serving").startsWith("Skuldrådgivningen hjälper dig gratis");
  }
}
