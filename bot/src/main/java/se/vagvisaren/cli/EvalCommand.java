package se.vagvisaren.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.vagvisaren.guide.Evaluation;
import se.vagvisaren.guide.Guide;
import se.vagvisaren.guide.GuideLoader;

@Command(name = "eval", description = "Mät förståelsen: korsvalidering, det separata testet (nlu-test.tsv) och säkerheten.")
final class EvalCommand implements Callable<Integer> {
  @Mixin ContentOption content;

  @Option(names = "--folds", defaultValue = "5") int folds;
  @Option(names = "--heldout", description = "Separat testfil (standard: intents/tests/nlu-test.tsv).") Path heldout;
  @Option(names = "--safety-dir", defaultValue = "eval", description = "Mapp med safety-acute.tsv och safety-nonacute.tsv.") Path safetyDir;
  @Option(names = "--corpora", defaultValue = "../shared/corpora", description = "Mapp med riktiga svenska meningar.") Path corpora;
  @Option(names = "--out", defaultValue = "eval/report", description = "Skriv rapporten till OUT.md och OUT.json.") String out;
  @Option(names = "--safety-folds", defaultValue = "5", description = "Korsvalidera säkerhetsmodellen i så många delar (0 eller 1: hoppa över).") int safetyFolds;
  @Option(names = "--show-errors", description = "Skriv ut missade akuta meddelanden och falsklarm.") boolean showErrors;

  @Override
  public Integer call() throws Exception {
    GuideLoader.Loaded l = content.load(System.err, false);
    if (l == null) return 1;
    Guide guide = l.guide();
    Map<String, Object> report = new LinkedHashMap<>();
    StringBuilder md = new StringBuilder("# Vägvisaren evaluation\n\nReproduce: `./vagvisaren eval`\n\n");

    Evaluation.Scores cv = Evaluation.crossValidate(guide, folds, 42);
    report.put("crossValidation", cv);
    md.append(section(folds + "-fold cross-validation over the training phrases", cv));

    Path held = heldout != null ? heldout : content.root().resolve("intents/tests/nlu-test.tsv");
    if (Files.exists(held)) {
      Evaluation.Scores h = Evaluation.heldOut(guide, EvalData.nlu(held));
      report.put("heldOut", h);
      md.append(section("Held-out (" + (heldout != null ? heldout : "intents/tests/nlu-test.tsv") + ", never trained on)", h));
    }
    Path fresh = safetyDir.resolve("fresh/nlu-test.tsv");
    if (heldout == null && Files.exists(fresh)) {
      Evaluation.Scores h = Evaluation.heldOut(guide, EvalData.nlu(fresh));
      report.put("heldOutFresh", h);
      md.append(section("Held-out (" + fresh + ", written later by someone who saw no content; its errors were never read)", h));
    }
    // eval/, eval/fresh/ and eval/dev3/ were read while tuning (development sets); eval/blind/ is kept blind:
    // its errors are never printed
    String[][] devSets = {{"", "safety", "development set 1"}, {"fresh", "safetyFresh", "development set 2"},
        {"dev3", "safetyDev3", "development set 3"}};
    for (String[] d : devSets) {
      Path dir = d[0].isEmpty() ? safetyDir : safetyDir.resolve(d[0]);
      safety(guide, dir, "Safety (acute detection), " + dir + "/ (" + d[2] + ")", d[1], report, md, showErrors);
    }
    if (safetyFolds > 1) {
      var cvs = guide.crossValidateSafety(safetyFolds);
      report.put("safetyModelCrossValidation", cvs);
      md.append("## Safety model alone, ").append(safetyFolds).append("-fold cross-validation over its training data\n\n")
          .append("Without the signals; a sample is held out with its second category, and everyday phrases a signal\n"
              + "calls acute count as acute (as in training). Near-duplicate lines in the content make these figures\n"
              + "optimistic: use them to compare model variants, not as a goal.\n\n")
          .append(String.format(Locale.ROOT, "| measure | value |\n|---|---|\n| acute samples | %d |\n| not-acute samples | %d |\n"
              + "| recall (threshold and mass rule) | %.1f%% |\n| most likely category right | %.1f%% |\n| false alarms | %.1f%% |\n"
              + "| recall at 1 %% false alarms | %.1f%% |\n| recall at 3 %% false alarms | %.1f%% |\n\n", cvs.acuteSamples(), cvs.notAcuteSamples(),
              100 * cvs.recall(), 100 * cvs.topCategory(), 100 * cvs.falseAlarms(),
              100 * cvs.recallAtOnePercentFalseAlarms(), 100 * cvs.recallAtThreePercentFalseAlarms()));
    }
    safety(guide, safetyDir.resolve("blind"), "Safety (acute detection), " + safetyDir.resolve("blind")
        + "/ (blind set: errors never printed)", "safetyBlind", report, md, false);
    System.out.print(md);
    Path mdPath = Path.of(out + ".md");
    if (mdPath.getParent() != null) Files.createDirectories(mdPath.getParent());
    Files.writeString(mdPath, md.toString(), StandardCharsets.UTF_8);
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(Path.of(out + ".json").toFile(), report);
    System.out.println("Wrote " + out + ".md and " + out + ".json");
    return 0;
  }

  private void safety(Guide guide, Path dir, String title, String key, Map<String, Object> report, StringBuilder md,
      boolean errors) throws java.io.IOException {
    Path acute = dir.resolve("safety-acute.tsv");
    Path everyday = dir.resolve("safety-nonacute.tsv");
    if (!Files.exists(acute) || !Files.exists(everyday)) return;
    Evaluation.SafetyScores s = Evaluation.safety(guide, EvalData.acute(acute), EvalData.lines(everyday, true),
        EvalData.corpus(corpora));
    report.put(key, s);
    md.append("## ").append(title).append("\n\n")
        .append(String.format(Locale.ROOT, "| measure | value |\n|---|---|\n| acute messages | %d |\n| recall | %.1f%% |\n"
            + "| category correct | %.1f%% |\n| extra category shown (of caught) | %.1f%% |\n| everyday questions | %d |\n| false alarms (everyday) | %.1f%% |\n"
            + "| corpus sentences | %d |\n| false alarms (corpus) | %.2f%% |\n\n",
            s.acuteN(), 100 * s.recall(), 100 * s.categoryCorrect(), 100 * s.extraCategory(), s.everydayN(), 100 * s.everydayFalseAlarms(),
            s.corpusN(), 100 * s.corpusFalseAlarms()));
    if (errors) {
      System.out.println("[" + dir + "] Missed acute:");
      s.missed().forEach(m -> System.out.println("  " + m));
      System.out.println("[" + dir + "] Caught, category missing:");
      s.wrongCategory().forEach(m -> System.out.println("  " + m));
      System.out.println("[" + dir + "] False alarms:");
      s.falseAlarms().forEach(m -> System.out.println("  " + m));
    }
  }

  private static String section(String title, Evaluation.Scores s) {
    StringBuilder b = new StringBuilder("## " + title + "\n\n");
    b.append(String.format(Locale.ROOT, "| measure | value |\n|---|---|\n| messages | %d |\n| intent accuracy | %.1f%% |\n"
        + "| macro-F1 | %.3f |\n| out-of-scope recall | %.1f%% (n=%d) |\n", s.n(), 100 * s.accuracy(), s.macroF1(),
        100 * s.oosRecall(), s.oosN()));
    if (s.personaN() > 0) b.append(String.format(Locale.ROOT, "| persona accuracy | %.1f%% (n=%d) |\n", 100 * s.personaAccuracy(), s.personaN()));
    b.append("\nMost confused (truth → predicted):\n\n");
    s.topConfusions().forEach(c -> b.append("- ").append(c).append('\n'));
    b.append("\n<details><summary>Confusion matrix (truth: predicted counts)</summary>\n\n");
    s.confusion().forEach((truth, row) -> b.append("- ").append(truth).append(": ").append(row).append('\n'));
    b.append("\n</details>\n\n");
    return b.toString();
  }
}
