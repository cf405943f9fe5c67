package se.vagvisaren.cli;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.vagvisaren.content.ContentLocation;
import se.vagvisaren.guide.GuideLoader;
import se.vagvisaren.understanding.LanguageGuesser;
import se.vagvisaren.web.ContentWatcher;
import se.vagvisaren.web.GuideHolder;
import se.vagvisaren.web.WebServer;

@Command(name = "serve", description = "Starta guiden: demosida på /, WebSocket /chat, /api/classify och /health.")
final class ServeCommand implements Callable<Integer> {
  @Mixin ContentOption content;

  @Option(names = "--port", defaultValue = "8080", description = "Porten (standard 8080, 0 = valfri ledig).")
  int port;

  @Option(names = "--session-minutes", defaultValue = "30", description = "Ett samtal glöms efter så här många minuter utan aktivitet.")
  int sessionMinutes;

  @Option(names = "--max-sessions", defaultValue = "10000", description = "Högsta antal samtal samtidigt.")
  int maxSessions;

  @Option(names = "--allow-origin", description = "Webbplats som får bädda in chatten, t.ex. https://start.stockholm (kan upprepas).")
  List<String> origins = new ArrayList<>();

  @Option(names = "--no-watch", description = "Ladda inte om innehållet när filer ändras.")
  boolean noWatch;

  @Override
  public Integer call() throws Exception {
    GuideLoader.Loaded l = content.load(System.err, true);
    if (l == null) return 1;
    LanguageGuesser.warmUp();
    GuideHolder holder = new GuideHolder(l.guide(), Instant.now());
    WebServer server = new WebServer(holder,
        new WebServer.Settings(port, Duration.ofMinutes(sessionMinutes), maxSessions, origins), Clock.systemUTC()).start();
    var root = content.root();
    if (!noWatch && !ContentLocation.isEmbedded(root)) {
      new ContentWatcher(root, content.overlays(), holder, Clock.systemUTC()).start();
      System.out.println("Innehållet läses från " + root + " och laddas om när en fil ändras.");
    } else {
      System.out.println("Innehållet är det inbyggda (" + root + ").");
    }
    System.out.println("Vägvisaren körs på http://localhost:" + server.port() + "/ (innehåll laddat på " + l.millis() + " ms).");
    Thread.currentThread().join();
    return 0;
  }
}
