package se.vagvisaren.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine.Option;
import se.vagvisaren.content.ContentLocation;
import se.vagvisaren.content.Problem;
import se.vagvisaren.guide.GuideLoader;

/** The shared {@code --content DIR} option and loading with messages a content owner can act on. */
final class ContentOption {
  @Option(names = "--content", paramLabel = "DIR",
      description = "Mappen med intents/ och knowledge/ (standard: den här mappen om den har intents/, annars innehållet i programmet).")
  String dir;

  @Option(names = "--overlay", paramLabel = "DIR",
      description = "En kommuns lokala lager ovanpå grundinnehållet (kontakter, stadsdelar, artiklar, ämnen). Kan upprepas.")
  java.util.List<Path> overlays = new java.util.ArrayList<>();

  Path root() {
    return ContentLocation.resolve(dir);
  }

  Path[] overlays() {
    return overlays.stream().map(p -> p.toAbsolutePath().normalize()).toArray(Path[]::new);
  }

  /** Loads and trains; prints problems; returns null (after printing why) if the guide cannot start. */
  GuideLoader.Loaded load(PrintStream err, boolean runTests) {
    Path root = root();
    GuideLoader.Loaded l = GuideLoader.load(root, Clock.systemUTC(), runTests, overlays());
    long errors = l.problems().stream().filter(Problem::isError).count();
    if (errors > 0) {
      l.problems().stream().filter(Problem::isError).forEach(p -> err.println(p));
      err.println(errors + " fel i innehållet i " + root + ". Rätta felen och försök igen (./vagvisaren validate visar allt).");
      return null;
    }
    if (l.tests() != null && !l.tests().ok()) {
      l.tests().failures().forEach(err::println);
      err.println(l.tests().failures().size() + " test misslyckades. Kör ./vagvisaren test för att se dem.");
      return null;
    }
    return l;
  }
}
