package se.vagvisaren.web;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.vagvisaren.content.Problem;
import se.vagvisaren.guide.GuideLoader;

/**
 * Hot reload: watches intents/ and knowledge/; after a change settles, validates, trains and
 * tests the new content and swaps it in atomically. Broken content is refused with the
 * validator's messages in the log and on /health, and the last good content keeps serving.
 */
public final class ContentWatcher {
  private static final Logger LOG = LoggerFactory.getLogger(ContentWatcher.class);
  static final long SETTLE_MILLIS = 300;

  private final Path root;
  private final Path[] overlays;
  private final GuideHolder holder;
  private final Clock clock;

  public ContentWatcher(Path root, Path[] overlays, GuideHolder holder, Clock clock) {
    this.root = root;
    this.overlays = overlays.clone();
    this.holder = holder;
    this.clock = clock;
  }

  public void start() throws IOException {
    WatchService ws = FileSystems.getDefault().newWatchService();
    registerAll(ws);
    Thread t = new Thread(() -> loop(ws), "content-watcher");
    t.setDaemon(true);
    t.start();
  }

  private void registerAll(WatchService ws) throws IOException {
    for (Path layer : layers()) {
      register(ws, layer.resolve("intents"));
      register(ws, layer.resolve("knowledge"));
    }
  }

  private java.util.List<Path> layers() {
    java.util.List<Path> all = new java.util.ArrayList<>(java.util.List.of(overlays));
    all.add(0, root);
    return all;
  }

  private static void register(WatchService ws, Path dir) throws IOException {
    if (!Files.isDirectory(dir)) return;
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path d : (Iterable<Path>) s.filter(Files::isDirectory)::iterator) {
        d.register(ws, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
            StandardWatchEventKinds.ENTRY_DELETE);
      }
    }
  }

  private void loop(WatchService ws) {
    while (true) {
      try {
        WatchKey key = ws.take();
        drain(key);
        // let an editor finish writing (several events per save), then load once
        WatchKey more;
        while ((more = ws.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
          drain(more);
        }
        registerAll(ws); // pick up new folders
        reload();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (IOException | RuntimeException e) {
        LOG.error("Innehållet kunde inte laddas om ({}). Det gamla innehållet används.", e.toString());
      }
    }
  }

  private static void drain(WatchKey key) {
    key.pollEvents();
    key.reset();
  }

  /** Loads, validates, trains and tests the content; swaps it in only if all is well. */
  public void reload() {
    GuideLoader.Loaded l = GuideLoader.load(root, clock, true, holder.get(), overlays);
    if (l.ok()) {
      holder.swap(l.guide(), clock.instant());
      LOG.info("Nytt innehåll laddat på {} ms.", l.millis());
      return;
    }
    if (l.tests() != null && !l.tests().ok()) {
      holder.refusedTests(clock.instant(), l.tests().failures().stream().map(Object::toString).toList());
      LOG.warn("Nytt innehåll avvisades: {} test misslyckades. Det gamla innehållet används.", l.tests().failures().size());
      l.tests().failures().forEach(f -> LOG.warn("{}", f));
    } else {
      holder.refused(clock.instant(), l.problems().stream().filter(Problem::isError).toList());
      LOG.warn("Nytt innehåll avvisades. Det gamla innehållet används. Fel:");
      l.problems().stream().filter(Problem::isError).forEach(p -> LOG.warn("{}", p));
    }
  }
}
