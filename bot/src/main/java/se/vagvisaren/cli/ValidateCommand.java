package se.vagvisaren.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import se.vagvisaren.content.ContentLoader;
import se.vagvisaren.content.ContentLocation;
import se.vagvisaren.content.Problem;

@Command(name = "validate", description = "Kontrollera allt innehåll. Visar alla fel på en gång som fil:rad:kolumn: meddelande.")
final class ValidateCommand implements Callable<Integer> {
  @Parameters(arity = "0..1", paramLabel = "DIR", description = "Mappen med intents/ och knowledge/.")
  String dir;

  @picocli.CommandLine.Option(names = "--overlay", paramLabel = "DIR", description = "En kommuns lokala lager (kan upprepas).")
  java.util.List<Path> overlays = new java.util.ArrayList<>();

  @Override
  public Integer call() {
    Path root = ContentLocation.resolve(dir);
    ContentLoader.Result r = new ContentLoader(LocalDate.now(ZoneId.of("Europe/Stockholm"))).load(root, overlays.toArray(Path[]::new));
    r.problems().forEach(System.out::println);
    long errors = r.problems().stream().filter(Problem::isError).count();
    long warnings = r.problems().size() - errors;
    System.out.println(errors == 0
        ? "Inga fel. " + warnings + " varningar."
        : errors + " fel och " + warnings + " varningar.");
    return errors == 0 ? 0 : 1;
  }
}
