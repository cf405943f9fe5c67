package se.vagvisaren.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import se.vagvisaren.guide.GuideLoader;

@Command(name = "test", description = "Kör samtalstesten i intents/tests/ och de akuta exemplen (must-catch, must-not).")
final class TestCommand implements Callable<Integer> {
  @Mixin ContentOption content;

  @Override
  public Integer call() {
    GuideLoader.Loaded l = content.load(System.err, false);
    if (l == null) return 1;
    var report = se.vagvisaren.guide.ContentTests.run(l.guide(), GuideLoader.TEST_TIME);
    report.failures().forEach(System.out::println);
    report.falseAlarms().forEach(f -> System.out.println(f + " (varning: känt falsklarm)"));
    System.out.println(report.tests() + " samtalstest (" + report.steps() + " steg), " + report.safetyExamples()
        + " akuta exempel: " + (report.ok() ? "alla gick igenom." : report.failures().size() + " misslyckades.")
        + (report.falseAlarms().isEmpty() ? "" : " " + report.falseAlarms().size() + " kända falsklarm i inte-akut.yaml."));
    return report.ok() ? 0 : 1;
  }
}
